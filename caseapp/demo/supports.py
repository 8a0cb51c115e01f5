"""Supports given alongside: housing support while housed, consultants and mentors around work and
education, and the treatment, debt and network help a person's situation calls for."""

from __future__ import annotations

from datetime import date, timedelta
from random import Random
from typing import Any

from caseapp.demo.course import Course
from caseapp.demo.projects import ProjectPlan

Spell = dict[str, Any]
JOBS = ("ordinary_job", "flex_job", "sheltered_job", "subsidised_job", "work_placement")


class _Supports:
    def __init__(self, course: Course, today: date) -> None:
        self.course, self.today = course, today
        self.spells: list[Spell] = []

    def add(
        self,
        kind: str,
        start: date,
        days: int | None,
        hours: float | None,
        provider: str,
        note: str | None = None,
    ) -> None:
        last = self.course.last_day
        if start >= last:
            return
        end = None if days is None else start + timedelta(days=days)
        if end is not None and end >= self.today:
            end = None
        if self.course.left_early and (end is None or end > last):
            end = last
        self.spells.append(
            {
                "type": kind,
                "start": start,
                "end": end,
                "hours_per_week": hours,
                "provider": provider,
                "note": note,
            }
        )


def plan_supports(
    plan: ProjectPlan,
    course: Course,
    housing: list[Spell],
    activities: list[Spell],
    traits: frozenset[str],
    birth: date,
    rng: Random,
    today: date,
) -> list[Spell]:
    enrolled = course.enrolled_on
    if enrolled is None:
        return []
    s = _Supports(course, today)
    city, team = plan.town.city, plan.team

    def after(low: int, high: int) -> date:
        return enrolled + timedelta(days=rng.randint(low, high))

    if plan.strand == "bond":
        s.add("job_consultant", enrolled, None, float(rng.choice((1, 2, 3))), team)
        for spell in activities:
            if spell["type"] != "work_placement" and rng.random() < 0.5:
                s.add("mentor", spell["start"], rng.randint(90, 365), 1.0, "Virksomhedsmentor")
    else:
        for spell in housing:
            if spell["type"] == "own_tenancy" and spell["start"] >= enrolled:
                days = (spell["end"] - spell["start"]).days if spell["end"] else None
                if days is None and rng.random() < 0.4:
                    days = rng.randint(300, 900)  # ended: manages on their own
                hours = float(rng.choice((2, 3, 4, 5, 6)))
                s.add("housing_support", spell["start"], days, hours, team, "Bostøtte (§ 85)")
        first_job = next((a for a in activities if a["type"] in JOBS), None)
        if first_job is not None:
            s.add("job_consultant", first_job["start"], rng.randint(120, 300), 1.0, team)
        first_school = next((a for a in activities if a["type"] not in JOBS), None)
        if first_school is not None:
            s.add("education_consultant", first_school["start"], rng.randint(90, 240), 1.0, team)
        if activities and rng.random() < 0.35:
            s.add("mentor", activities[0]["start"], rng.randint(180, 365), 2.0, f"Mentor, {city}")
        if "aftercare" in traits:
            until = (
                birth.replace(year=birth.year + 23)
                if (birth.month, birth.day) != (2, 29)
                else (date(birth.year + 23, 3, 1))
            )
            start = enrolled - timedelta(days=rng.randint(60, 300))
            s.add("aftercare", start, max((until - start).days, 30), 2.0, "Efterværn, Børn og Unge")
    if "substance" in traits:
        place = (
            f"Rusmiddelcenter {city}" if plan.strand == "bond" else f"Ungdomsbehandlingen {city}"
        )
        s.add("substance_treatment", after(10, 150), rng.randint(60, 300), 1.0, place)
    if "psychiatric" in traits:
        days = None if rng.random() < 0.5 else rng.randint(90, 400)
        s.add("health_referral", after(10, 200), days, None, "Distriktspsykiatrien")
    if "debt" in traits:
        s.add(
            "debt_counselling",
            after(30, 200),
            rng.randint(30, 120),
            None,
            f"Gældsrådgivning {city}",
        )
    if "network" in traits:
        s.add("network_support", after(60, 300), rng.randint(90, 365), 1.0, "Netværksgruppe")
    return s.spells
