"""The team lead's view of the team: each key worker's caseload and what needs attention, and
moving participants from one key worker to another.

Everything is limited to the lead's projects (`scope`); a participant counts for the key worker
of their open enrolment in one of those projects.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from caseapp.domain.errors import NotAllowed, Problem, ValidationFailed
from caseapp.services import audit, scope
from caseapp.services.actor import Actor, Can
from caseapp.services.caseload import ParticipantRow, participant_rows
from caseapp.storage.models import (
    Contact,
    Enrolment,
    Project,
    ProjectGrant,
    Staff,
    Task,
)

# The row of participants whose enrolment names no key worker.
NOBODY = ""


@dataclass
class WorkerLoad:
    """One key worker's caseload, and the participant keys behind each count."""

    key: str
    name: str
    role: str | None
    caseload: list[str] = field(default_factory=list)
    not_seen: list[str] = field(default_factory=list)
    overdue_tasks: list[str] = field(default_factory=list)
    unverified_jobs: list[str] = field(default_factory=list)
    last_contact: datetime | None = None


@dataclass(frozen=True)
class TeamView:
    workers: list[WorkerLoad]
    # Every participant of the lead's projects, as the participant list shows them.
    rows: dict[str, ParticipantRow]

    def worker(self, key: str) -> WorkerLoad | None:
        return next((w for w in self.workers if w.key == key), None)


def _require_lead(actor: Actor) -> None:
    if actor.role != "team_lead":
        raise NotAllowed("{key} ({role}) may not manage a team", key=actor.key, role=actor.role)


def _open_enrolments(session: Session, actor: Actor) -> list[tuple[int, str, str | None]]:
    """(participant id, project key, key worker key) of the open enrolments in the lead's
    projects."""
    me = scope.staff_id(session, actor)
    return [
        (pid, project, worker)
        for pid, project, worker in session.execute(
            select(Enrolment.participant_id, Project.key, Staff.key)
            .join(Project, Project.id == Enrolment.project_id)
            .outerjoin(Staff, Staff.id == Enrolment.key_worker_id)
            .where(Enrolment.exited_on.is_(None), scope.enrolment_condition(actor, me))
        )
    ]


def team_view(session: Session, actor: Actor, today: date) -> TeamView:
    """Per key worker of the lead's projects: caseload, not seen for 14 days, overdue tasks,
    jobs without evidence, and the last contact they logged."""
    _require_lead(actor)
    me = scope.staff_id(session, actor)
    rows = {r.key: r for r in participant_rows(session, actor, today)}
    by_id = {r.id: r for r in rows.values()}
    workers: dict[str, WorkerLoad] = {}
    for key, name, role in session.execute(
        select(Staff.key, Staff.name, Staff.role)
        .join(ProjectGrant, ProjectGrant.staff_id == Staff.id)
        .where(
            ProjectGrant.project_id.in_(scope.granted_projects(me)),
            Staff.role.in_(("caseworker", "coordinator", "team_lead")),
            Staff.active.is_(True),
        )
        .distinct()
    ):
        workers[key] = WorkerLoad(key, name, role)
    worker_of: dict[int, str] = {}
    for pid, _project, worker in _open_enrolments(session, actor):
        worker_of.setdefault(pid, worker or NOBODY)
    for pid, worker in worker_of.items():
        row = by_id.get(pid)
        if row is None:
            continue
        load = workers.get(worker)
        if load is None:
            name = (row.key_worker_name or worker) if worker else ""
            load = workers[worker] = WorkerLoad(worker, name, None)
        load.caseload.append(row.key)
        if row.not_seen(today):
            load.not_seen.append(row.key)
        if row.unverified_job:
            load.unverified_jobs.append(row.key)
    _overdue_tasks(session, today, worker_of, by_id, workers)
    _last_contacts(session, workers)
    for load in workers.values():
        for keys in (load.caseload, load.not_seen, load.overdue_tasks, load.unverified_jobs):
            keys.sort()
    ordered = sorted(workers.values(), key=lambda w: (w.key == NOBODY, w.name.casefold()))
    audit.record(session, actor, "viewed_team", detail=str(len(worker_of)))
    return TeamView(ordered, rows)


def _overdue_tasks(
    session: Session,
    today: date,
    worker_of: dict[int, str],
    by_id: dict[int, ParticipantRow],
    workers: dict[str, WorkerLoad],
) -> None:
    """A task is the assignee's, else the key worker's; each person once per worker."""
    found: dict[str, set[str]] = {}
    for pid, assignee in session.execute(
        select(Task.participant_id, Staff.key)
        .outerjoin(Staff, Staff.id == Task.assigned_to_id)
        .where(
            Task.done_on.is_(None),
            Task.due_on < today,
            Task.participant_id.in_(list(worker_of)),
        )
    ):
        worker = assignee if assignee in workers else worker_of.get(pid)
        if worker is not None and worker in workers and pid in by_id:
            found.setdefault(worker, set()).add(by_id[pid].key)
    for worker, keys in found.items():
        workers[worker].overdue_tasks = list(keys)


def _last_contacts(session: Session, workers: dict[str, WorkerLoad]) -> None:
    keys = [k for k in workers if k]
    for key, last in session.execute(
        select(Staff.key, func.max(Contact.at))
        .join(Contact, Contact.staff_id == Staff.id)
        .where(Staff.key.in_(keys))
        .group_by(Staff.key)
    ):
        workers[key].last_contact = last


def reassign(
    session: Session, actor: Actor, participant_keys: Sequence[str], new_worker: str
) -> int:
    """Make `new_worker` the key worker of the participants' open enrolments in the lead's
    projects; all or none. Returns how many enrolments changed; each change is audit-logged."""
    _require_lead(actor)
    actor.require(Can.EDIT_CASE)
    me = scope.staff_id(session, actor)
    staff = session.scalar(select(Staff).where(Staff.key == new_worker))
    if staff is None or not staff.active:
        raise ValidationFailed(
            Problem("key_worker", "no active account '{new_worker}'", new_worker=new_worker)
        )
    granted = set(
        session.scalars(select(ProjectGrant.project_id).where(ProjectGrant.staff_id == staff.id))
    )
    problems: list[Problem] = []
    changes: list[tuple[Enrolment, str, str | None]] = []
    for key in dict.fromkeys(participant_keys):
        person = scope.require_participant(session, actor, key)
        enrolments = session.execute(
            select(Enrolment, Project.key)
            .join(Project, Project.id == Enrolment.project_id)
            .where(
                Enrolment.participant_id == person.id,
                Enrolment.exited_on.is_(None),
                scope.enrolment_condition(actor, me),
            )
        ).all()
        if not enrolments:
            problems.append(Problem(key, "has no open enrolment in your projects"))
        for enrolment, project in enrolments:
            if enrolment.project_id not in granted:
                problems.append(
                    Problem(
                        key,
                        "{new_worker} has no access to {project}; grant it first",
                        new_worker=new_worker,
                        project=project,
                    )
                )
            elif enrolment.key_worker_id != staff.id:
                old = session.scalar(select(Staff.key).where(Staff.id == enrolment.key_worker_id))
                changes.append((enrolment, person.key, old))
    if problems:
        raise ValidationFailed(problems)
    for enrolment, key, old in changes:
        enrolment.key_worker_id = staff.id
        session.flush()
        audit.record(session, actor, "reassigned_key_worker", key, f"{old or '-'} -> {new_worker}")
    return len(changes)
