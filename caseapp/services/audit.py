"""The audit log: who looked at or changed whose data. Append-only and hash-chained.

Each entry's hash covers its own fields and the previous entry's hash, so a changed or removed
entry breaks the chain (`verify`). Entries are written in the caller's transaction: an action and
its record commit together or not at all.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseapp.services.actor import Actor
from caseapp.storage.locks import lock_audit_chain
from caseapp.storage.models import AuditEntry

GENESIS = "0" * 64


def entry_hash(
    prev_hash: str,
    at: datetime,
    account: str,
    action: str,
    participant: str | None,
    detail: str | None,
) -> str:
    stamp = at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    text = "\x1f".join((prev_hash, stamp, account, action, participant or "", detail or ""))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def record(
    session: Session,
    actor: Actor,
    action: str,
    participant: str | None = None,
    detail: str | None = None,
) -> AuditEntry:
    """Append one entry. `detail` says what, never the sensitive value itself."""
    lock_audit_chain(session)
    prev = session.scalar(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1))
    prev_hash = prev or GENESIS
    at = datetime.now(UTC)
    entry = AuditEntry(
        at=at,
        account=actor.key,
        action=action,
        participant_key=participant,
        detail=detail,
        prev_hash=prev_hash,
        hash=entry_hash(prev_hash, at, actor.key, action, participant, detail),
    )
    session.add(entry)
    session.flush()
    return entry


def record_many(
    session: Session, actor: Actor, action: str, participants: Iterable[str], detail: str | None
) -> None:
    for key in participants:
        record(session, actor, action, key, detail)


@dataclass(frozen=True)
class Break:
    entry_id: int
    problem: str


def verify(session: Session, batch: int = 20000) -> list[Break]:
    """Walk the chain in id order; report where it is broken (changed, removed or inserted)."""
    breaks: list[Break] = []
    prev_hash = GENESIS
    for row in _iter_entries(session, batch):
        if row.prev_hash != prev_hash:
            breaks.append(Break(row.id, "does not follow the entry before it (one removed?)"))
        expected = entry_hash(
            row.prev_hash, row.at, row.account, row.action, row.participant_key, row.detail
        )
        if row.hash != expected:
            breaks.append(Break(row.id, "was changed after it was written"))
        prev_hash = row.hash
    return breaks


def _iter_entries(session: Session, batch: int) -> Iterator[AuditEntry]:
    last = 0
    while True:
        rows = session.scalars(
            select(AuditEntry).where(AuditEntry.id > last).order_by(AuditEntry.id).limit(batch)
        ).all()
        if not rows:
            return
        yield from rows
        last = rows[-1].id
        session.expunge_all()
