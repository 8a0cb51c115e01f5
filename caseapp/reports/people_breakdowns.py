"""Breakdowns of the counted participants drawn from the engine's own facts (no queries).

Exit reasons, housing by ETHOS Light group at enrolment and now, shelter nights, and work and
education by type: raw counts, before small-number suppression.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from caseapp.domain import codes
from caseapp.outcomes import HousingSpell, ParticipantFacts

HOUSING_GROUPS: tuple[str, ...] = (
    "ethos_1",
    "ethos_2",
    "ethos_3",
    "ethos_4",
    "ethos_5",
    "ethos_6",
    "housed_stable",
    "housed_other",
    "not_recorded",
)


def counted(facts: Iterable[ParticipantFacts], as_of: date) -> list[ParticipantFacts]:
    """Rule 1: enrolled on or before the day."""
    return [
        p for p in facts if p.enrolment.enrolled_on is not None and p.enrolment.enrolled_on <= as_of
    ]


def exit_reasons(people: Iterable[ParticipantFacts], as_of: date) -> Counter[str | None]:
    """Exited counted participants by exit reason (None: not recorded)."""
    return Counter(
        p.enrolment.exit_reason or None
        for p in people
        if p.enrolment.exited_on is not None and p.enrolment.exited_on <= as_of
    )


def _active(spell: HousingSpell, day: date) -> bool:
    return spell.start <= day and (spell.end is None or day <= spell.end)


def housing_group(code: str | None, stable: Sequence[str]) -> str:
    if code is None:
        return "not_recorded"
    category = codes.ETHOS_LIGHT.get(code, 0)
    if category:
        return f"ethos_{category}"
    return "housed_stable" if code in stable else "housed_other"


def situation_on(spells: Iterable[HousingSpell], day: date) -> str | None:
    """The housing code on a day; with overlapping spells, the one that began last."""
    active = [s for s in spells if _active(s, day)]
    if not active:
        return None
    return max(active, key=lambda s: s.start).type


def group_on(spells: Sequence[HousingSpell], day: date, stable: Sequence[str]) -> str:
    """The housing group on a day. Anyone with a stable-housing spell active that day is
    "housed: stable", as in rule 15's `housed_now`, so the table's row and the figure beside
    it are one and the same count; otherwise the spell that began last decides."""
    if any(s.type in stable and _active(s, day) for s in spells):
        return "housed_stable"
    return housing_group(situation_on(spells, day), stable)


@dataclass(frozen=True)
class HousingBreakdown:
    at_enrolment: Counter[str]
    now: Counter[str]


def housing_breakdown(
    people: Iterable[ParticipantFacts], as_of: date, stable: Sequence[str]
) -> HousingBreakdown:
    at_enrolment: Counter[str] = Counter()
    now: Counter[str] = Counter()
    for p in people:
        enrolled = p.enrolment.enrolled_on
        assert enrolled is not None
        at_enrolment[group_on(p.housing, enrolled, stable)] += 1
        now[group_on(p.housing, as_of, stable)] += 1
    return HousingBreakdown(at_enrolment, now)


def _merged_days(spans: Iterable[tuple[date, date]]) -> int:
    """Days covered by the spans, each day once."""
    total = 0
    reach: date | None = None
    for start, end in sorted(spans):
        if reach is not None and start <= reach:
            start = reach + timedelta(days=1)
        if start <= end:
            total += (end - start).days + 1
        reach = end if reach is None else max(reach, end)
    return total


def shelter_nights(people: Iterable[ParticipantFacts], as_of: date) -> int:
    """Nights in a §110 hostel or an emergency shelter in the window of rule 15's
    `shelter_free_last_365d`: from the later of the enrolment and 364 days before the day, so
    nights before someone joined the project are not counted against it."""
    total = 0
    for p in people:
        enrolled = p.enrolment.enrolled_on
        assert enrolled is not None
        first = max(enrolled, as_of - timedelta(days=364))
        spans = []
        for s in p.housing:
            if s.type not in codes.SHELTER_HOUSING:
                continue
            start, end = max(s.start, first), min(s.end or as_of, as_of)
            if start <= end:
                spans.append((start, end))
        total += _merged_days(spans)
    return total


@dataclass
class ActivityType:
    """One activity type among the counted participants since their enrolment."""

    ever: int = 0
    now: int = 0
    weeks: int = 0
    hours_now: list[float] = field(default_factory=list)
    verified_now: int = 0


def activity_breakdown(people: Iterable[ParticipantFacts], as_of: date) -> dict[str, ActivityType]:
    """Per activity type: people with a spell since enrolment, people in one now, the ISO weeks
    a spell of the type was active (each person-week once), and the hours of spells now."""
    out = {code: ActivityType() for code in codes.ACTIVITY_TYPES}
    for p in people:
        enrolled = p.enrolment.enrolled_on
        assert enrolled is not None
        weeks: dict[str, set[int]] = {}
        current: dict[str, list[tuple[float, bool]]] = {}
        for a in p.activities:
            start, end = max(a.start, enrolled), min(a.end or as_of, as_of)
            if start > end:
                continue
            first_week = (start.toordinal() - 1) // 7
            last_week = (end.toordinal() - 1) // 7
            weeks.setdefault(a.type, set()).update(range(first_week, last_week + 1))
            if a.start <= as_of and (a.end is None or as_of <= a.end):
                current.setdefault(a.type, []).append((a.hours_per_week or 0.0, a.verified))
        for code, seen in weeks.items():
            row = out.setdefault(code, ActivityType())
            row.ever += 1
            row.weeks += len(seen)
        for code, spells in current.items():
            row = out[code]
            row.now += 1
            row.hours_now.append(max(h for h, _ in spells))
            row.verified_now += any(v for _, v in spells)
    return out
