"""Realistic random participants for timing the engine and for property tests at scale."""

from __future__ import annotations

import random
from datetime import date, timedelta

from caseapp.domain.codes import ACTIVITY_TYPES
from caseapp.outcomes import (
    ActivitySpell,
    Enrolment,
    HousingSpell,
    ParticipantFacts,
    parse_contract,
)
from caseapp.outcomes.contract import Contract

PROJECT_START = date(2021, 1, 4)
AS_OF = date(2024, 6, 30)

# Homeless situations a person typically moves between before and around getting a flat.
_UNSTABLE = ("couch_surfing", "homeless_hostel", "emergency_shelter", "rough_sleeping")
_STABLE = ("own_tenancy", "supported_housing", "own_tenancy", "family_home")


def _housing(rng: random.Random, start: date, until: date) -> tuple[HousingSpell, ...]:
    spells: list[HousingSpell] = []
    day = start - timedelta(days=rng.randint(0, 300))
    while day <= until and len(spells) < 8:
        stable = rng.random() < 0.5
        kind = rng.choice(_STABLE if stable else _UNSTABLE)
        length = rng.randint(150, 700) if stable else rng.randint(10, 120)
        end = day + timedelta(days=length - 1)
        if end >= until and rng.random() < 0.7:
            spells.append(HousingSpell(kind, day, None))
            break
        spells.append(HousingSpell(kind, day, end))
        # Usually the next spell follows the next day; sometimes there is a gap or an overlap.
        day = end + timedelta(days=rng.choice((1, 1, 1, 1, 5, 30, -10)))
    return tuple(spells)


def _activities(rng: random.Random, start: date, until: date) -> tuple[ActivitySpell, ...]:
    spells: list[ActivitySpell] = []
    day = start + timedelta(days=rng.randint(-60, 200))
    while day <= until and len(spells) < 8:
        length = rng.randint(7, 400)
        end: date | None = day + timedelta(days=length - 1)
        if end is not None and end >= until and rng.random() < 0.6:
            end = None
        hours = rng.choice((None, 5, 8, 10, 15, 20, 30, 37))
        spells.append(
            ActivitySpell(rng.choice(ACTIVITY_TYPES), day, end, hours, rng.random() < 0.8)
        )
        if end is None:
            break
        day = end + timedelta(days=rng.randint(-20, 120))
    return tuple(spells)


def synthetic_participants(n: int, seed: int) -> list[ParticipantFacts]:
    """`n` participants referred over 2021-2024, most enrolled, with ~3 years of spells each."""
    rng = random.Random(seed)
    people = []
    for i in range(n):
        referred = PROJECT_START + timedelta(days=rng.randint(0, 1200))
        enrolled = referred + timedelta(days=rng.randint(0, 40)) if rng.random() < 0.9 else None
        exited = None
        if enrolled is not None and rng.random() < 0.2:
            exited = enrolled + timedelta(days=rng.randint(30, 900))
        base = enrolled or referred
        until = base + timedelta(days=3 * 365)
        people.append(
            ParticipantFacts(
                key=f"P-{i:05d}",
                enrolment=Enrolment(referred, enrolled, exited, "other" if exited else None),
                activities=_activities(rng, base, until),
                housing=_housing(rng, base, until),
            )
        )
    return people


def synthetic_contract() -> Contract:
    """A three-metric contract like the Aalborg and Aarhus ones."""
    return parse_contract(
        {
            "currency": "DKK",
            "payment_end": "2025-12-31",
            "target_participants": 120,
            "baseline_rate": 0.25,
            "target_rate": 0.5,
            "investment": 10_000_000,
            "avoided_cost_per_week": 2500,
            "success": {"metric": "work-edu", "min_weeks": 1},
            "metrics": [
                {
                    "id": "work-edu",
                    "name": "Weeks in work or education",
                    "kind": "weekly_activity",
                    "tariffs": {"ordinary_job": 1200, "flex_job": 900, "education": 700},
                    "window_weeks": 156,
                    "cap_weeks_per_participant": 104,
                    "cap_amount_total": 50_000_000,
                },
                {
                    "id": "job-13w",
                    "name": "13 weeks in a job",
                    "kind": "activity_sustained",
                    "activity_types": ["ordinary_job", "flex_job"],
                    "min_hours_per_week": 10,
                    "min_consecutive_weeks": 13,
                    "amount": 10000,
                },
                {
                    "id": "housed-12m",
                    "name": "12 months housed",
                    "kind": "housing_sustained",
                    "housing_types": ["own_tenancy", "supported_housing"],
                    "window_weeks": 156,
                    "min_days": 365,
                    "amount": 25000,
                },
            ],
        }
    )
