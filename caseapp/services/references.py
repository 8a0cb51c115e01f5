"""Turning the keys that forms and files use (staff, project, participant) into stored rows."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseapp.domain.errors import NotFound, Problem
from caseapp.storage.models import Participant, Project, Staff

# The record fields that name a member of staff (by key, in forms and files), and the column
# that holds the staff member's id.
STAFF_COLUMNS: dict[str, str] = {
    "staff": "staff_id",
    "key_worker": "key_worker_id",
    "assigned_to": "assigned_to_id",
}


def participant(session: Session, key: str) -> Participant:
    found = session.scalar(select(Participant).where(Participant.key == key))
    if found is None:
        raise NotFound("No participant '{key}'.", key=key)
    return found


def project(session: Session, key: str) -> Project:
    found = session.scalar(select(Project).where(Project.key == key))
    if found is None:
        raise NotFound("No project '{key}'.", key=key)
    return found


def staff(session: Session, key: str) -> Staff:
    found = session.scalar(select(Staff).where(Staff.key == key))
    if found is None:
        raise NotFound("No account '{key}'.", key=key)
    return found


def staff_id(session: Session, key: str | None, where: str, problems: list[Problem]) -> int | None:
    if key is None:
        return None
    found = session.scalar(select(Staff.id).where(Staff.key == key))
    if found is None:
        problems.append(Problem(where, "no member of staff has the key '{key}'", key=key))
    return found


def staff_key(session: Session, staff_id: int | None) -> str | None:
    if staff_id is None:
        return None
    return session.scalar(select(Staff.key).where(Staff.id == staff_id))


def staff_keys(session: Session) -> dict[int, str]:
    """Every staff id's key, for reading many records with one query instead of one each."""
    return {i: k for i, k in session.execute(select(Staff.id, Staff.key))}


def staff_roles(session: Session) -> dict[int, str]:
    """Every staff id's role (where a reader may learn the role but not the person)."""
    return {i: r for i, r in session.execute(select(Staff.id, Staff.role))}
