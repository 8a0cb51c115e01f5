"""The field laptop's side of a sync: what to send (the unsent outbox, and the audit entries
the server has not had), and taking in what the server sent back, in one transaction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from caseapp.services.sync import snapshot, state
from caseapp.services.sync.exchange import LaptopEntry, Op, Pulled
from caseapp.storage.base import utcnow
from caseapp.storage.models import AuditEntry, OutboxOp, Participant, SyncConflict
from caseapp.storage.outbox import APPLYING


@dataclass(frozen=True)
class Outgoing:
    ops: list[Op]
    entries: list[LaptopEntry]
    holding: dict[str, str]  # participant uuid -> key


def outgoing(session: Session) -> Outgoing:
    settings = state.read(session)
    ops = [
        Op(
            o.op_id,
            o.kind,
            o.record_uuid,
            o.participant_key,
            o.action,
            o.before,
            o.after,
            o.base_version,
            o.at,
            o.account,
        )
        for o in session.scalars(
            select(OutboxOp).where(OutboxOp.sent_at.is_(None)).order_by(OutboxOp.id)
        )
    ]
    since = int(settings.get(state.AUDIT_SENT, "0"))
    entries = [
        LaptopEntry(e.id, e.at, e.account, e.action, e.participant_key, e.detail)
        for e in session.scalars(
            select(AuditEntry).where(AuditEntry.id > since).order_by(AuditEntry.id)
        )
    ]
    holding = dict(iter(session.execute(select(Participant.uuid, Participant.key))))
    return Outgoing(ops, entries, holding)


def take_in(session: Session, account: str, sent: Outgoing, pulled: Pulled) -> int:
    """Mark what was sent, and take in the server's data; a person with changes made on the
    laptop while this sync ran keeps them until the next sync. Returns records written."""
    session.info[APPLYING] = True
    try:
        sent_ids = [o.op_id for o in sent.ops]
        for start in range(0, len(sent_ids), 500):
            session.execute(
                update(OutboxOp)
                .where(OutboxOp.op_id.in_(sent_ids[start : start + 500]))
                .values(sent_at=utcnow())
            )
        busy = set(
            session.scalars(
                select(OutboxOp.participant_key).where(OutboxOp.sent_at.is_(None)).distinct()
            )
        )
        snapshot.write_reference_data(session, account, pulled.reference)
        people = {k: v for k, v in pulled.people.items() if k not in busy}
        written = snapshot.write_people(session, people)
        keep = {uuid for uuid, key in sent.holding.items() if key in busy}
        snapshot.remove_people(session, [u for u in pulled.remove if u not in keep])
        _take_conflicts(session, pulled.conflicts)
        last_entry = max((e.id for e in sent.entries), default=None)
        values = {state.CURSOR: str(pulled.cursor), state.LAST_SYNCED: utcnow().isoformat()}
        if last_entry is not None:
            values[state.AUDIT_SENT] = str(last_entry)
        state.write(session, values)
        session.flush()
    finally:
        session.info.pop(APPLYING, None)
    return written


def _take_conflicts(session: Session, conflicts: list[dict[str, Any]]) -> None:
    """The laptop's copy of its conflicts, as the server has them."""
    session.execute(delete(SyncConflict))
    for c in conflicts:
        row = dict(c)
        for name in ("server_changed_at", "laptop_changed_at", "created_at", "resolved_at"):
            if isinstance(row.get(name), str):
                row[name] = datetime.fromisoformat(row[name])
        session.execute(insert(SyncConflict).values(device_id="server", **row))
