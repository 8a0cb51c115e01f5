"""What need-to-know access costs: listing and searching 10,000 participants with the access
scope applied, against the same work with the scope switched off (issue target: under 10 %).

Also the everyday case: a case worker of one project opening the list, and the team lead's
screen for a municipality.

    python benchmarks/scope_bench.py [--participants N] [--rounds R]
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

from demo_db import demo_database
from sqlalchemy import select, true

from caseapp.services import access, accounts, caseload, scope, team
from caseapp.services.actor import SYSTEM, Actor
from caseapp.services.caseload_search import CaseloadIndex, ListFilter
from caseapp.storage.database import Database, open_database
from caseapp.storage.models import Participant, Project, Staff

EVERYTHING = Actor("bench-all", "Bench Coordinator", "coordinator")
SEARCHES = ("an", "sø", "P-01", "4321", "lars ni", "zz")


@contextmanager
def scope_switched_off() -> Iterator[None]:
    """The program as it was before access by project: every account sees everyone."""
    saved = scope.visible_ids, scope.enrolment_condition
    scope.visible_ids = lambda actor, me: select(Participant.id)  # type: ignore[assignment]
    scope.enrolment_condition = lambda actor, me: true()  # type: ignore[assignment]
    try:
        yield
    finally:
        scope.visible_ids, scope.enrolment_condition = saved


def _median_ms(fn: Callable[[], Any], rounds: int) -> float:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def _everything_account(db: Database) -> None:
    with db.unit_of_work() as s:
        if s.scalar(select(Staff.id).where(Staff.key == EVERYTHING.key)) is None:
            accounts.add_user(s, SYSTEM, EVERYTHING.key, EVERYTHING.name, EVERYTHING.role, None)
        for key in s.scalars(select(Project.key)).all():
            access.grant(s, SYSTEM, EVERYTHING.key, key)


def _one_project_worker(db: Database) -> Actor:
    with db.reader() as s:
        key, name = s.execute(
            select(Staff.key, Staff.name).where(Staff.role == "caseworker").order_by(Staff.id)
        ).first() or ("", "")
    return Actor(key, name, "caseworker")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--participants", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    db = open_database(demo_database(args.participants))
    _everything_account(db)
    today = date.today()

    def rows() -> list[caseload.ParticipantRow]:
        with db.reader() as s:
            return caseload.participant_rows(s, EVERYTHING, today)

    rows()  # warm the caches of both runs alike
    scoped: list[float] = []
    unscoped: list[float] = []
    for _ in range(args.rounds):  # interleaved, so a busy moment hurts both alike
        scoped.append(_median_ms(rows, 1))
        with scope_switched_off():
            unscoped.append(_median_ms(rows, 1))
    listed = rows()
    with scope_switched_off():
        everyone = rows()
    assert len(listed) == len(everyone), "the account granted every project sees everyone"
    a, b = statistics.median(scoped), statistics.median(unscoped)
    print(f"participants listed: {len(listed)} of {len(everyone)}")
    print(f"list, scope applied:     {a:7.1f} ms (median of {args.rounds})")
    print(f"list, scope switched off:{b:7.1f} ms")
    print(f"scope adds to listing:   {100 * (a - b) / b:+6.1f} %")

    index_scoped, index_all = CaseloadIndex(listed), CaseloadIndex(everyone)

    def search(index: CaseloadIndex) -> None:
        for text in SEARCHES:
            index.select(ListFilter(text=text), today)

    per_a: list[float] = []
    per_b: list[float] = []
    for _ in range(args.rounds * 3):
        per_a.append(_median_ms(lambda: search(index_scoped), 1) / len(SEARCHES))
        per_b.append(_median_ms(lambda: search(index_all), 1) / len(SEARCHES))
    s_a, s_b = statistics.median(per_a), statistics.median(per_b)
    print(f"search (per keystroke), scope applied: {s_a:5.2f} ms, switched off: {s_b:5.2f} ms")
    print(f"scope adds to searching: {100 * (s_a - s_b) / s_b:+6.1f} %")

    worker = _one_project_worker(db)
    with db.reader() as s:
        own = caseload.participant_rows(s, worker, today)

    def worker_rows() -> None:
        with db.reader() as s:
            caseload.participant_rows(s, worker, today)

    print(
        f"a case worker's list ({len(own)} of one project): "
        f"{_median_ms(worker_rows, args.rounds):.1f} ms"
    )
    lead = Actor("lead", "Lead", "team_lead")

    def lead_view() -> None:
        with db.unit_of_work() as s:
            team.team_view(s, lead, today)

    print(f"the team lead's screen: {_median_ms(lead_view, args.rounds):.1f} ms")
    db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
