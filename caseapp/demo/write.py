"""Writing a demo: every row in large batched inserts inside one unit of work.

The ORM's per-object bookkeeping would take many minutes for a million contacts; plain inserts of
prepared rows take well under one. One audit entry records that the demo was made.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from random import Random
from typing import Any

from sqlalchemy import Table, delete, insert, select
from sqlalchemy.orm import Session

from caseapp.demo import records
from caseapp.demo.contacts import contact_rows
from caseapp.demo.projects import ProjectPlan
from caseapp.demo.staffing import ADMIN_KEY, Staffing
from caseapp.demo.stamps import at_office, stamped
from caseapp.demo.story import Story
from caseapp.services import audit
from caseapp.services.accounts import hash_password
from caseapp.services.actor import SYSTEM
from caseapp.services.demo_accounts import DEMO_PASSWORD, DEMO_SETTING
from caseapp.storage.base import Base
from caseapp.storage.database import Database
from caseapp.storage.models import (
    ActivitySpell,
    Contact,
    ContractRevision,
    Enrolment,
    Goal,
    HousingSpell,
    Participant,
    Project,
    ProjectGrant,
    Setting,
    Staff,
    Support,
    Task,
)

BATCH = 20_000


def _table(model: type[Base]) -> Table:
    return Base.metadata.tables[model.__tablename__]


_TABLES: dict[str, Table] = {
    "enrolments": _table(Enrolment),
    "contacts": _table(Contact),
    "housing": _table(HousingSpell),
    "activities": _table(ActivitySpell),
    "supports": _table(Support),
    "goals": _table(Goal),
    "tasks": _table(Task),
}


@dataclass
class _Batches:
    """Rows waiting per table, inserted whenever a table has a batch full."""

    session: Session
    waiting: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)

    def add(self, name: str, rows: Iterable[dict[str, Any]]) -> None:
        queue = self.waiting.setdefault(name, [])
        queue.extend(rows)
        if len(queue) >= BATCH:
            self.flush(name)

    def flush(self, name: str) -> None:
        rows = self.waiting.pop(name, [])
        if rows:
            self.session.execute(insert(_TABLES[name]), rows)
            self.counts[name] = self.counts.get(name, 0) + len(rows)

    def flush_all(self) -> None:
        for name in list(self.waiting):
            self.flush(name)


def write_demo(
    database: Database,
    plans: list[ProjectPlan],
    staffing: Staffing,
    stories: list[Story],
    seed: int,
    today: date,
    progress: Callable[[int], None],
    *,
    clear: bool,
) -> dict[str, int]:
    """Insert everything; returns how many rows of each kind were written."""
    # Nothing is stamped later than early on `today`: the demo stays the same for a seed and a
    # day, and never looks written in the future.
    now = at_office(today, 6)
    rng = Random(f"{seed}:records")
    stamp = records.Stamper(rng, now)
    with database.unit_of_work() as session:
        if clear:
            for table in reversed(Base.metadata.sorted_tables):
                session.execute(delete(table))
        staff_ids = _write_staff(session, staffing, rng, now, today)
        project_ids = _write_projects(session, plans, staffing, rng, now)
        _write_grants(session, plans, staffing, staff_ids, project_ids, now)
        people = [records.participant_row(s, stamp) for s in stories]
        for start in range(0, len(people), BATCH):
            session.execute(insert(_table(Participant)), people[start : start + BATCH])
        ids = {key: id_ for key, id_ in session.execute(select(Participant.key, Participant.id))}
        batches = _Batches(session)
        for done, story in enumerate(stories, 1):
            pid = ids[story.key]
            pj = project_ids[story.plan.key]
            batches.add("enrolments", [records.enrolment_row(story, pid, pj, staff_ids, stamp)])
            batches.add("housing", records.spell_rows(story, story.housing, pid, stamp))
            batches.add("activities", records.spell_rows(story, story.activities, pid, stamp))
            batches.add("supports", records.spell_rows(story, story.supports, pid, stamp))
            batches.add("goals", records.goal_rows(story, pid, stamp))
            batches.add("tasks", records.task_rows(story, pid, staff_ids, stamp))
            batches.add("contacts", contact_rows(story, pid, staff_ids, seed, today))
            progress(done)
        batches.flush_all()
        session.add(Setting(key=DEMO_SETTING, value="1"))
        audit.record(
            session,
            SYSTEM,
            "created_demo",
            detail=f"{len(stories)} invented participants in {len(plans)} projects, seed {seed}",
        )
    return {
        "projects": len(plans),
        "staff": len(staffing.members),
        "participants": len(stories),
        **{name: batches.counts.get(name, 0) for name in _TABLES},
    }


def _write_staff(
    session: Session, staffing: Staffing, rng: Random, now: datetime, today: date
) -> dict[str, int]:
    # Argon2 is slow on purpose: one hash serves every account, all having the same password.
    password = hash_password(DEMO_PASSWORD)
    rows = []
    for m in staffing.members:
        recent = today - timedelta(days=rng.randint(1, 6))
        rows.append(
            stamped(
                {
                    "key": m.key,
                    "name": m.name,
                    "role": m.role,
                    "email": m.email,
                    "password_hash": password,
                    "active": True,
                    "failed_logins": 0,
                    "locked_until": None,
                    "last_login_at": min(at_office(recent, rng.randint(7, 15)), now),
                },
                rng,
                min(at_office(m.since), now),
            )
        )
    session.execute(insert(_table(Staff)), rows)
    return {key: id_ for key, id_ in session.execute(select(Staff.key, Staff.id))}


def _write_projects(
    session: Session, plans: list[ProjectPlan], staffing: Staffing, rng: Random, now: datetime
) -> dict[str, int]:
    rows = []
    for p in plans:
        rows.append(
            stamped(
                {
                    "key": p.key,
                    "name": p.name,
                    "municipality": p.town.municipality,
                    "start": p.start,
                    "end": p.end,
                    "description": p.description,
                    "contract": p.contract,
                },
                rng,
                min(at_office(p.start - timedelta(days=30)), now),
            )
        )
    session.execute(insert(_table(Project)), rows)
    ids = {key: id_ for key, id_ in session.execute(select(Project.key, Project.id))}
    revisions = []
    for p in plans:
        lead = staffing.leads[p.town.municipality]
        history = _contract_history(p)
        for number, (contract, days, comment) in enumerate(history, 1):
            revisions.append(
                {
                    "project_id": ids[p.key],
                    "revision": number,
                    "contract": contract,
                    "changed_by": lead,
                    "changed_at": min(at_office(p.start + timedelta(days=days)), now),
                    "comment": comment,
                }
            )
    session.execute(insert(_table(ContractRevision)), revisions)
    return ids


def _write_grants(
    session: Session,
    plans: list[ProjectPlan],
    staffing: Staffing,
    staff_ids: dict[str, int],
    project_ids: dict[str, int],
    now: datetime,
) -> None:
    """Need to know: each project's team and its municipality's team lead have the project; the
    evaluators share the municipalities between them; the administrator has none."""
    evaluators = [m.key for m in staffing.members if m.role == "evaluator"]
    towns = list(dict.fromkeys(p.town.municipality for p in plans))
    rows = []
    for p in plans:
        town = towns.index(p.town.municipality)
        members = {*staffing.workers[p.key], staffing.leads[p.town.municipality]}
        if evaluators:
            members.add(evaluators[town % len(evaluators)])
        rows += [
            {
                "staff_id": staff_ids[key],
                "project_id": project_ids[p.key],
                "granted_by": ADMIN_KEY,
                "granted_at": now,
            }
            for key in sorted(members)
        ]
    session.execute(insert(_table(ProjectGrant)), rows)


def _contract_history(p: ProjectPlan) -> list[tuple[dict[str, Any], int, str]]:
    """(contract, days after the start, comment) of every revision, the current one last."""
    if p.key != "AAL-SIB":
        return [(p.contract, -30, "Kontrakt ved projektstart")]
    # Aalborg agreed a ceiling on the total outcome payments a quarter into the project.
    first = {
        **p.contract,
        "metrics": [{**m, "cap_amount_total": None} for m in p.contract["metrics"]],
    }
    return [
        (first, -30, "Kontrakt ved projektstart"),
        (p.contract, 90, "Loft over samlet udbetaling aftalt med investorerne"),
    ]
