"""Where each participant lives, spell by spell, from before referral until today.

Young homeless people go from a sofa, the street or a §110 hostel into a home of their own (Housing
First), some via the hostel, and some fall back after an eviction before they are housed again.
Aalborg's participants mostly have a home all along. Now and then a move is recorded with a few
days' overlap or gap, as in real case files.
"""

from __future__ import annotations

from datetime import date, timedelta
from random import Random
from typing import Any

from caseapp.demo import identity
from caseapp.demo.course import Course, lognormal_days, pick
from caseapp.demo.places import SHELTER_NAMES, SUPPORTED_HOUSING_NAMES, Town
from caseapp.demo.projects import ProjectPlan

Spell = dict[str, Any]

_FIRST = {
    "youth": (("couch_surfing", 40), ("homeless_hostel", 24), ("emergency_shelter", 9),
              ("rough_sleeping", 5), ("temporary_housing", 8), ("institution_no_home", 8),
              ("non_conventional", 6)),
    "vulnerable": (("couch_surfing", 25), ("homeless_hostel", 30), ("emergency_shelter", 14),
                   ("rough_sleeping", 10), ("temporary_housing", 5), ("institution_no_home", 12),
                   ("non_conventional", 4)),
    "bond": (("own_tenancy", 76), ("family_home", 8), ("supported_housing", 7),
             ("couch_surfing", 5), ("temporary_housing", 4)),
}  # fmt: skip
_NOTES: dict[str, tuple[str, ...]] = {
    "couch_surfing": ("Sover hos en ven", "Hos kæresten", "Hos sin moster", "Skiftende venner",
                      "Hos en kammerat", "Hos sin storebror"),
    "rough_sleeping": ("Sover i opgange og på banegården", "Sover udendørs i parken"),
    "emergency_shelter": ("Natvarmestue", "Nødovernatning"),
    "homeless_hostel": ("§ 110-ophold", "§ 110-ophold, eget værelse"),
    "temporary_housing": ("Udslusningsbolig", "Midlertidig bolig via kommunen"),
    "institution_no_home": ("Indlagt på psykiatrisk afdeling, ingen bolig ved udskrivning",
                            "Afsoner; ingen bolig ved løsladelse"),
    "non_conventional": ("Bor i bil", "Bor i kolonihavehus uden vinterisolering"),
    "family_home": ("Boede hjemme hos mor", "Hos far og bonusmor", "Bor hos forældrene"),
    "own_tenancy": ("Egen lejlighed via boligsocial anvisning", "1-værelses i almen boligforening",
                    "Lejlighed via kommunal anvisning", "2-værelses, delt med kæreste"),
    "supported_housing": ("Botilbud (§ 107)", "Botilbud (§ 108)"),
}  # fmt: skip
_EVICTION_NOTES = (
    "Opsagt pga. huslejerestance",
    "Fraflyttet efter konflikt med naboer",
    "Udsat efter gentagne klager",
)
_SETBACKS = (("couch_surfing", 55), ("emergency_shelter", 25), ("homeless_hostel", 20))


def _address(kind: str, rng: Random, town: Town) -> str | None:
    if kind in ("own_tenancy", "family_home"):
        return identity.street_address(rng, town)
    if kind == "supported_housing":
        return f"Botilbuddet {rng.choice(SUPPORTED_HOUSING_NAMES)}, {rng.choice(town.streets)[1]}"
    if kind == "homeless_hostel":
        return f"Herberget {rng.choice(SHELTER_NAMES)}, {rng.choice(town.streets)[1]}"
    if kind == "temporary_housing":
        return identity.street_address(rng, town)
    return None


class _Spells:
    """Contiguous spells: each move ends the current spell the day before the new one starts."""

    def __init__(self, rng: Random, town: Town) -> None:
        self.rng, self.town = rng, town
        self.spells: list[Spell] = []

    def open(self, kind: str, start: date, note: str | None = None) -> None:
        note = note if note is not None else self.rng.choice(_NOTES[kind])
        self.spells.append(
            {
                "type": kind,
                "start": start,
                "end": None,
                "address": _address(kind, self.rng, self.town),
                "note": note,
            }
        )

    @property
    def current(self) -> str:
        return str(self.spells[-1]["type"])

    def move(self, day: date, kind: str, end_note: str | None = None) -> None:
        last = self.spells[-1]
        last["end"] = max(day - timedelta(days=1), last["start"])
        if end_note:
            last["note"] = end_note
        start, roll = day, self.rng.random()
        # Recorded a little off now and then: an overlap or a gap of days between two spells.
        if roll < 0.012 and (day - last["start"]).days > 12:
            start = day - timedelta(days=self.rng.randint(2, 9))
        elif roll < 0.024:
            start = day + timedelta(days=self.rng.randint(10, 40))
        self.open(kind, start)


def plan_housing(plan: ProjectPlan, course: Course, rng: Random) -> list[Spell]:
    if plan.strand == "bond":
        return _settled(plan, course, rng)
    return _housing_first(plan, course, rng)


def _housing_first(plan: ProjectPlan, course: Course, rng: Random) -> list[Spell]:
    s = _Spells(rng, plan.town)
    referred, last = course.referred_on, course.last_day
    first_start = referred - timedelta(days=rng.randint(10, 300))
    if rng.random() < 0.45:
        before = "family_home" if rng.random() < 0.7 else "own_tenancy"
        s.open(before, first_start - timedelta(days=rng.randint(200, 1500)))
    s.open(pick(rng, _FIRST[plan.strand]), first_start)
    if len(s.spells) == 2:
        s.spells[0]["end"] = first_start - timedelta(days=1)
        if s.spells[0]["type"] == "own_tenancy":
            s.spells[0]["note"] = rng.choice(_EVICTION_NOTES)
    enrolled = course.enrolled_on
    if enrolled is None:
        return s.spells
    vulnerable = plan.strand == "vulnerable"
    wait = lognormal_days(rng, 190 if vulnerable else 110, 14, 700)
    home_day = enrolled + timedelta(days=wait)
    if s.current != "homeless_hostel" and wait > 45 and rng.random() < 0.45:
        interim = "temporary_housing" if rng.random() < 0.2 else "homeless_hostel"
        s.move(enrolled + timedelta(days=rng.randint(7, wait // 2)), interim)
    elif s.current == "couch_surfing" and wait > 90 and rng.random() < 0.5:
        s.move(enrolled + timedelta(days=rng.randint(20, wait - 30)), "couch_surfing")
    supported = rng.random() < (0.35 if vulnerable else 0.12)
    day = home_day
    kind = "supported_housing" if supported else "own_tenancy"
    eviction_rate = (0.25 if vulnerable else 0.15) / 365
    while day < last:
        s.move(day, kind)
        if kind == "own_tenancy":
            evicted_after = int(rng.expovariate(eviction_rate)) + 60
            moves_after = int(rng.expovariate(0.06 / 365)) + 120
            if evicted_after < moves_after:
                day += timedelta(days=evicted_after)
                if day >= last:
                    break
                s.move(day, pick(rng, _SETBACKS), rng.choice(_EVICTION_NOTES))
                day += timedelta(days=rng.randint(30, 200))
                kind = "supported_housing" if rng.random() < 0.2 else "own_tenancy"
            else:
                day += timedelta(days=moves_after)
        else:  # supported housing: some move on to a flat of their own
            if rng.random() > 0.45:
                break
            day += timedelta(days=rng.randint(300, 800))
            kind = "own_tenancy"
    _close_at_exit(s.spells, course)
    return s.spells


def _settled(plan: ProjectPlan, course: Course, rng: Random) -> list[Spell]:
    s = _Spells(rng, plan.town)
    first = pick(rng, _FIRST["bond"])
    homeless = first in ("couch_surfing", "temporary_housing")
    back = rng.randint(30, 400) if homeless else rng.randint(365, 15 * 365)
    s.open(first, course.referred_on - timedelta(days=back))
    enrolled, last = course.enrolled_on, course.last_day
    if enrolled is None:
        return s.spells
    if homeless:
        day = enrolled + timedelta(days=rng.randint(40, 300))
        if day < last:
            s.move(day, "own_tenancy")
    day = enrolled + timedelta(days=int(rng.expovariate(0.05 / 365)))
    if day < last and s.current == "own_tenancy" and day > s.spells[-1]["start"]:
        s.move(day, "own_tenancy")
    _close_at_exit(s.spells, course)
    return s.spells


def _close_at_exit(spells: list[Spell], course: Course) -> None:
    """Only a death closes the last spell at the exit; otherwise the last known home stays."""
    if course.exit_reason == "deceased" and course.exited_on is not None:
        spells[-1]["end"] = max(course.exited_on, spells[-1]["start"])
