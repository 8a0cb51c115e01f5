"""Contacts: several a week at first, fewer later, more around a move or a new job.

Where a contact takes place, how, and what it is about follows the person's situation that week:
on the street and about housing while homeless, at home once housed, at the workplace once in a
job. This runs for about a million contacts in a large demo, so draws use 100-slot tables.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from random import Random
from typing import Any

from caseapp.demo import phrases
from caseapp.demo.stamps import uuid_text
from caseapp.demo.story import Story
from caseapp.domain.codes import CONTACT_TOPICS, EDUCATION_TYPES, HOMELESS_HOUSING

Row = dict[str, Any]
_BIT = {code: 1 << i for i, code in enumerate(CONTACT_TOPICS)}
_TOPIC_TEXT = [
    ",".join(c for i, c in enumerate(CONTACT_TOPICS) if mask >> i & 1)
    for mask in range(1 << len(CONTACT_TOPICS))
]


def _table(*pairs: tuple[Any, float]) -> tuple[Any, ...]:
    """100 slots filled in proportion to the weights: `table[int(random() * 100)]` draws one."""
    total = sum(w for _, w in pairs)
    slots: list[Any] = []
    for value, weight in pairs:
        slots += [value] * round(100 * weight / total)
    return tuple((slots + [pairs[0][0]] * 100)[:100])


# Situations: 0 homeless, 1 newly housed (first 8 weeks), 2 housed; activity None/"job"/"school".
_MODES = {
    "homeless": _table(("in_person", 55), ("phone", 20), ("text", 15), ("attempted", 8),
                       ("video", 1), ("letter", 1)),
    "housed": _table(("in_person", 47), ("phone", 27), ("text", 16), ("attempted", 6),
                     ("video", 3), ("letter", 1)),
    "bond": _table(("in_person", 52), ("phone", 28), ("text", 8), ("video", 5), ("attempted", 5),
                   ("letter", 2)),
    "fading": _table(("attempted", 70), ("text", 20), ("phone", 10)),
}  # fmt: skip
_PLACES = {
    "homeless": _table(("outreach", 30), ("public_place", 35), ("office", 20),
                       ("other_authority", 10), ("other", 5)),
    "housed": _table(("home", 45), ("public_place", 20), ("office", 18), ("other_authority", 8),
                     ("activity", 9)),
    "bond": _table(("office", 45), ("home", 12), ("activity", 20), ("public_place", 10),
                   ("other_authority", 8), ("other", 5)),
}  # fmt: skip
_ACTIVITY_PLACE = {"job": "workplace", "school": "school", None: "home"}
_TOPICS = {
    ("young", "homeless", None): _table(("housing", 70), ("finances", 6), ("health", 6),
                                        ("substance_use", 4), ("authorities", 6), ("network", 4),
                                        ("daily_living", 4)),
    ("young", "homeless", "job"): _table(("housing", 50), ("employment", 30), ("finances", 10),
                                         ("health", 5), ("authorities", 5)),
    ("young", "homeless", "school"): _table(("housing", 50), ("education", 30), ("finances", 10),
                                            ("health", 5), ("authorities", 5)),
    ("young", "new_home", None): _table(("housing", 55), ("daily_living", 15), ("finances", 15),
                                        ("network", 5), ("health", 5), ("employment", 5)),
    ("young", "housed", None): _table(("employment", 25), ("education", 20), ("finances", 12),
                                      ("health", 10), ("housing", 10), ("daily_living", 8),
                                      ("network", 8), ("authorities", 4), ("substance_use", 3)),
    ("young", "housed", "job"): _table(("employment", 55), ("finances", 10), ("housing", 8),
                                       ("health", 8), ("daily_living", 7), ("network", 6),
                                       ("authorities", 3), ("substance_use", 3)),
    ("young", "housed", "school"): _table(("education", 55), ("finances", 10), ("housing", 8),
                                          ("health", 8), ("daily_living", 7), ("network", 6),
                                          ("authorities", 3), ("substance_use", 3)),
    ("bond", "housed", None): _table(("employment", 55), ("health", 20), ("finances", 8),
                                     ("network", 7), ("daily_living", 6), ("authorities", 4)),
    ("bond", "housed", "job"): _table(("employment", 62), ("health", 15), ("finances", 8),
                                      ("network", 6), ("daily_living", 5), ("authorities", 4)),
    ("bond", "housed", "school"): _table(("education", 55), ("health", 15), ("employment", 10),
                                         ("finances", 8), ("network", 7), ("daily_living", 5)),
}  # fmt: skip
_SECOND = _table(("finances", 20), ("health", 20), ("network", 15), ("daily_living", 20),
                 ("authorities", 10), ("housing", 15))  # fmt: skip
_MINUTES = {
    "in_person": _table((30, 25), (45, 30), (60, 25), (90, 12), (120, 5), (20, 3)),
    "phone": _table((5, 25), (10, 35), (15, 20), (20, 12), (30, 8)),
    "video": _table((20, 30), (30, 40), (45, 30)),
    "text": _table((None, 100)),
    "letter": _table((None, 100)),
    "attempted": _table((None, 50), (5, 25), (15, 15), (30, 10)),
}
_NOTE_SHARE = {"in_person": 97, "phone": 85, "video": 95, "text": 70, "letter": 100,
               "attempted": 95}  # fmt: skip
# Day of the week (0 Monday): young people are met at weekends too.
_WEEKDAYS = {
    "young": _table((0, 17), (1, 17), (2, 17), (3, 17), (4, 17), (5, 7), (6, 8)),
    "bond": _table((0, 19.4), (1, 19.4), (2, 19.4), (3, 19.4), (4, 19.4), (5, 1.5), (6, 1.5)),
}
_CLOCK = {
    "young": _table(*((timedelta(hours=h, minutes=m), w)
                      for h, w in ((8, 2), (9, 10), (10, 14), (11, 13), (12, 9), (13, 13), (14, 13),
                                   (15, 11), (16, 6), (17, 3), (18, 3), (19, 2), (20, 1))
                      for m in (0, 15, 30, 45))),
    "bond": _table(*((timedelta(hours=h, minutes=m), w)
                     for h, w in ((8, 6), (9, 16), (10, 18), (11, 14), (12, 8), (13, 16), (14, 14),
                                  (15, 8))
                     for m in (0, 15, 30, 45))),
}  # fmt: skip
# From local time to UTC (about an hour back), written down 20 minutes to 5 hours later.
_WRITTEN = tuple(timedelta(minutes=m - 60) for m in (20, 30, 45, 60, 90, 120, 180, 300))
_SUBJECT: dict[str, dict[str | None, str]] = {
    "housing": {"homeless": "housing_search", "new_home": "housing_new", "housed": "housing_keep"},
    "employment": {None: "job_search", "job": "job", "school": "job_search"},
    "education": {None: "school_search", "school": "school", "job": "school_search"},
}
_MODES_ALL = ("in_person", "phone", "video", "text", "letter", "attempted")
_NEEDS_PHONE = frozenset({"phone", "text"})


Note = tuple[str, str | None]  # the text, and the location it names (if any)


def _place_named(text: str) -> str | None:
    return next((place for word, place in phrases.PLACE_WORDS if word in text), None)


def _with_places(texts: tuple[str, ...]) -> tuple[Note, ...]:
    return tuple((text, _place_named(text)) for text in texts)


def _notes_for(bond: bool) -> dict[tuple[str, str], tuple[Note, ...]]:
    """Notes by (subject, mode), falling back to the notes for any subject of that mode."""
    subjects = {s for s, _ in phrases.NOTES} | {s for s, _ in phrases.BOND_NOTES}
    out: dict[tuple[str, str], tuple[str, ...]] = {}
    for subject in subjects:
        for mode in _MODES_ALL:
            found = (phrases.BOND_NOTES.get((subject, mode)) if bond else None) or (
                phrases.NOTES.get((subject, mode))
                if mode != "attempted"
                else phrases.NOTES[("generic", "attempted")]
            )
            generic = phrases.BOND_NOTES.get(("generic", mode)) if bond else None
            out[(subject, mode)] = found or generic or phrases.NOTES[("generic", mode)]
    # Where a homeless person stays adds what can only be said of that place.
    for kind, extra in phrases.HOMELESS_NOTES.items():
        out[(f"housing_search:{kind}", "in_person")] = out[("housing_search", "in_person")] + extra
    return {key: _with_places(texts) for key, texts in out.items()}


_NOTES = {False: _notes_for(False), True: _notes_for(True)}
_BASE_RATE = {
    "youth": (2.6, 1.8, 1.2, 0.8),
    "vulnerable": (3.0, 2.1, 1.4, 0.9),
    "bond": (2.0, 1.3, 0.9, 0.7),
}


def _rate(rates: tuple[float, ...], week: int) -> float:
    if week < 8:
        return rates[0]
    if week < 26:
        return rates[1]
    if week < 52:
        return rates[2]
    return rates[3]


class _Writer:
    """Collects one participant's contacts as rows ready for insertion."""

    def __init__(self, story: Story, participant_id: int, staff: dict[str, int], rng: Random):
        self.rng = rng
        self.pid = participant_id
        self.key_worker = staff[story.key_worker]
        self.colleagues = [staff[k] for k in story.colleagues] or [self.key_worker]
        male = story.person["cpr"][-1] in "13579"
        self.pronouns = {"han": "han" if male else "hun", "ham": "ham" if male else "hende"}
        self.rows: list[Row] = []

    def add(
        self,
        at: datetime,
        mode: str,
        place: str | None,
        mask: int,
        note: str | None,
        minutes: int | None,
    ) -> None:
        rng = self.rng
        staff = self.key_worker if rng.random() < 0.85 else rng.choice(self.colleagues)
        written = (at + _WRITTEN[int(rng.random() * 8)]).replace(tzinfo=UTC)
        self.rows.append(
            {
                "participant_id": self.pid,
                "at": at,
                "duration_min": minutes,
                "mode": mode,
                "location": place,
                "staff_id": staff,
                "topics": _TOPIC_TEXT[mask],
                "note": note,
                "uuid": uuid_text(rng),
                "created_at": written,
                "updated_at": written,
                "version": 1,
            }
        )


def contact_rows(
    story: Story, participant_id: int, staff: dict[str, int], seed: int, today: date
) -> list[Row]:
    """Every contact with this participant, in time order."""
    rng = Random(f"{seed}:{story.seed_text}:contacts")
    w = _Writer(story, participant_id, staff, rng)
    course = story.course
    bond = story.plan.strand == "bond"
    group = "bond" if bond else "young"
    first_topic = _BIT["employment"] if bond else _BIT["housing"]
    yesterday = today - timedelta(days=1)

    call = course.referred_on + timedelta(days=rng.randint(0, 2))
    if call <= yesterday:
        w.add(_clock(call, group, rng), "phone", None, first_topic, phrases.REFERRAL_NOTE, 10)
    if course.intake_on is not None and course.intake_on <= yesterday:
        note = (
            phrases.INTAKE_NOTES[group] if course.enrolled_on else phrases.DECLINED_AT_INTAKE_NOTE
        )
        mask = first_topic | (_BIT["health"] if bond else _BIT["employment"])
        w.add(_clock(course.intake_on, group, rng), "in_person", "office", mask, note, 60)
    if course.enrolled_on is not None:
        _regular(story, w, rng, today)
    if course.exited_on is not None and course.exit_reason in phrases.EXIT_NOTES:
        note = phrases.EXIT_NOTES[course.exit_reason]
        at = _clock(course.exited_on, group, rng)
        if course.exit_reason == "lost_contact":
            w.add(at, "letter", None, first_topic, note, None)
        else:
            w.add(at, "in_person", "office", first_topic, note, 45)
    w.rows.sort(key=lambda r: r["at"])
    return w.rows


def _clock(day: date, group: str, rng: Random) -> datetime:
    return datetime(day.year, day.month, day.day) + _CLOCK[group][int(rng.random() * 100)]


def _regular(story: Story, w: _Writer, rng: Random, today: date) -> None:
    course = story.course
    assert course.enrolled_on is not None
    strand = story.plan.strand
    bond = strand == "bond"
    group = "bond" if bond else "young"
    start = course.enrolled_on.toordinal() + 1
    stop = min(course.last_day.toordinal() - 1, today.toordinal() - 1)
    fading_from = stop + 1
    if course.exit_reason == "lost_contact":
        fading_from = stop - 42
    rates = _BASE_RATE[strand]
    housing = _spans(story.housing)
    activities = _spans(story.activities)
    monday0 = start - date.fromordinal(start).weekday()
    busy: set[int] = set()
    for first, _, _, _ in housing + activities:
        if first >= start:
            week = (first - monday0) // 7
            busy.update((week, week + 1, week + 2))
    notes = _NOTES[bond]
    weekdays, clock = _WEEKDAYS[group], _CLOCK[group]
    substance = "substance" in story.traits
    no_phone = story.person["phone"] is None
    rand = rng.random
    h = 0
    week = 0
    for monday in range(monday0, stop + 1, 7):
        mid = monday + 3
        while h + 1 < len(housing) and housing[h + 1][0] <= mid:
            h += 1
        home_from, _, home_type, _ = housing[h]
        if home_type in HOMELESS_HOUSING:
            situation = "homeless"
        elif mid - home_from < 56 and not bond:
            situation = "new_home"
        else:
            situation = "housed"
        doing, employer = _doing(activities, mid)
        rate = _rate(rates, week) * (1.2 if situation == "homeless" else 1.0)
        if week in busy:
            rate += 1.0
        count = int(rate)
        if rand() < rate - count:
            count += 1
        week += 1
        topic_key = (group, "housed" if bond else situation, doing)
        topics = _TOPICS.get(topic_key) or _TOPICS[(group, situation, None)]
        # Tables by who they are and where they live; before a lost contact, mostly attempts.
        kind = "bond" if bond else "homeless" if situation == "homeless" else "housed"
        modes = _MODES["fading" if monday >= fading_from else kind]
        places = _PLACES[kind]
        for _ in range(count):
            day = monday + weekdays[int(rand() * 100)]
            if day < start or day > stop:
                continue
            at = datetime.fromordinal(day) + clock[int(rand() * 100)]
            mode = modes[int(rand() * 100)]
            if mode in _NEEDS_PHONE and no_phone:
                mode = "in_person"
            place: str | None = None
            if mode == "in_person":
                place = places[int(rand() * 100)]
                if place == "activity":
                    place = _ACTIVITY_PLACE[doing]
            elif mode == "attempted" and rand() < 0.4:
                place = "outreach" if situation == "homeless" else "home"
            topic = topics[int(rand() * 100)]
            if topic == "substance_use" and not substance:
                topic = "health"
            mask = _BIT[topic]
            roll = rand()
            if roll < 0.35:
                mask |= _BIT[_SECOND[int(rand() * 100)]]
                if roll < 0.12:
                    mask |= _BIT[_SECOND[int(rand() * 100)]]
            elif roll > 0.996:
                mask = 0  # now and then a contact is saved without topics
            note: str | None = None
            if rand() * 100 < _NOTE_SHARE[mode]:
                subject = _SUBJECT.get(topic, {}).get(situation if topic == "housing" else doing)
                options = (
                    notes.get((f"{subject}:{home_type}", mode)) or notes[(subject or topic, mode)]
                )
                note, named = options[int(rand() * len(options))]
                if named is not None and mode == "in_person":
                    place = named
                if "{" in note:
                    note = note.format(employer=employer, **w.pronouns)
            if mask == 0 and note is None:
                mask = _BIT[topic]  # a contact says what it was about (fields.check_record)
            w.add(at, mode, place, mask, note, _MINUTES[mode][int(rand() * 100)])


Span = tuple[int, int, str, str | None]


def _spans(spells: Sequence[Row]) -> list[Span]:
    """(first day, last day, type, employer) as day numbers, by start; an open end is far off."""
    spans = [
        (
            s["start"].toordinal(),
            s["end"].toordinal() if s["end"] is not None else 10**7,
            str(s["type"]),
            s.get("employer"),
        )
        for s in spells
    ]
    spans.sort()
    return spans


def _doing(activities: list[Span], day: int) -> tuple[str | None, str | None]:
    for first, last, kind, employer in activities:
        if first <= day <= last:
            return ("school" if kind in EDUCATION_TYPES else "job"), employer
    return None, None
