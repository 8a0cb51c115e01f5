"""Giving and taking access: project grants, a project's own-caseload setting, and files opened
outside one's access with a reason ("break the glass"), which the team lead reviews.

An administrator grants any project; a team lead grants the projects they lead themselves.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseapp.domain.errors import NotAllowed, NotFound, Problem, ValidationFailed
from caseapp.services import audit, references, scope
from caseapp.services.actor import Actor, Can
from caseapp.storage.base import utcnow
from caseapp.storage.models import Enrolment, Participant, Project, ProjectGrant, ScopeBreak, Staff

REASON_MIN_LENGTH = 5


def _may_manage(session: Session, actor: Actor, project_key: str) -> Project:
    project = references.project(session, project_key)
    if actor.can(Can.MANAGE_ACCOUNTS):
        return project
    if actor.role == "team_lead" and project_key in scope.project_keys(session, actor):
        return project
    raise NotAllowed(
        "{key} ({role}) may not change who has access to {project_key}: an administrator or the "
        "project's team lead may",
        key=actor.key,
        role=actor.role,
        project_key=project_key,
    )


def grant(session: Session, actor: Actor, user: str, project_key: str) -> bool:
    """Give `user` access to the project; False when they had it already."""
    project = _may_manage(session, actor, project_key)
    staff = references.staff(session, user)
    if staff.role == "admin":
        raise ValidationFailed(
            Problem(
                "user", "{user} is an administrator; administrators see no case data", user=user
            )
        )
    held = session.scalar(
        select(ProjectGrant.id).where(
            ProjectGrant.staff_id == staff.id, ProjectGrant.project_id == project.id
        )
    )
    if held is not None:
        return False
    session.add(ProjectGrant(staff_id=staff.id, project_id=project.id, granted_by=actor.key))
    session.flush()
    audit.record(session, actor, "granted_project", detail=f"{user} {project_key}")
    return True


def grant_on_create(session: Session, actor: Actor, project: Project) -> None:
    """The account that sets up a project is on its team."""
    me = scope.staff_id(session, actor)
    if me is not None and actor.role != "admin":
        session.add(ProjectGrant(staff_id=me, project_id=project.id, granted_by=actor.key))


def revoke(session: Session, actor: Actor, user: str, project_key: str) -> bool:
    """Take `user`'s access to the project; False when they had none."""
    project = _may_manage(session, actor, project_key)
    staff = references.staff(session, user)
    held = session.scalars(
        select(ProjectGrant).where(
            ProjectGrant.staff_id == staff.id, ProjectGrant.project_id == project.id
        )
    ).all()
    for row in held:
        session.delete(row)
    gone = len(held)
    if gone:
        audit.record(session, actor, "revoked_project", detail=f"{user} {project_key}")
    return bool(gone)


def set_projects(session: Session, actor: Actor, user: str, projects: set[str]) -> None:
    """Make `projects` the account's projects: grant what is new, revoke what is gone."""
    held = {g.project for g in grants(session, actor, user)}
    for project in sorted(projects - held):
        grant(session, actor, user, project)
    for project in sorted(held - projects):
        revoke(session, actor, user, project)


@dataclass(frozen=True)
class Grant:
    user: str
    name: str
    role: str
    project: str


def grants(session: Session, actor: Actor, user: str | None = None) -> list[Grant]:
    """Who has which project: all for an administrator, a team lead's own projects' teams."""
    query = (
        select(Staff.key, Staff.name, Staff.role, Project.key)
        .join(ProjectGrant, ProjectGrant.staff_id == Staff.id)
        .join(Project, Project.id == ProjectGrant.project_id)
        .order_by(Project.key, Staff.key)
    )
    if not actor.can(Can.MANAGE_ACCOUNTS):
        if actor.role != "team_lead":
            raise NotAllowed(
                "{key} ({role}) may not see who has access", key=actor.key, role=actor.role
            )
        query = query.where(Project.key.in_(scope.project_keys(session, actor)))
    if user is not None:
        query = query.where(Staff.key == user)
    return [Grant(*row) for row in session.execute(query)]


def set_own_caseload_only(session: Session, actor: Actor, project_key: str, on: bool) -> None:
    """Narrow the project's case workers to the participants they are key worker for."""
    project = _may_manage(session, actor, project_key)
    if project.own_caseload_only != on:
        project.own_caseload_only = on
        session.flush()
        audit.record(
            session, actor, "set_own_caseload_only", detail=f"{project_key} {'on' if on else 'off'}"
        )


def break_glass(session: Session, actor: Actor, key: str, reason: str) -> Participant:
    """Open a file outside one's access for a stated reason: logged, and flagged for review."""
    actor.require(Can.READ_CASE)
    reason = " ".join(reason.split())
    if len(reason) < REASON_MIN_LENGTH:
        raise ValidationFailed(
            Problem(
                "reason",
                "say why you need the file ({reason_min_length} characters or more)",
                reason_min_length=REASON_MIN_LENGTH,
            )
        )
    person = references.participant(session, key)
    if scope.in_scope(session, actor, person.id):
        return person
    session.add(ScopeBreak(account=actor.key, participant_key=key, reason=reason))
    audit.record(session, actor, "opened_outside_scope", key, reason)
    return person


@dataclass(frozen=True)
class Break:
    id: int
    at: datetime
    account: str
    name: str
    participant: str
    reason: str
    reviewed_by: str | None
    reviewed_at: datetime | None


def _projects_of(session: Session, keys: set[str]) -> dict[str, set[str]]:
    rows = session.execute(
        select(Participant.key, Project.key)
        .join(Enrolment, Enrolment.participant_id == Participant.id)
        .join(Project, Project.id == Enrolment.project_id)
        .where(Participant.key.in_(keys))
    )
    out: dict[str, set[str]] = {}
    for person, project in rows:
        out.setdefault(person, set()).add(project)
    return out


def breaks(session: Session, actor: Actor, *, unreviewed_only: bool = False) -> list[Break]:
    """Files opened outside access that touch the lead's projects (an administrator: all)."""
    if not (actor.role == "team_lead" or actor.can(Can.MANAGE_ACCOUNTS)):
        raise NotAllowed("{key} ({role}) may not review accesses", key=actor.key, role=actor.role)
    query = (
        select(ScopeBreak, Staff.name)
        .outerjoin(Staff, Staff.key == ScopeBreak.account)
        .order_by(ScopeBreak.at.desc())
    )
    if unreviewed_only:
        query = query.where(ScopeBreak.reviewed_at.is_(None))
    found = [(b, n) for b, n in session.execute(query)]
    if not actor.can(Can.MANAGE_ACCOUNTS):
        mine = set(scope.project_keys(session, actor))
        projects = _projects_of(session, {b.participant_key for b, _ in found})
        found = [(b, n) for b, n in found if projects.get(b.participant_key, set()) & mine]
    audit.record(session, actor, "viewed_access_reviews", detail=str(len(found)))
    return [
        Break(
            b.id,
            b.at,
            b.account,
            name or b.account,
            b.participant_key,
            b.reason,
            b.reviewed_by,
            b.reviewed_at,
        )
        for b, name in found
    ]


def mark_reviewed(session: Session, actor: Actor, break_id: int) -> None:
    """The lead has looked at the access and its reason."""
    mine = {b.id: b for b in breaks(session, actor)}
    if break_id not in mine:
        raise NotFound("That access is not one of those you review.")
    row = session.get(ScopeBreak, break_id)
    assert row is not None
    if row.reviewed_at is None:
        row.reviewed_by, row.reviewed_at = actor.key, utcnow()
        audit.record(session, actor, "reviewed_access", row.participant_key, str(break_id))
