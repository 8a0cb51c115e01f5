"""Read-side queries for the caseload: one summary row per participant, and what is due.

The participant list keeps these rows in memory and searches, filters and sorts them there
(`caseload_search`); the queries here run in a handful of set-based statements so that even
10,000 participants load in a fraction of a second.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from caseapp.domain import codes, danish_text
from caseapp.services import scope
from caseapp.services.actor import Actor, Can
from caseapp.storage.models import (
    ActivitySpell,
    Contact,
    Enrolment,
    HousingSpell,
    Participant,
    Project,
    Staff,
    Task,
)

NOT_SEEN_DAYS = 14
# The participants a query covers: a few ids, or a subquery of the account's scope.
Only = set[int] | Select[Any]
# Jobs and education count towards outcome payments only with evidence, so both are flagged.
EVIDENCE_TYPES: frozenset[str] = codes.JOB_TYPES | codes.EDUCATION_TYPES


@dataclass(frozen=True, slots=True)
class ParticipantRow:
    """What the participant list shows for one person (and what it searches and sorts on)."""

    id: int
    key: str
    name: str
    age: int | None
    project: str | None
    status: str | None
    key_worker: str | None
    key_worker_name: str | None
    housing: str | None
    activity: str | None
    last_contact: datetime | None
    next_task_due: date | None
    next_task_title: str | None
    unverified_job: bool
    # Only the last four digits, so that a search can find a person by them; never shown.
    cpr_tail: str

    def days_since_contact(self, today: date) -> int | None:
        if self.last_contact is None:
            return None
        return (today - self.last_contact.date()).days

    def not_seen(self, today: date, days: int = NOT_SEEN_DAYS) -> bool:
        """Still in the project and not met for `days` days (or never)."""
        if self.status == "exited":
            return False
        since = self.days_since_contact(today)
        return since is None or since >= days


def age_on(birth_date: date | None, birth_year: int | None, today: date) -> int | None:
    if birth_date is not None:
        before_birthday = (today.month, today.day) < (birth_date.month, birth_date.day)
        return today.year - birth_date.year - int(before_birthday)
    if birth_year is not None:
        return today.year - birth_year
    return None


def _display_name(first: str | None, last: str | None, erased: bool) -> str:
    if erased:
        return ""
    return " ".join(p for p in (first, last) if p)


def _current_enrolments(
    session: Session, visible: ColumnElement[bool]
) -> dict[int, tuple[str, str, str | None, str | None]]:
    """participant id -> (project key, status, key worker key, key worker name), for the
    enrolments the account may see.

    A person in several projects shows the one they are still in, else the latest referral.
    """
    rows = session.execute(
        select(
            Enrolment.participant_id,
            Project.key,
            Enrolment.referred_on,
            Enrolment.enrolled_on,
            Enrolment.exited_on,
            Staff.key,
            Staff.name,
        )
        .join(Project, Project.id == Enrolment.project_id)
        .outerjoin(Staff, Staff.id == Enrolment.key_worker_id)
        .where(visible)
    )
    best: dict[int, tuple[tuple[bool, date], tuple[str, str, str | None, str | None]]] = {}
    for pid, project, referred, enrolled, exited, worker, worker_name in rows:
        status = "exited" if exited else ("enrolled" if enrolled else "referred")
        rank = (exited is None, referred)
        if pid not in best or rank > best[pid][0]:
            best[pid] = (rank, (project, status, worker, worker_name))
    return {pid: value for pid, (_, value) in best.items()}


def _current_spells(
    session: Session,
    model: type[HousingSpell | ActivitySpell],
    today: date,
    only: Only,
) -> dict[int, str]:
    """participant id -> type of the spell active today that started last."""
    query = select(model.participant_id, model.type, model.start).where(
        model.start <= today, or_(model.end.is_(None), model.end >= today)
    )
    query = query.where(model.participant_id.in_(only))
    rows = session.execute(query.order_by(model.participant_id, model.start))
    return {pid: kind for pid, kind, _ in rows}


def _people(session: Session, only: Only):  # type: ignore[no-untyped-def]
    """Each person with their last contact and next open task, in one pass over the indexes.

    Correlated subqueries let the database seek each person's newest contact and earliest
    task in its indexes instead of grouping a million contacts.
    """
    last_contact = (
        select(func.max(Contact.at))
        .where(Contact.participant_id == Participant.id)
        .correlate(Participant)
        .scalar_subquery()
    )
    candidate = aliased(Task)
    next_task = (
        select(candidate.id)
        .where(candidate.participant_id == Participant.id, candidate.done_on.is_(None))
        .order_by(candidate.due_on.is_(None), candidate.due_on, candidate.id)
        .limit(1)
        .correlate(Participant)
        .scalar_subquery()
    )
    query = (
        select(
            Participant.id,
            Participant.key,
            Participant.first_name,
            Participant.last_name,
            Participant.cpr,
            Participant.birth_date,
            Participant.birth_year,
            Participant.erased_at,
            last_contact,
            Task.due_on,
            Task.title,
        )
        .outerjoin(Task, Task.id == next_task)
        .order_by(Participant.key)
    )
    return session.execute(query.where(Participant.id.in_(only)))


def participant_rows(
    session: Session,
    actor: Actor,
    today: date,
    *,
    key_worker: str | None = None,
    keys: Collection[str] | None = None,
) -> list[ParticipantRow]:
    """A summary row for every participant the account may see (or only `key_worker`'s among
    them, or only those of `keys`: a list refreshing the people a change named), ordered by key
    (naturally). A key the account may not see, or that no one has, gives no row."""
    actor.require(Can.READ_CASE)
    me = scope.staff_id(session, actor)
    condition = scope.enrolment_condition(actor, me)
    only: Only = scope.visible_ids(actor, me)
    if keys is not None:
        named = set(
            session.scalars(
                select(Participant.id).where(
                    Participant.key.in_(sorted(keys)), Participant.id.in_(only)
                )
            )
        )
        only = named
        condition = and_(condition, Enrolment.participant_id.in_(named))
    enrolments = _current_enrolments(session, condition)
    if key_worker is not None:
        only = {pid for pid, value in enrolments.items() if value[2] == key_worker}
    housing = _current_spells(session, HousingSpell, today, only)
    activity = _current_spells(session, ActivitySpell, today, only)
    unverified_query = select(ActivitySpell.participant_id).where(
        ActivitySpell.type.in_(EVIDENCE_TYPES),
        ActivitySpell.verified.is_(False),
        ActivitySpell.participant_id.in_(only),
    )
    unverified = set(session.scalars(unverified_query.distinct()))
    out: list[ParticipantRow] = []
    for pid, key, first, last, cpr_value, birth, year, erased, seen, due, title in _people(
        session, only
    ):
        project, status, worker, worker_name = enrolments.get(pid, (None, None, None, None))
        out.append(
            ParticipantRow(
                id=pid,
                key=key,
                name=_display_name(first, last, erased is not None),
                age=age_on(birth, year, today),
                project=project,
                status=status,
                key_worker=worker,
                key_worker_name=worker_name,
                housing=housing.get(pid),
                activity=activity.get(pid),
                last_contact=seen,
                next_task_due=due,
                next_task_title=title,
                unverified_job=pid in unverified,
                cpr_tail=(cpr_value or "")[-4:],
            )
        )
    # Keys in natural order (P-1000, P-1001, P-10000), which SQL's text order is not.
    out.sort(key=lambda row: danish_text.natural_key(row.key))
    return out


@dataclass(frozen=True)
class TaskDue:
    participant_key: str
    participant_name: str
    task_uuid: str
    title: str
    due_on: date

    def overdue(self, today: date) -> bool:
        return self.due_on < today


@dataclass(frozen=True)
class UnverifiedJob:
    participant_key: str
    participant_name: str
    activity_uuid: str
    type: str
    start: date
    employer: str | None


@dataclass(frozen=True)
class RecentContact:
    participant_key: str
    participant_name: str
    contact_uuid: str
    at: datetime
    mode: str
    topics: tuple[str, ...]


@dataclass(frozen=True)
class Overview:
    """The signed-in worker's desk: whom to see, what is due, what lacks evidence."""

    not_seen: list[ParticipantRow]
    tasks: list[TaskDue]
    unverified_jobs: list[UnverifiedJob]
    recent_contacts: list[RecentContact]


def overview(
    session: Session, actor: Actor, today: date, *, due_within_days: int = 7, recent: int = 15
) -> Overview:
    """For the worker's own participants (those they are key worker for and not exited)."""
    rows = participant_rows(session, actor, today, key_worker=actor.key)
    mine = [r for r in rows if r.status != "exited"]
    mine_ids = {r.id for r in mine}
    me = scope.staff_id(session, actor)
    visible = scope.visible_ids(actor, me)
    not_seen = sorted(
        (r for r in mine if r.not_seen(today)),
        key=lambda r: (r.last_contact is not None, r.last_contact or datetime.min),
    )
    task_rows = session.execute(
        select(Task.participant_id, Task.uuid, Task.title, Task.due_on)
        .where(
            Task.done_on.is_(None),
            Task.due_on.is_not(None),
            Task.due_on <= today + timedelta(days=due_within_days),
            or_(
                Task.assigned_to_id == me,
                and_(Task.assigned_to_id.is_(None), Task.participant_id.in_(mine_ids)),
            ),
            Task.participant_id.in_(visible),
        )
        .order_by(Task.due_on, Task.id)
    ).all()
    job_rows = session.execute(
        select(
            ActivitySpell.participant_id,
            ActivitySpell.uuid,
            ActivitySpell.type,
            ActivitySpell.start,
            ActivitySpell.employer,
        )
        .where(
            ActivitySpell.participant_id.in_(mine_ids),
            ActivitySpell.type.in_(EVIDENCE_TYPES),
            ActivitySpell.verified.is_(False),
        )
        .order_by(ActivitySpell.start)
    ).all()
    since = datetime.combine(today - timedelta(days=30), datetime.min.time())
    contact_rows = session.execute(
        select(Contact.participant_id, Contact.uuid, Contact.at, Contact.mode, Contact.topics)
        .where(or_(Contact.staff_id == me, Contact.participant_id.in_(mine_ids)))
        .where(Contact.at >= since, Contact.participant_id.in_(visible))
        .order_by(Contact.at.desc())
        .limit(recent)
    ).all()
    ids = {r.participant_id for r in task_rows} | {r.participant_id for r in job_rows}
    people = _who(session, ids | {r.participant_id for r in contact_rows}, rows)
    tasks = [
        TaskDue(*people[pid], uuid, title, due)
        for pid, uuid, title, due in task_rows
        if due is not None
    ]
    jobs = [
        UnverifiedJob(*people[pid], uuid, kind, start, employer)
        for pid, uuid, kind, start, employer in job_rows
    ]
    contacts = [
        RecentContact(*people[pid], uuid, at, mode, tuple(t for t in topics.split(",") if t))
        for pid, uuid, at, mode, topics in contact_rows
    ]
    return Overview(not_seen, tasks, jobs, contacts)


def _who(
    session: Session, ids: set[int], known: list[ParticipantRow]
) -> dict[int, tuple[str, str]]:
    """participant id -> (key, name) for the ids, asking the database only for strangers."""
    out = {r.id: (r.key, r.name) for r in known}
    missing = ids - set(out)
    if missing:
        for pid, key, first, last, erased in session.execute(
            select(
                Participant.id,
                Participant.key,
                Participant.first_name,
                Participant.last_name,
                Participant.erased_at,
            ).where(Participant.id.in_(missing))
        ):
            out[pid] = (key, _display_name(first, last, erased is not None))
    return out
