"""`create_demo`: a database of realistic invented data, the same for the same seed and day."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from caseapp.demo.projects import ProjectPlan, plan_projects
from caseapp.demo.staffing import Staffing, staff_projects
from caseapp.demo.story import Story, make_story, referral_order
from caseapp.demo.target import demo_database
from caseapp.demo.write import write_demo
from caseapp.domain.codes import ROLES
from caseapp.domain.errors import Problem, ValidationFailed
from caseapp.outcomes.gc_scope import new_objects_only

Progress = Callable[[int, int], None]
MAX_PARTICIPANTS = 1_000_000


@dataclass(frozen=True)
class DemoSummary:
    """What a demo holds, and one account of every role to sign in with."""

    database: str
    projects: int
    staff: int
    participants: int
    enrolments: int
    contacts: int
    housing: int
    activities: int
    supports: int
    goals: int
    tasks: int
    accounts: tuple[tuple[str, str], ...]  # (key, role): the first account of each role


def create_demo(
    db: str | os.PathLike[str] | None,
    *,
    participants: int | None = None,
    seed: int = 1,
    force: bool = False,
    progress: Progress | None = None,
    today: date | None = None,
) -> DemoSummary:
    """Make a demo database at `db`; an existing one is replaced only with `force`.

    Without `participants` it holds the seed projects at their real sizes (200 people); more
    people spread over invented projects in other municipalities. Dates are relative to `today`,
    so the demo looks current whenever it is made.
    """
    if participants is not None and not 1 <= participants <= MAX_PARTICIPANTS:
        raise ValidationFailed(
            Problem(
                "participants",
                "must be between 1 and {max_participants}",
                max_participants=f"{MAX_PARTICIPANTS:,}",
            )
        )
    day = today or date.today()
    report: Progress = progress or (lambda done, total: None)
    plans = plan_projects(participants, day)
    staffing = staff_projects(plans, seed)
    total = sum(p.size for p in plans)
    # Each person counts once when made up and once when written; the last step is the commit.
    steps = 2 * total + 1
    with demo_database(db, force=force) as target, new_objects_only():
        stories = _stories(plans, staffing, seed, day, lambda n: report(n, steps))
        counts = write_demo(
            target.database,
            plans,
            staffing,
            stories,
            seed,
            day,
            lambda n: report(total + n, steps),
            clear=target.clear,
        )
    report(steps, steps)
    return DemoSummary(
        database=target.shown,
        projects=counts["projects"],
        staff=counts["staff"],
        participants=counts["participants"],
        enrolments=counts["enrolments"],
        contacts=counts["contacts"],
        housing=counts["housing"],
        activities=counts["activities"],
        supports=counts["supports"],
        goals=counts["goals"],
        tasks=counts["tasks"],
        accounts=_accounts(staffing),
    )


def _stories(
    plans: list[ProjectPlan],
    staffing: Staffing,
    seed: int,
    today: date,
    progress: Callable[[int], None],
) -> list[Story]:
    taken: set[str] = set()
    stories = []
    for plan in plans:
        workers = staffing.workers[plan.key]
        for index in range(plan.size):
            stories.append(make_story(plan, index, seed, today, workers, taken))
            progress(len(stories))
    stories.sort(key=referral_order)
    for number, story in enumerate(stories, 1):
        story.key = f"P-{number:04d}"
    return stories


def _accounts(staffing: Staffing) -> tuple[tuple[str, str], ...]:
    first: dict[str, str] = {}
    for m in staffing.members:
        first.setdefault(m.role, m.key)
    return tuple((first[r], r) for r in ROLES if r in first)
