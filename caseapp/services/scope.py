"""Who may see whom: the projects granted to an account, and the participants enrolled in them.

Need to know (GDPR art. 5 and 32): a case worker or coordinator sees the participants enrolled in
the projects granted to them (a project may narrow its case workers to their own caseload), a
team lead the participants of their projects, an evaluator the figures of their projects only,
an administrator no case data. Every service that reads or changes a person's data asks here,
and a refusal names neither the person nor how many there are.

A file outside one's access can still be opened with a stated reason (`access.break_glass`);
that lets the account work on that file for the rest of the working day.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, exists, false, or_, select
from sqlalchemy.orm import Session

from caseapp.domain.errors import NotAllowed
from caseapp.services import references
from caseapp.services.actor import Actor, Can
from caseapp.storage.base import utcnow
from caseapp.storage.models import (
    AuditEntry,
    Enrolment,
    Participant,
    Project,
    ProjectGrant,
    ScopeBreak,
    Staff,
)

# How long a file opened with a reason stays open to the account: one working day.
GLASS_HOURS = 10


class OutsideScope(NotAllowed):
    """The participant or project is outside the account's access. Says nothing of them."""


def _sees_case_data(actor: Actor) -> bool:
    return (
        actor.can(Can.READ_CASE)
        or actor.can(Can.VIEW_FIGURES)
        or actor.can(Can.EXPORT_PSEUDONYMISED)
        or actor.can(Can.MAKE_REPORTS)
    )


def staff_id(session: Session, actor: Actor) -> int | None:
    return session.scalar(select(Staff.id).where(Staff.key == actor.key))


def granted_projects(me: int | None) -> Select[Any]:
    """The ids of the projects granted to the account, as a subquery."""
    return select(ProjectGrant.project_id).where(ProjectGrant.staff_id == (me or -1))


def project_keys(session: Session, actor: Actor) -> list[str]:
    """The keys of the account's projects, in order (none for an administrator)."""
    if not _sees_case_data(actor):
        return []
    me = staff_id(session, actor)
    return list(
        session.scalars(
            select(Project.key).where(Project.id.in_(granted_projects(me))).order_by(Project.key)
        )
    )


def visible_projects(session: Session, actor: Actor) -> list[Project]:
    """The account's projects, for pickers and lists."""
    keys = project_keys(session, actor)
    if not keys:
        return []
    return list(session.scalars(select(Project).where(Project.key.in_(keys)).order_by(Project.key)))


def require_project(session: Session, actor: Actor, key: str) -> Project:
    """The project, if granted to the account; its figures, contract and reports depend on it."""
    project = references.project(session, key)
    if key not in project_keys(session, actor):
        raise OutsideScope(f"The project {key} is not among your projects.")
    return project


def enrolment_condition(actor: Actor, me: int | None) -> ColumnElement[bool]:
    """An enrolment the account may see: in a granted project, and for a case worker in a
    project that narrows to own caseloads, only as the key worker."""
    if not actor.can(Can.READ_CASE):
        return false()
    granted = Enrolment.project_id.in_(granted_projects(me))
    if actor.role != "caseworker":
        return granted
    narrowed = select(Project.id).where(Project.own_caseload_only.is_(True))
    return and_(
        granted,
        or_(Enrolment.project_id.not_in(narrowed), Enrolment.key_worker_id == (me or -1)),
    )


def visible_ids(actor: Actor, me: int | None) -> Select[Any]:
    """The ids of the participants the account may see in lists, as a subquery: those enrolled
    in its projects, and anyone it registered who is not yet enrolled anywhere."""
    enrolled = select(Enrolment.participant_id).where(enrolment_condition(actor, me))
    if not actor.can(Can.READ_CASE):
        return enrolled
    registered = select(Participant.id).where(
        ~exists().where(Enrolment.participant_id == Participant.id),
        Participant.key.in_(
            select(AuditEntry.participant_key).where(
                AuditEntry.account == actor.key, AuditEntry.action == "added_participant"
            )
        ),
    )
    return enrolled.union(registered)  # type: ignore[return-value]


def visible_participant_ids(session: Session, actor: Actor) -> set[int]:
    """The ids of the participants in the account's lists (its projects' participants)."""
    return set(session.scalars(visible_ids(actor, staff_id(session, actor))))


def _glass_open(session: Session, actor: Actor, key: str) -> bool:
    since = utcnow() - timedelta(hours=GLASS_HOURS)
    return (
        session.scalar(
            select(
                exists().where(
                    ScopeBreak.account == actor.key,
                    ScopeBreak.participant_key == key,
                    ScopeBreak.at >= since,
                )
            )
        )
        or False
    )


def in_scope(session: Session, actor: Actor, participant_id: int) -> bool:
    """Whether the participant is one of the account's own (without breaking the glass)."""
    if not actor.can(Can.READ_CASE):
        return False
    me = staff_id(session, actor)
    enrolled = session.scalar(
        select(
            exists().where(
                Enrolment.participant_id == participant_id, enrolment_condition(actor, me)
            )
        )
    )
    if enrolled:
        return True
    found = session.scalar(
        select(Participant.id).where(
            Participant.id == participant_id, Participant.id.in_(visible_ids(actor, me))
        )
    )
    return found is not None


def may_open(session: Session, actor: Actor, person: Participant) -> bool:
    """In scope, or opened with a reason earlier today."""
    return in_scope(session, actor, person.id) or _glass_open(session, actor, person.key)


def require_participant(session: Session, actor: Actor, key: str) -> Participant:
    """The participant, if the account may work on their file; else OutsideScope.

    A key that does not exist gets NotFound, as everywhere; a refusal does not say whether the
    person exists beyond that, nor who they are.
    """
    actor.require(Can.READ_CASE)
    person = references.participant(session, key)
    if not may_open(session, actor, person):
        raise OutsideScope(
            f"{key} is not in your projects' caseload. To open the file anyway, give a reason; "
            "the opening is logged and shown to the team lead."
        )
    return person


def require_whole_database(session: Session, actor: Actor) -> None:
    """Work on the whole database (a backup holds every project): an administrator, or an
    account whose projects are all the database holds."""
    if actor.can(Can.MANAGE_ACCOUNTS):
        return
    mine = project_keys(session, actor)
    if session.scalar(select(exists().where(Project.key.not_in(mine)))):
        raise OutsideScope(
            "The database holds projects that are not yours, so a copy of all of it is an "
            "administrator's task."
        )
