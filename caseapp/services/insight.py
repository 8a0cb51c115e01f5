"""Insight (GDPR art. 15): everything held on one person, and when and why it was accessed.

The result names no member of staff: records and accesses say the role of the person who did
them (a coordinator, a team lead), never a name or an account. The JSON form is for machines;
`reports.insight_pdf` renders the same content for the person to read.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseapp.domain.fields import DATED_BY, INSIGHT_LISTS, PERSON_FIELDS, RECORDS, to_text
from caseapp.outcomes import WeeklyParticipant, compute
from caseapp.services import (
    audit,
    controller_contact,
    documents,
    outcome_figures,
    references,
    scope,
    settings,
)
from caseapp.services.actor import Actor, Can
from caseapp.services.case_records import MODELS
from caseapp.storage.models import AuditEntry, Enrolment, Participant, Project, Staff

FORMAT = "caseapp-insight-v1"

_ORDER = DATED_BY


def gather(session: Session, actor: Actor, key: str) -> dict[str, Any]:
    """The insight document as JSON-ready data; making it is audit-logged."""
    actor.require(Can.READ_CASE)
    actor.require(Can.EXPORT_FULL)
    person = scope.require_participant(session, actor, key)
    roles = references.staff_roles(session)
    doc: dict[str, Any] = {
        "format": FORMAT,
        "made_at": datetime.now().replace(microsecond=0).isoformat(),
        "participant": {f: to_text(getattr(person, f)) for f in PERSON_FIELDS},
    }
    if person.erased_at is not None:
        doc["participant"]["erased_on"] = person.erased_at.date().isoformat()
    for list_name, kind in INSIGHT_LISTS.items():
        doc[list_name] = _records(session, person, kind, roles)
    doc["documents"] = [
        {
            "added": to_text(d.added_at.date()),
            "what": d.what,
            "filename": d.filename,
            "size": d.size,
        }
        for d in documents.list_for(session, actor, key)
    ]
    doc["accesses"] = _accesses(session, key)
    doc["outcomes"] = _outcomes(session, person)
    doc["controller"] = controller_contact.get(session)
    doc["retention_years"] = settings.get(session, settings.RETENTION_YEARS)
    audit.record(session, actor, "insight_made", key)
    return doc


def _outcomes(session: Session, person: Participant) -> list[dict[str, Any]]:
    """The weeks the person was counted and paid for, per project and metric, as of today
    (outcome rules v1); one-off outcomes by the day they were reached."""
    out: list[dict[str, Any]] = []
    projects = session.scalars(
        select(Project)
        .join(Enrolment, Enrolment.project_id == Project.id)
        .where(Enrolment.participant_id == person.id)
        .order_by(Project.key)
    ).all()
    today = date.today()
    for project in projects:
        if not project.contract:
            continue  # no contract yet: nothing is counted or paid
        facts = outcome_figures.load_facts(session, project.key, person.key)
        result = compute(facts.contract, facts.participants, today, facts.project_key)
        names = {m.id: m.name for m in facts.contract.metrics}
        for m in result.metrics:
            for row in m.by_participant:
                if row.participant != person.key:
                    continue
                item: dict[str, Any] = {
                    "project": project.key,
                    "metric": names[m.id],
                    "kind": m.kind,
                    "amount": float(row.amount),
                }
                if isinstance(row, WeeklyParticipant):
                    item["qualifying_weeks"] = row.qualifying_weeks
                    item["paid_weeks"] = row.paid_weeks
                else:
                    item["achieved_on"] = to_text(row.achieved_on)
                out.append(item)
    return out


def _records(
    session: Session, person: Participant, kind: str, roles: Mapping[int, str]
) -> list[dict[str, Any]]:
    model = MODELS[kind]
    column = getattr(model, _ORDER[kind])
    rows = session.scalars(
        select(model)
        .where(model.participant_id == person.id)  # type: ignore[attr-defined]
        .order_by(column, model.id)
    ).all()
    out = []
    for obj in rows:
        item: dict[str, Any] = {}
        for f in RECORDS[kind]:
            if f.name in references.STAFF_COLUMNS:
                # A member of staff is shown as their role, never by name or key.
                staff_id = getattr(obj, references.STAFF_COLUMNS[f.name])
                item[f"{f.name}_role"] = roles.get(staff_id) if staff_id else None
            elif f.kind == "codes":
                item[f.name] = [t for t in getattr(obj, f.name, "").split(",") if t]
            elif f.name == "project":
                item["project"] = _project(session, obj)
            else:
                item[f.name] = to_text(getattr(obj, f.name))
        out.append(item)
    return out


def _project(session: Session, obj: object) -> str:
    assert isinstance(obj, Enrolment)
    project = session.get(Project, obj.project_id)
    assert project is not None
    return f"{project.name} ({project.key})"


def _accesses(session: Session, key: str) -> list[dict[str, Any]]:
    """When the person's data was read or changed, and the role of whoever did it."""
    rows = session.execute(
        select(AuditEntry.at, AuditEntry.action, Staff.role)
        .outerjoin(Staff, Staff.key == AuditEntry.account)
        .where(AuditEntry.participant_key == key)
        .order_by(AuditEntry.at, AuditEntry.id)
    )
    return [
        {
            "at": at.astimezone().replace(tzinfo=None, microsecond=0).isoformat(),
            "action": action,
            "role": role or "system",
        }
        for at, action, role in rows
    ]
