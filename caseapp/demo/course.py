"""One participant's course through a project: referral, intake, consent, enrolment, exit.

Aarhus takes young people in one by one over the project's years; Aalborg's social bond refers
people in groups during its first year. A few decline at intake, the newest are still only
referred, and some leave early (lost contact, moved, transferred) or complete the course.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta
from random import Random

from caseapp.demo.projects import ProjectPlan

_SOURCES = {
    "youth": (("shelter", 30), ("social_services", 25), ("jobcenter", 20), ("psychiatry", 8),
              ("self", 10), ("other", 7)),
    "vulnerable": (("shelter", 40), ("social_services", 25), ("psychiatry", 15),
                   ("jobcenter", 8), ("self", 5), ("other", 7)),
    "bond": (("jobcenter", 96), ("other", 4)),
}  # fmt: skip
_EXIT_REASONS = {
    "youth": (("lost_contact", 35), ("moved_away", 20), ("declined", 15), ("transferred", 15),
              ("other", 12), ("deceased", 3)),
    "bond": (("declined", 25), ("moved_away", 20), ("lost_contact", 20), ("transferred", 10),
             ("other", 25)),
}  # fmt: skip
# Leaving early, per year enrolled.
_EXIT_RATE = {"youth": 0.12, "vulnerable": 0.17, "bond": 0.08}
_DECLINE_AT_INTAKE = {"youth": 0.03, "vulnerable": 0.04, "bond": 0.07}
# Aalborg's referral groups: days after the project's start.
_GROUP_DAYS = (0, 45, 100, 160, 230, 300)


@dataclass(frozen=True)
class Course:
    referred_on: date
    referral_source: str
    intake_on: date | None
    consent_on: date | None
    enrolled_on: date | None
    exited_on: date | None
    exit_reason: str | None
    # The last day anything is recorded: the exit, else today.
    last_day: date

    @property
    def left_early(self) -> bool:
        """Exited for another reason than completing: what came after is not known."""
        return self.exited_on is not None and self.exit_reason != "completed"


def pick(rng: Random, table: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([c for c, _ in table], [w for _, w in table])[0]


def plan_course(plan: ProjectPlan, index: int, rng: Random, today: date) -> Course:
    referred = _referral_day(plan, index, rng, today)
    source = pick(rng, _SOURCES[plan.strand])
    wait = rng.randint(5, 21) if plan.strand == "bond" else rng.randint(2, 14)
    if (today - referred).days <= 3:
        wait = max(wait, 4)  # the newest referral still waits for its intake
    intake_day = referred + timedelta(days=wait)
    consent_day = intake_day + timedelta(days=0 if rng.random() < 0.85 else rng.randint(1, 6))
    intake: date | None = intake_day
    consent: date | None = consent_day
    if intake_day >= today:
        intake = consent = None
    elif rng.random() < _DECLINE_AT_INTAKE[plan.strand] or consent_day >= today:
        consent = None
    enrolled = consent
    exited, reason = _exit(plan, enrolled, rng, today)
    return Course(referred, source, intake, consent, enrolled, exited, reason, exited or today)


def _referral_day(plan: ProjectPlan, index: int, rng: Random, today: date) -> date:
    if plan.strand == "bond":
        group = index * len(_GROUP_DAYS) // max(plan.size, 1)
        day = plan.start + timedelta(days=_GROUP_DAYS[group] + rng.randint(0, 9))
    else:
        # Spread evenly over the intake period, the newest a few days ago.
        first = plan.start + timedelta(days=10)
        last = min(today - timedelta(days=3), plan.end - timedelta(days=30))
        span = max((last - first).days, 0)
        day = first + timedelta(days=int(span * (index + rng.random()) / max(plan.size, 1)))
        if index == plan.size - 1 and plan.end > today:
            day = today - timedelta(days=rng.randint(1, 3))
    return min(day, today - timedelta(days=1))


def _exit(
    plan: ProjectPlan, enrolled: date | None, rng: Random, today: date
) -> tuple[date | None, str | None]:
    if enrolled is None:
        return None, None
    days_in = (today - enrolled).days
    if plan.strand != "bond" and days_in > 900 and rng.random() < 0.5:
        return enrolled + timedelta(days=rng.randint(800, min(days_in - 1, 1000))), "completed"
    after = int(rng.expovariate(_EXIT_RATE[plan.strand] / 365)) + 30
    if after >= days_in:
        return None, None
    table = _EXIT_REASONS["bond" if plan.strand == "bond" else "youth"]
    return enrolled + timedelta(days=after), pick(rng, table)


def lognormal_days(rng: Random, median: float, low: int, high: int, sigma: float = 0.6) -> int:
    """A duration around `median` days with a long tail, kept within [low, high]."""
    return max(low, min(high, int(rng.lognormvariate(math.log(median), sigma))))
