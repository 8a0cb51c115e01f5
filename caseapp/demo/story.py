"""One invented participant's whole story: who they are, their course, and everything recorded.

Each story draws from its own random stream (seed, project, number), so it comes out the same
whatever else the demo holds. Contacts are drawn later, while writing, from the story.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from random import Random
from typing import Any

from caseapp.demo import identity
from caseapp.demo.activities import plan_activities
from caseapp.demo.course import Course, plan_course
from caseapp.demo.housing import plan_housing
from caseapp.demo.plans import plan_goals, plan_tasks
from caseapp.demo.projects import ProjectPlan
from caseapp.demo.supports import plan_supports

Row = dict[str, Any]

# How often each strand's participants have each kind of trouble besides housing and work.
_TRAITS = {
    "youth": {"substance": 0.3, "psychiatric": 0.3, "debt": 0.35, "network": 0.15},
    "vulnerable": {"substance": 0.5, "psychiatric": 0.45, "debt": 0.45, "network": 0.2},
    "bond": {"substance": 0.1, "psychiatric": 0.65, "debt": 0.25, "network": 0.2},
}
_STABLE = ("own_tenancy", "supported_housing")
_HAS_ADDRESS = ("own_tenancy", "supported_housing", "family_home", "homeless_hostel",
                "temporary_housing")  # fmt: skip
# Share of CPR numbers that pass modulus 11 (those issued since 2007 need not).
MODULUS11_SHARE = 0.93


@dataclass
class Story:
    plan: ProjectPlan
    index: int
    person: Row
    course: Course
    key_worker: str
    colleagues: tuple[str, ...]
    traits: frozenset[str]
    housing: list[Row]
    activities: list[Row]
    supports: list[Row]
    goals: list[Row]
    tasks: list[Row]
    key: str = ""  # given once all stories are ordered by referral

    @property
    def seed_text(self) -> str:
        """This story's part of a random stream's seed."""
        return f"{self.plan.key}:{self.index}"


def make_story(
    plan: ProjectPlan,
    index: int,
    seed: int,
    today: date,
    workers: tuple[str, ...],
    taken_cprs: set[str],
) -> Story:
    rng = Random(f"{seed}:{plan.key}:{index}")
    course = plan_course(plan, index, rng, today)
    youngest, oldest = plan.ages
    birth = identity.birth_date_for_age(course.referred_on, youngest, oldest, rng)
    male = rng.random() < (0.62 if plan.strand != "bond" else 0.5)
    first = identity.first_name(rng, male, young=plan.strand != "bond")
    last = identity.last_name(rng)
    number = identity.cpr_number(
        birth, male, rng, modulus11=rng.random() < MODULUS11_SHARE, taken=taken_cprs
    )
    traits = {t for t, share in _TRAITS[plan.strand].items() if rng.random() < share}
    # Aftercare (efterværn) from the children's services runs until 23.
    under_22 = plan.strand != "bond" and identity.age_on(birth, course.referred_on) < 22
    if under_22 and rng.random() < 0.3:
        traits.add("aftercare")
    # Caseloads are shared out evenly, the coordinator taking their turn too.
    key_worker = workers[index % len(workers)]
    colleagues = tuple(w for w in workers if w != key_worker)

    housing = plan_housing(plan, course, rng)
    enrolled = course.enrolled_on or course.referred_on
    housed_on = next(
        (s["start"] for s in housing if s["type"] in _STABLE and s["start"] >= enrolled), None
    )
    activities = plan_activities(plan, course, housed_on, rng, today)
    frozen = frozenset(traits)
    supports = plan_supports(plan, course, housing, activities, frozen, birth, rng, today)
    goals = plan_goals(plan.strand, course, housing, activities, supports, frozen, rng, today)
    tasks = plan_tasks(plan.strand, course, housing, activities, key_worker, colleagues, rng, today)

    now = housing[-1]
    young = plan.strand != "bond"
    person: Row = {
        "first_name": first,
        "last_name": last,
        "cpr": number,
        "birth_date": birth,
        "birth_year": birth.year,
        "phone": identity.phone_number(rng) if rng.random() < (0.88 if young else 0.97) else None,
        "email": identity.email_address(first, last, rng)
        if rng.random() < (0.2 if young else 0.45)
        else None,
        "address": now["address"] if now["type"] in _HAS_ADDRESS else None,
    }
    return Story(
        plan=plan,
        index=index,
        person=person,
        course=course,
        key_worker=key_worker,
        colleagues=colleagues,
        traits=frozen,
        housing=housing,
        activities=activities,
        supports=supports,
        goals=goals,
        tasks=tasks,
    )


def referral_order(story: Story) -> tuple[date, str, int]:
    """Participants get their keys in the order they were referred, as in real registration."""
    return (story.course.referred_on, story.plan.key, story.index)
