"""Work and education spells: the road from FGU and work placements to jobs and education.

Young people start once their housing settles; some drop out and try again. Aalborg's
participants mostly start with a work placement that may turn into a flex job, a sheltered job or
an ordinary job of a few hours. A spell is verified with its evidence some weeks after it starts;
the newest still await their payslip, and a few older ones never got their evidence recorded.
"""

from __future__ import annotations

from datetime import date, timedelta
from random import Random
from typing import Any

from caseapp.demo.course import Course, lognormal_days, pick
from caseapp.demo.places import (
    EDUCATIONS,
    FLEX_EMPLOYERS,
    JOB_EMPLOYERS,
    PLACEMENT_EMPLOYERS,
    PREPARATORY_EDUCATIONS,
    SHELTERED_EMPLOYERS,
)
from caseapp.demo.projects import ProjectPlan

Spell = dict[str, Any]

_FIRST = {
    "youth": (("preparatory_education", 30), ("work_placement", 22), ("ordinary_job", 22),
              ("subsidised_job", 10), ("education", 14), ("flex_job", 2)),
    "vulnerable": (("work_placement", 32), ("preparatory_education", 30), ("subsidised_job", 12),
                   ("ordinary_job", 12), ("sheltered_job", 6), ("flex_job", 4), ("education", 4)),
    "bond": (("work_placement", 60), ("ordinary_job", 16), ("flex_job", 10),
             ("sheltered_job", 8), ("education", 6)),
}  # fmt: skip
# What a completed spell most often leads to.
_AFTER = {
    "work_placement": (("subsidised_job", 25), ("ordinary_job", 35), ("flex_job", 20),
                       ("sheltered_job", 10), ("work_placement", 10)),
    "preparatory_education": (("education", 50), ("ordinary_job", 30), ("work_placement", 20)),
    "education": (("ordinary_job", 80), ("education", 20)),
    "subsidised_job": (("ordinary_job", 60), ("subsidised_job", 20), ("education", 20)),
}  # fmt: skip
_HOURS: dict[str, tuple[float, ...]] = {
    "ordinary_job": (10, 12, 15, 15, 18, 20, 20, 25, 25, 30, 32, 37, 37),
    "subsidised_job": (15, 20, 25, 30, 37),
    "flex_job": (8, 10, 12, 15, 18, 20, 25),
    "sheltered_job": (6, 8, 10, 12, 15, 20),
    "work_placement": (10, 12, 15, 20, 25, 30),
    "education": (25, 30, 32, 37),
    "preparatory_education": (20, 25, 30),
}
# Days a spell lasts when it runs its course: (median, low, high); and how often it is dropped.
_LENGTH = {
    "work_placement": ((60, 28, 91), 0.15),
    "preparatory_education": ((300, 120, 540), 0.35),
    "education": ((500, 150, 1100), 0.3),
    "ordinary_job": ((240, 20, 1000), 0.2),
    "subsidised_job": ((200, 90, 365), 0.15),
    "flex_job": ((700, 300, 1500), 0.08),
    "sheltered_job": ((700, 300, 1500), 0.08),
}
_DROPPED_NOTES = {
    "education": ("Stoppet efter meget fravær", "Droppet ud – ville noget andet"),
    "preparatory_education": ("Stoppet efter meget fravær", "Udmeldt – mødte ikke op"),
    "job": ("Fyret i prøvetiden", "Sagde selv op", "Stoppet – for hårdt med de timer"),
}
_EVIDENCE = {
    "ordinary_job": "lønseddel {month}",
    "subsidised_job": "løntilskudsaftale, lønseddel {month}",
    "flex_job": "fleksjobaftale, lønseddel {month}",
    "sheltered_job": "skånejobsaftale {month}",
    "work_placement": "praktikaftale {month}",
    "education": "studiebekræftelse {month}",
    "preparatory_education": "fremmøde FGU {month}",
}
_EMPLOYERS = {
    "ordinary_job": JOB_EMPLOYERS,
    "subsidised_job": JOB_EMPLOYERS,
    "flex_job": FLEX_EMPLOYERS,
    "sheltered_job": SHELTERED_EMPLOYERS,
    "work_placement": PLACEMENT_EMPLOYERS,
    "education": EDUCATIONS,
    "preparatory_education": PREPARATORY_EDUCATIONS,
}
_TAKES_UP = {"youth": 0.75, "vulnerable": 0.6, "bond": 0.54}


def plan_activities(
    plan: ProjectPlan, course: Course, housed_on: date | None, rng: Random, today: date
) -> list[Spell]:
    """The spells from enrolment on; `housed_on` is the day they first got a stable home."""
    enrolled = course.enrolled_on
    if enrolled is None or rng.random() > _TAKES_UP[plan.strand]:
        return []
    if plan.strand == "bond":
        start = enrolled + timedelta(days=rng.randint(20, 240))
    else:
        settled = housed_on or enrolled + timedelta(days=200)
        start = max(enrolled + timedelta(days=rng.randint(20, 120)), settled)
        start += timedelta(days=rng.randint(0, 90))
    spells: list[Spell] = []
    kind = pick(rng, _FIRST[plan.strand])
    employer: str | None = None
    while start < course.last_day:
        spell, dropped = _spell(plan, kind, start, employer, rng, today)
        spells.append(spell)
        end = spell["end"]
        if end is None or end >= course.last_day:
            break
        if kind in ("preparatory_education", "education") and rng.random() < 0.12:
            side = start + timedelta(days=rng.randint(14, 120))
            if side < end:
                job, _ = _spell(plan, "ordinary_job", side, None, rng, today)
                job["hours_per_week"] = float(rng.choice((8, 10, 12, 15)))
                job["note"] = "Fritidsjob ved siden af skolen"
                spells.append(job)
        if dropped:
            if rng.random() < 0.15:
                break
            kind, employer = pick(rng, _FIRST[plan.strand]), None
            start = end + timedelta(days=rng.randint(30, 200))
        else:
            kind = pick(rng, _AFTER.get(kind, _FIRST[plan.strand]))
            # A placement often turns into a job at the same workplace.
            same_place = spell["type"] == "work_placement" and kind != "work_placement"
            employer = spell["employer"] if same_place and rng.random() < 0.6 else None
            start = end + timedelta(days=1 if employer else rng.randint(14, 150))
    _close_at_exit(spells, course)
    return spells


def _spell(
    plan: ProjectPlan, kind: str, start: date, employer: str | None, rng: Random, today: date
) -> tuple[Spell, bool]:
    (median, low, high), drop_rate = _LENGTH[kind]
    dropped = rng.random() < drop_rate
    length = rng.randint(10, max(low, 60)) if dropped else lognormal_days(rng, median, low, high)
    end: date | None = start + timedelta(days=length)
    if end is not None and end >= today:
        end, dropped = None, False
    note = None
    if dropped:
        group = kind if kind in _DROPPED_NOTES else "job"
        note = rng.choice(_DROPPED_NOTES[group])
    elif employer is not None:
        note = "Ansat efter praktikforløbet"
    place = employer or rng.choice(_EMPLOYERS[kind]).format(city=plan.town.city)
    verified, evidence = _evidence(kind, start, rng, today)
    spell: Spell = {
        "type": kind,
        "start": start,
        "end": end,
        "hours_per_week": float(rng.choice(_HOURS[kind])),
        "employer": place,
        "verified": verified,
        "evidence": evidence,
        "note": note,
    }
    return spell, dropped


def _evidence(kind: str, start: date, rng: Random, today: date) -> tuple[bool, str | None]:
    """Verified some weeks after the start; the newest still wait, a few never got it."""
    if start + timedelta(days=rng.randint(18, 45)) >= today or rng.random() < 0.04:
        return False, None
    month = start + timedelta(days=20)
    return True, _EVIDENCE[kind].format(month=f"{month.year}-{month.month:02d}")


def _close_at_exit(spells: list[Spell], course: Course) -> None:
    """After an early exit nobody knows whether a job went on: it is ended at the exit."""
    if not course.left_early or course.exited_on is None:
        return
    for spell in spells:
        if spell["end"] is None or spell["end"] > course.exited_on:
            spell["end"] = max(course.exited_on, spell["start"])
