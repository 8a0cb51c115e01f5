"""Enrolment findings: counted without a recorded consent, and exited without a reason, by the
day checked."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseapp.services.data_quality.findings import Finding
from caseapp.storage.models import Enrolment, Project


def enrolment_findings(
    session: Session, keys: dict[int, str], project_id: int | None, as_of: date
) -> list[Finding]:
    q = select(
        Enrolment.participant_id,
        Enrolment.uuid,
        Project.key,
        Enrolment.enrolled_on,
        Enrolment.consent_on,
        Enrolment.exited_on,
        Enrolment.exit_reason,
    ).join(Project, Project.id == Enrolment.project_id)
    if project_id is not None:
        q = q.where(Enrolment.project_id == project_id)
    out = []
    for pid, uuid, project, enrolled, consent, exited, reason in session.execute(q):
        if pid not in keys:
            continue
        if enrolled is not None and enrolled <= as_of and consent is None:
            out.append(Finding("no_consent", keys[pid], "enrolment", uuid, project, enrolled))
        if exited is not None and exited <= as_of and not reason:
            out.append(Finding("exit_no_reason", keys[pid], "enrolment", uuid, project, exited))
    return out
