"""The conflict inbox, on the team server and on a laptop: a field changed in two places, with
both values, who changed each and when, until a person decides.

Resolving applies the chosen value through the same services (and checks) as a form, so it is
audit-logged, and on a laptop it also travels to the server at the next sync. Keeping
"theirs" (the server's value) changes nothing but the conflict.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from caseapp.domain.errors import NotAllowed, NotFound, Problem, ValidationFailed
from caseapp.services import audit, case_records, participants, scope
from caseapp.services.actor import Actor, Can
from caseapp.services.sync.exchange import NO_ACCESS, RECORD_EDITED, RECORD_GONE
from caseapp.storage.base import utcnow
from caseapp.storage.models import Device, OutboxOp, Participant, SyncConflict
from caseapp.storage.outbox import tracking
from caseapp.storage.portable import KINDS, REFERENCES

# A reference column is the form's field of the same name without "_id".
_FORM_FIELD = {column: column.removesuffix("_id") for column in REFERENCES}


@dataclass(frozen=True)
class ConflictRow:
    id: int
    uuid: str
    participant: str | None
    kind: str
    record_uuid: str
    field: str
    server_value: Any
    laptop_value: Any
    server_changed_by: str | None
    server_changed_at: datetime | None
    laptop_changed_by: str
    laptop_changed_at: datetime
    resolved_at: datetime | None
    resolved_by: str | None
    resolution: Any


def _row(c: SyncConflict) -> ConflictRow:
    return ConflictRow(
        c.id,
        c.uuid,
        c.participant_key,
        c.kind,
        c.record_uuid,
        c.field,
        c.server_value.get("v"),
        c.laptop_value.get("v"),
        c.server_changed_by,
        c.server_changed_at,
        c.laptop_changed_by,
        c.laptop_changed_at,
        c.resolved_at,
        c.resolved_by,
        (c.resolution or {}).get("v"),
    )


def _mine(session: Session, actor: Actor, rows: list[SyncConflict]) -> list[SyncConflict]:
    """On a laptop: its own. On the server: the account's own devices', and for a team lead
    every conflict about the participants of their projects."""
    if tracking(session):
        return rows
    devices = set(session.scalars(select(Device.device_id).where(Device.account == actor.key)))
    visible: set[str] = set()
    if actor.role == "team_lead":
        ids = scope.visible_ids(actor, scope.staff_id(session, actor))
        visible = set(session.scalars(select(Participant.key).where(Participant.id.in_(ids))))
    return [c for c in rows if c.device_id in devices or c.participant_key in visible]


def list_conflicts(session: Session, actor: Actor, *, resolved: bool = False) -> list[ConflictRow]:
    """The open conflicts the account may see (with `resolved`, the decided ones too)."""
    actor.require(Can.READ_CASE)
    query = select(SyncConflict).order_by(SyncConflict.created_at, SyncConflict.id)
    if not resolved:
        query = query.where(SyncConflict.resolved_at.is_(None))
    rows = _mine(session, actor, list(session.scalars(query)))
    for key in sorted({c.participant_key for c in rows if c.participant_key}):
        audit.record(session, actor, "viewed_conflicts", key)
    return [_row(c) for c in rows]


def _find(session: Session, actor: Actor, ident: str) -> SyncConflict:
    """By its number in the list, or by (the start of, 8 characters or more) its uuid."""
    query = select(SyncConflict)
    # A number in the list is short; an id's start (as printed, 8 characters) may be all digits.
    if ident.isdigit() and len(ident) < 8:
        query = query.where(SyncConflict.id == int(ident))
    else:
        query = query.where(SyncConflict.uuid.like(f"{ident}%"))
    found = [c for c in _mine(session, actor, list(session.scalars(query)))]
    if len(found) != 1:
        raise NotFound("That conflict is not one of yours.")
    return found[0]


def resolve(session: Session, actor: Actor, ident: str, keep: str) -> ConflictRow:
    """Decide a conflict: keep "mine" (the laptop's value), "theirs" (the server's) or a value
    typed now. A record deleted on one side can only be kept as the other side has it."""
    actor.require(Can.EDIT_CASE)
    conflict = _find(session, actor, ident)
    if conflict.resolved_at is not None:
        raise ValidationFailed(
            Problem(
                "conflict", "decided already by {resolved_by}", resolved_by=conflict.resolved_by
            )
        )
    if conflict.participant_key:
        scope.require_participant(session, actor, conflict.participant_key)
    chosen: Any
    if keep == "theirs":
        chosen = conflict.server_value.get("v")
    elif conflict.field in (RECORD_GONE, NO_ACCESS):
        raise ValidationFailed(
            Problem("--keep", "the record is not on the server: only 'theirs' can be kept")
        )
    elif conflict.field == RECORD_EDITED:
        if keep != "mine":
            raise ValidationFailed(Problem("--keep", "keep 'mine' (delete) or 'theirs'"))
        _delete(session, actor, conflict)
        chosen = None
    else:
        chosen = conflict.laptop_value.get("v") if keep == "mine" else keep
        _set(session, actor, conflict, chosen)
    conflict.resolved_at = utcnow()
    conflict.resolved_by = actor.key
    conflict.resolution = {"keep": keep if keep in ("mine", "theirs") else "value", "v": chosen}
    session.flush()
    if tracking(session):
        _tell_the_server(session, actor, conflict)
    audit.record(
        session, actor, "resolved_conflict", conflict.participant_key, f"{conflict.field} {keep}"
    )
    return _row(conflict)


def _record(session: Session, conflict: SyncConflict) -> Any:
    model: Any = KINDS[conflict.kind]
    found = session.scalar(select(model).where(model.uuid == conflict.record_uuid))
    if found is None:
        raise NotFound("The record of this conflict was deleted meanwhile; keep 'theirs'.")
    return found


def _set(session: Session, actor: Actor, conflict: SyncConflict, value: Any) -> None:
    record = _record(session, conflict)
    name = _FORM_FIELD.get(conflict.field, conflict.field)
    if conflict.kind == "participant":
        participants.update(session, actor, record.key, record.version, {name: value})
    else:
        case_records.update(
            session, actor, conflict.kind, record.uuid, record.version, {name: value}
        )


def _delete(session: Session, actor: Actor, conflict: SyncConflict) -> None:
    if conflict.kind == "participant":
        raise NotAllowed("A person is removed by erasure on the team server, not by a conflict.")
    record = _record(session, conflict)
    case_records.delete(session, actor, conflict.kind, record.uuid, record.version)


def _tell_the_server(session: Session, actor: Actor, conflict: SyncConflict) -> None:
    """A laptop's decision goes to the server with the next sync, after the field's value."""
    session.execute(
        insert(OutboxOp).values(
            op_id=str(uuid.uuid4()),
            at=utcnow(),
            account=actor.key,
            kind="conflict",
            record_uuid=conflict.uuid,
            participant_key=conflict.participant_key,
            action="resolve",
            before=None,
            after=json.loads(json.dumps(conflict.resolution, default=str)),
            base_version=None,
        )
    )
