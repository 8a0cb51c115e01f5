"""The team server's side of a sync, in one transaction: the laptop's operations applied (each
once, field by field), its audit entries joined to the server's log, and then what the laptop
must take in.

A field is applied only where the server's value still equals the laptop's "before"; a field
changed on both sides becomes a conflict, applied nowhere, and the rest of the edit is applied.
New records are always kept. An edit of a record deleted on the server, or a deletion of a
record edited there, is a conflict too. Until a person resolves a conflict, the server's value
stands and the laptop's is kept in the conflict.
"""

from __future__ import annotations

import uuid as uuids
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from sqlalchemy import Table, func, insert, select, update
from sqlalchemy.orm import Session

from caseapp.domain.errors import NotAllowed, Problem, ValidationFailed
from caseapp.services import audit, participants, scope
from caseapp.services.actor import Actor, Can
from caseapp.services.sync import snapshot
from caseapp.storage.base import utcnow
from caseapp.storage.models import AppliedOp, AuditEntry, Device, Participant, SyncConflict
from caseapp.storage.portable import KINDS, Keys, Portable, fields, portable, to_columns

# Conflict "fields" that stand for the whole record.
RECORD_GONE = "*deleted*"  # the laptop edited a record the server deleted
RECORD_EDITED = "*edited*"  # the laptop deleted a record the server changed
NO_ACCESS = "*access*"  # the person is no longer in the account's scope
# Audit actions that change nothing a laptop holds: they send nobody again.
_READS = (
    "viewed",
    "listed",
    "checked_out",
    "synced_to_laptop",
    "audit",
    "insight",
    "export",
    "report",
    "backup",
    "signed",
    "sign_in",
    "account_locked",
)


@dataclass(frozen=True)
class Op:
    """One outbox operation as it travels."""

    op_id: str
    kind: str
    record_uuid: str
    participant_key: str | None
    action: str
    before: Portable | None
    after: Portable | None
    base_version: int | None
    at: datetime
    account: str


@dataclass(frozen=True)
class LaptopEntry:
    """One audit entry of the laptop's, to join the server's log."""

    id: int
    at: datetime
    account: str
    action: str
    participant_key: str | None
    detail: str | None


@dataclass
class Pushed:
    applied: int = 0
    repeated: int = 0  # sent before (a sync cut off after the server had them): not applied again
    conflicts: int = 0
    touched: set[str] = field(default_factory=set)  # participants whose data changed


@dataclass
class Pulled:
    cursor: int
    people: dict[str, list[snapshot.Record]]
    remove: list[str]  # participant uuids that left the laptop's scope
    reference: snapshot.Snapshot
    conflicts: list[dict[str, Any]]


def device_for(session: Session, actor: Actor, device_id: str) -> Device:
    """The laptop's registration, refused when revoked or not the account's."""
    device = session.scalar(select(Device).where(Device.device_id == device_id))
    if device is None or device.account != actor.key:
        raise NotAllowed("This laptop is not registered with the team server: check it out again.")
    if device.revoked_at is not None:
        raise NotAllowed(
            "This laptop was revoked on {revoked_at} by {revoked_by}: it can no longer sync. "
            "Check out again on a laptop the team trusts.",
            revoked_at=f"{device.revoked_at:%Y-%m-%d}",
            revoked_by=device.revoked_by,
        )
    return device


def push(
    session: Session,
    actor: Actor,
    device: Device,
    ops: list[Op],
    entries: list[LaptopEntry],
) -> Pushed:
    """Apply the laptop's operations in the order they were made, each at most once."""
    actor.require(Can.EDIT_CASE)
    done = _already_applied(
        session, [o.op_id for o in ops] + [_entry_id(device, e) for e in entries]
    )
    result = Pushed()
    batch = _Batch(device, Keys(session.connection()))
    for op in ops:
        if op.op_id in done:
            result.repeated += 1
            continue
        op = batch.rekeyed(op)
        outcome = _apply(session, actor, op, batch)
        result.conflicts += len(outcome["conflicts"])
        result.applied += 1
        if op.participant_key:
            result.touched.add(op.participant_key)
        session.add(AppliedOp(op_id=op.op_id, device_id=device.device_id, result=outcome))
    session.flush()
    for key in sorted(result.touched):
        audit.record(session, actor, "synced_change", key, f"device {device.device_id[:8]}")
    for entry in entries:
        op_id = _entry_id(device, entry)
        if op_id in done:
            continue
        detail = f"{entry.detail or ''} [laptop {device.device_id[:8]} {entry.at:%Y-%m-%d %H:%M}]"
        person = entry.participant_key
        audit.record(
            session,
            Actor(entry.account, entry.account, actor.role),
            entry.action,
            batch.renamed.get(person, person) if person else None,
            detail.strip(),
        )
        session.add(AppliedOp(op_id=op_id, device_id=device.device_id))
    session.flush()
    return result


def _entry_id(device: Device, entry: LaptopEntry) -> str:
    return f"audit:{device.device_id}:{entry.id}"


def _already_applied(session: Session, op_ids: list[str]) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(op_ids), 500):
        part = op_ids[start : start + 500]
        found.update(session.scalars(select(AppliedOp.op_id).where(AppliedOp.op_id.in_(part))))
    return found


Outcome = dict[str, Any]  # {"applied": [fields], "conflicts": [fields]}


def _outcome(applied: list[str] | None = None, conflicts: list[str] | None = None) -> Outcome:
    return {"applied": applied or [], "conflicts": conflicts or []}


@dataclass
class _Batch:
    """One push: the laptop, and the people it registered in this push (under the key the
    server gave them, where the laptop's key was taken on the server meanwhile)."""

    device: Device
    keys: Keys
    created: set[str] = field(default_factory=set)
    renamed: dict[str, str] = field(default_factory=dict)

    def rekeyed(self, op: Op) -> Op:
        new = self.renamed.get(op.participant_key or "")
        if new is None:
            return op
        old = op.participant_key

        def swap(values: Portable | None) -> Portable | None:
            if values is None:
                return None
            return {
                k: (new if v == old and k in ("participant_id", "key") else v)
                for k, v in values.items()
            }

        return replace(op, participant_key=new, before=swap(op.before), after=swap(op.after))


def _apply(session: Session, actor: Actor, op: Op, batch: _Batch) -> Outcome:
    """Apply one operation; says which fields were applied and which became conflicts."""
    device, keys = batch.device, batch.keys
    if op.kind == "conflict":
        _close_conflict(session, actor, op)
        return _outcome(["resolution"])
    model = KINDS.get(op.kind)
    if model is None:
        raise ValidationFailed(Problem("outbox", "unknown kind '{kind}'", kind=op.kind))
    conn = session.connection()
    table = _table(model)
    current = conn.execute(select(table).where(table.c.uuid == op.record_uuid)).first()
    person = op.participant_key
    if not _may_write(session, actor, op, current is None, batch.created):
        return _conflict(session, device, op, NO_ACCESS, None, op.after)
    if op.action == "insert":
        if current is None:
            values = to_columns(model, op.after or {}, keys)
            if model is not Participant and values.get("participant_id") is None:
                return _conflict(session, device, op, RECORD_GONE, None, op.after)
            if model is Participant and person:
                taken = conn.scalar(select(table.c.id).where(table.c.key == person))
                if taken is not None:
                    # Someone else got this key while the laptop was away: the server's next.
                    values["key"] = batch.renamed[person] = participants.next_key(session)
                    person = values["key"]
                batch.created.add(person)
            conn.execute(insert(table).values(uuid=op.record_uuid, version=1, **values))
            if model is Participant and person:
                keys.forget_key(Participant, person)
        return _outcome(["*record*"])
    if current is None:
        if op.action == "update":
            return _conflict(session, device, op, RECORD_GONE, None, op.after)
        return _outcome()  # deleted on both sides
    now = portable(model, dict(current._mapping), keys)
    if op.action == "delete":
        changed = [f for f in fields(model) if now.get(f) != (op.before or {}).get(f)]
        if changed:
            return _conflict(session, device, op, RECORD_EDITED, now, None)
        conn.execute(table.delete().where(table.c.uuid == op.record_uuid))
        return _outcome(["*record*"])
    apply: Portable = {}
    conflicts: list[str] = []
    for name, value in (op.after or {}).items():
        if name not in now or now[name] == value:
            continue
        if now[name] == (op.before or {}).get(name):
            apply[name] = value
        else:
            _conflict(session, device, op, name, now[name], value)
            conflicts.append(name)
    if apply:
        columns = to_columns(model, apply, keys)
        conn.execute(
            update(table)
            .where(table.c.uuid == op.record_uuid)
            .values(version=table.c.version + 1, updated_at=utcnow(), **columns)
        )
    return _outcome(sorted(apply), conflicts)


def _close_conflict(session: Session, actor: Actor, op: Op) -> None:
    """A laptop decided a conflict (the value itself came as an ordinary edit before this).
    One the lead decided first stays as the lead decided it."""
    conflict = session.scalar(select(SyncConflict).where(SyncConflict.uuid == op.record_uuid))
    if conflict is not None and conflict.resolved_at is None:
        conflict.resolved_at = utcnow()
        conflict.resolved_by = op.account
        conflict.resolution = op.after


def _table(model: type[Any]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


def _may_write(session: Session, actor: Actor, op: Op, new: bool, created: set[str]) -> bool:
    """The account may still work on the person (a new person is the registrar's own)."""
    if op.kind == "participant" and op.action == "insert" and new:
        return True
    if not op.participant_key:
        return False
    if op.participant_key in created:
        return True
    person = session.scalar(select(Participant).where(Participant.key == op.participant_key))
    if person is None:
        return op.action != "update"  # an insert or delete of someone gone: nothing to guard
    return scope.may_open(session, actor, person)


def _conflict(
    session: Session,
    device: Device,
    op: Op,
    name: str,
    server_value: Any,
    laptop_value: Any,
) -> Outcome:
    by, at = _last_change(session, op)
    session.add(
        SyncConflict(
            uuid=str(uuids.uuid4()),
            device_id=device.device_id,
            kind=op.kind,
            record_uuid=op.record_uuid,
            participant_key=op.participant_key,
            field=name,
            server_value={"v": server_value},
            laptop_value={"v": laptop_value},
            server_changed_by=by,
            server_changed_at=at,
            laptop_changed_by=op.account,
            laptop_changed_at=op.at,
        )
    )
    return _outcome(conflicts=[name])


def _last_change(session: Session, op: Op) -> tuple[str | None, datetime | None]:
    """Who last changed the record on the server, and when, from the audit log."""
    if not op.participant_key:
        return None, None
    t = AuditEntry
    query = select(t.account, t.at).where(t.participant_key == op.participant_key)
    if op.kind == "participant":
        query = query.where(t.action.in_(("edited_participant", "added_participant")))
    else:
        query = query.where(t.detail.like(f"%{op.record_uuid}%"))
    row = session.execute(query.order_by(t.id.desc()).limit(1)).first()
    return (row[0], row[1]) if row else (None, None)


def pull(
    session: Session,
    actor: Actor,
    device: Device,
    cursor: int,
    holding: dict[str, str],
    touched: set[str],
) -> Pulled:
    """What the laptop must take in: everyone of its scope changed since `cursor` (or new to
    it, or just pushed), who left its scope, the reference data and its conflicts."""
    newest = session.scalar(select(func.max(AuditEntry.id))) or 0
    ids = snapshot.in_checkout(session, actor, device.scope)
    rows = session.execute(
        select(Participant.key, Participant.id, Participant.uuid).where(Participant.id.in_(ids))
    ).all()
    in_scope: dict[str, int] = {key: pid for key, pid, _ in rows}
    uuids = {uuid for _, _, uuid in rows}
    changed: set[str] = set(
        key
        for key in session.scalars(
            select(AuditEntry.participant_key)
            .where(AuditEntry.id > cursor, AuditEntry.participant_key.in_(list(in_scope)))
            .where(*(AuditEntry.action.not_like(f"{read}%") for read in _READS))
            .distinct()
        )
        if key is not None
    )
    new_to_laptop = {key for key, _, uuid in rows if uuid not in holding}
    wanted = (changed | touched | new_to_laptop) & set(in_scope)
    people = snapshot.read_people(session, actor, [in_scope[k] for k in sorted(wanted)])
    reference = snapshot.Snapshot()
    snapshot.read_reference_data(session, actor, reference, people)
    conflicts = [
        {
            "uuid": c.uuid,
            "kind": c.kind,
            "record_uuid": c.record_uuid,
            "participant_key": c.participant_key,
            "field": c.field,
            "server_value": c.server_value,
            "laptop_value": c.laptop_value,
            "server_changed_by": c.server_changed_by,
            "server_changed_at": c.server_changed_at,
            "laptop_changed_by": c.laptop_changed_by,
            "laptop_changed_at": c.laptop_changed_at,
            "created_at": c.created_at,
            "resolved_at": c.resolved_at,
            "resolved_by": c.resolved_by,
            "resolution": c.resolution,
        }
        for c in session.scalars(
            select(SyncConflict).where(SyncConflict.device_id == device.device_id)
        )
    ]
    device.last_sync_at = utcnow()
    audit.record_many(session, actor, "synced_to_laptop", sorted(people), device.device_id[:8])
    gone = sorted(uuid for uuid in holding if uuid not in uuids)
    return Pulled(newest, people, gone, reference, conflicts)
