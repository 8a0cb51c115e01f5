"""Turning the keys that forms and files use (staff, project, participant) into stored rows."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseapp.domain.errors import NotFound, Problem
from caseapp.storage.models import Participant, Project, Staff


def participant(session: Session, key: str) -> Participant:
    found = session.scalar(select(Participant).where(Participant.key == key))
    if found is None:
        raise NotFound(f"No participant '{key}'.")
    return found


def project(session: Session, key: str) -> Project:
    found = session.scalar(select(Project).where(Project.key == key))
    if found is None:
        raise NotFound(f"No project '{key}'.")
    return found


def staff(session: Session, key: str) -> Staff:
    found = session.scalar(select(Staff).where(Staff.key == key))
    if found is None:
        raise NotFound(f"No account '{key}'.")
    return found


def staff_id(session: Session, key: str | None, where: str, problems: list[Problem]) -> int | None:
    if key is None:
        return None
    found = session.scalar(select(Staff.id).where(Staff.key == key))
    if found is None:
        problems.append(Problem(where, f"no member of staff has the key '{key}'"))
    return found


def staff_key(session: Session, staff_id: int | None) -> str | None:
    if staff_id is None:
        return None
    return session.scalar(select(Staff.key).where(Staff.id == staff_id))
