"""Whom the data-quality check looks at: everyone, or those enrolled in one project, and who of
them is active on the day."""

from __future__ import annotations

from datetime import date
from typing import Any, TypeVarTuple

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from caseapp.storage.models import Enrolment, Participant

Ts = TypeVarTuple("Ts")


def people_in_scope(session: Session, project_id: int | None) -> dict[int, str]:
    """participant id -> key of everyone the check looks at."""
    q = in_scope(select(Participant.id, Participant.key), Participant.id, project_id)
    return {pid: key for pid, key in session.execute(q)}


def in_scope(q: Select[*Ts], column: Any, project_id: int | None) -> Select[*Ts]:
    """`q` limited to rows whose participant `column` is enrolled in the project (if one)."""
    if project_id is None:
        return q
    return q.where(
        column.in_(select(Enrolment.participant_id).where(Enrolment.project_id == project_id))
    )


def active_enrolments(
    session: Session, project_id: int | None, as_of: date
) -> list[tuple[int, str]]:
    """(participant id, enrolment uuid) of enrolments counted and not exited on the day."""
    q = select(Enrolment.participant_id, Enrolment.uuid).where(
        Enrolment.enrolled_on.is_not(None),
        Enrolment.enrolled_on <= as_of,
        (Enrolment.exited_on.is_(None)) | (Enrolment.exited_on > as_of),
    )
    if project_id is not None:
        q = q.where(Enrolment.project_id == project_id)
    seen: dict[int, str] = {}
    for pid, uuid in session.execute(q):
        seen.setdefault(pid, uuid)
    return list(seen.items())
