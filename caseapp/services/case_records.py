"""Adding, editing and deleting what is recorded about a participant.

Contacts, housing, activity and support spells, goals, tasks and enrolments all go through here,
with the same validation as the dataset import (`caseapp.domain.fields`), the same permission
check, an audit entry in the same transaction, and optimistic locking on edits.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseapp.domain.errors import NotFound, Problem, StaleEdit, ValidationFailed
from caseapp.domain.fields import RECORDS, parse_record, validate
from caseapp.services import audit, references, scope
from caseapp.services.actor import Actor, Can
from caseapp.storage.models import (
    ActivitySpell,
    Consent,
    Contact,
    Enrolment,
    Goal,
    HousingSpell,
    Participant,
    Record,
    Support,
    Task,
)

MODELS: dict[str, type[Record]] = {
    "contact": Contact,
    "housing": HousingSpell,
    "activity": ActivitySpell,
    "support": Support,
    "goal": Goal,
    "task": Task,
    "enrolment": Enrolment,
    "consent": Consent,
}
# Fields holding several codes, stored joined by commas (contact topics, what a consent covers).
CODE_LISTS = frozenset(f.name for fields in RECORDS.values() for f in fields if f.kind == "codes")

# A consent with an expiry date brings a task to renew it, due this long before.
CONSENT_RENEWAL_NOTICE = timedelta(days=30)
# Task titles are case data in the team's language (Danish), like any title typed.
CONSENT_TASK_TITLE = "Forny samtykke (udløber {expires})"


def to_columns(
    session: Session, kind: str, values: Mapping[str, Any], where: str, problems: list[Problem]
) -> dict[str, Any]:
    """Parsed field values into column values: keys to ids, topic lists to text."""
    out: dict[str, Any] = {}
    for name, value in values.items():
        if name in references.STAFF_COLUMNS:
            column = references.STAFF_COLUMNS[name]
            out[column] = references.staff_id(session, value, f"{where}{name}", problems)
        elif name in CODE_LISTS:
            out[name] = ",".join(value or [])
        elif name == "project":
            try:
                out["project_id"] = references.project(session, value).id
            except NotFound:
                problems.append(
                    Problem(f"{where}project", "no project has the key '{value}'", value=value)
                )
        elif name == "verified":
            out["verified"] = bool(value)
        else:
            out[name] = value
    return out


def to_fields(
    session: Session, kind: str, obj: Record, staff_keys: Mapping[int, str] | None = None
) -> dict[str, Any]:
    """A stored record as the parsed field values its form shows. `staff_keys` (from
    `references.staff_keys`) saves a query per staff field where many records are read."""
    out: dict[str, Any] = {}
    for f in RECORDS[kind]:
        if f.name in references.STAFF_COLUMNS:
            staff_id = getattr(obj, references.STAFF_COLUMNS[f.name])
            if staff_keys is None:
                out[f.name] = references.staff_key(session, staff_id)
            else:
                out[f.name] = None if staff_id is None else staff_keys.get(staff_id)
        elif f.name in CODE_LISTS:
            out[f.name] = [t for t in getattr(obj, f.name, "").split(",") if t]
        elif f.name == "project":
            out["project"] = obj.project.key  # type: ignore[attr-defined]
        else:
            out[f.name] = getattr(obj, f.name)
    return out


def add(
    session: Session, actor: Actor, participant_key: str, kind: str, raw: Mapping[str, Any]
) -> Record:
    actor.require(Can.EDIT_CASE)
    person = scope.require_participant(session, actor, participant_key)
    values, problems = validate(kind, raw)
    columns = to_columns(session, kind, values, "", problems)
    if kind == "enrolment":
        _check_project_granted(session, actor, values.get("project"), problems)
        _check_one_enrolment(session, person, columns.get("project_id"), None, problems)
    if problems:
        raise ValidationFailed(problems)
    obj = MODELS[kind](participant_id=person.id, **columns)
    session.add(obj)
    session.flush()
    audit.record(session, actor, f"added_{kind}", person.key, obj.uuid)
    if kind == "consent" and values.get("expires_on") is not None:
        # Renewing takes a meeting: the task comes due well before the consent runs out.
        add(
            session,
            actor,
            person.key,
            "task",
            {
                "title": CONSENT_TASK_TITLE.format(expires=values["expires_on"].isoformat()),
                "due_on": values["expires_on"] - CONSENT_RENEWAL_NOTICE,
                "assigned_to": actor.key,
            },
        )
    return obj


def get(session: Session, actor: Actor, kind: str, uuid: str) -> Record:
    actor.require(Can.READ_CASE)
    model = MODELS[kind]
    obj = session.scalar(select(model).where(model.uuid == uuid))
    if obj is None:
        raise NotFound("The {kind} record was deleted by someone else.", kind=kind)
    scope.require_participant(session, actor, _participant_key(session, obj))
    return obj


def _fresh(session: Session, actor: Actor, kind: str, uuid: str, expected_version: int) -> Record:
    obj = get(session, actor, kind, uuid)
    if obj.version != expected_version:
        raise StaleEdit(
            "Someone else changed this record after you opened it. Your change was not saved; "
            "the record now shows their version."
        )
    return obj


def update(
    session: Session,
    actor: Actor,
    kind: str,
    uuid: str,
    expected_version: int,
    changes: Mapping[str, Any],
) -> Record:
    """Apply `changes` to the record, if nobody changed it since `expected_version`."""
    actor.require(Can.EDIT_CASE)
    obj = _fresh(session, actor, kind, uuid, expected_version)
    current = to_fields(session, kind, obj)
    parsed, problems = parse_record(kind, changes, partial=True)
    merged = {**current, **parsed}
    _, more = validate(kind, merged)
    problems += [p for p in more if p not in problems]
    columns = to_columns(session, kind, parsed, "", problems)
    if kind == "enrolment" and "project_id" in columns:
        _check_project_granted(session, actor, parsed.get("project"), problems)
        person = session.get(Participant, obj.participant_id)  # type: ignore[attr-defined]
        assert person is not None
        _check_one_enrolment(session, person, columns["project_id"], obj.id, problems)
    if problems:
        raise ValidationFailed(problems)
    for name, value in columns.items():
        setattr(obj, name, value)
    session.flush()
    key = _participant_key(session, obj)
    audit.record(session, actor, f"edited_{kind}", key, obj.uuid)
    return obj


def delete(session: Session, actor: Actor, kind: str, uuid: str, expected_version: int) -> None:
    actor.require(Can.EDIT_CASE)
    obj = _fresh(session, actor, kind, uuid, expected_version)
    key = _participant_key(session, obj)
    session.delete(obj)
    session.flush()
    audit.record(session, actor, f"deleted_{kind}", key, obj.uuid)


def _participant_key(session: Session, obj: Record) -> str:
    participant_id: int = obj.participant_id  # type: ignore[attr-defined]
    key = session.scalar(select(Participant.key).where(Participant.id == participant_id))
    assert key is not None
    return key


def _check_project_granted(
    session: Session, actor: Actor, project_key: str | None, problems: list[Problem]
) -> None:
    """An enrolment names one of the account's own projects: nobody enrols into another team."""
    if project_key is not None and project_key not in scope.project_keys(session, actor):
        problems.append(
            Problem("project", "{project_key} is not among your projects", project_key=project_key)
        )


def _check_one_enrolment(
    session: Session,
    person: Participant,
    project_id: int | None,
    own_id: int | None,
    problems: list[Problem],
) -> None:
    if project_id is None:
        return
    clash = session.scalar(
        select(Enrolment.id).where(
            Enrolment.participant_id == person.id,
            Enrolment.project_id == project_id,
            Enrolment.id != (own_id or -1),
        )
    )
    if clash is not None:
        problems.append(Problem("project", "the participant is already enrolled in this project"))
