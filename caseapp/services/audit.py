"""The audit log: who looked at or changed whose data. Append-only and hash-chained.

Each entry's hash covers its own fields and the previous entry's hash, so a changed or removed
entry breaks the chain (`verify`). Entries are written in the caller's transaction: an action and
its record commit together or not at all. Reading the log is itself logged.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import DateTime, event, select, type_coerce
from sqlalchemy.orm import Session, UOWTransaction

from caseapp.domain.cpr import mask_all
from caseapp.services.actor import Actor, Can
from caseapp.storage.locks import lock_audit_chain
from caseapp.storage.models import AuditEntry, Setting, Staff

GENESIS = "0" * 64
# The newest entry's id and hash, kept apart from the log so that removing the last entries
# (which leaves an intact but shorter chain) is found too.
HEAD_SETTING = "audit.head"


def entry_hash(
    prev_hash: str,
    at: datetime,
    account: str,
    action: str,
    participant: str | None,
    detail: str | None,
) -> str:
    text = "\x1f".join((prev_hash, _stamp(at), account, action, participant or "", detail or ""))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _stamp(at: datetime) -> str:
    """The time as UTC text; a time without a zone is taken as UTC (as stored)."""
    if at.tzinfo is not None:
        at = at.astimezone(UTC).replace(tzinfo=None)
    return at.isoformat(timespec="microseconds") + "Z"


def record(
    session: Session,
    actor: Actor,
    action: str,
    participant: str | None = None,
    detail: str | None = None,
) -> AuditEntry:
    """Append one entry. `detail` says what, never the sensitive value itself.

    The log is append-only and outlives erasure, so a CPR number typed as a key or a search is
    masked before it is kept."""
    participant, detail = _masked(participant), _masked(detail)
    lock_audit_chain(session)
    prev_hash = _head_hash(session)
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
    _move_head(session, entry)
    return entry


def _masked(text: str | None) -> str | None:
    return None if text is None else mask_all(text)


def _head_hash(session: Session) -> str:
    """The hash to chain to: the newest entry ever written, as the head records it.

    Chaining to the recorded head rather than to the last row left means that entries removed
    from the end stay visible as a break, even after new entries are written."""
    head = session.scalar(select(Setting.value).where(Setting.key == HEAD_SETTING))
    if head is not None:
        return head.partition(" ")[2]
    last = session.scalar(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1))
    return last or GENESIS


def _move_head(session: Session, entry: AuditEntry) -> None:
    value = f"{entry.id} {entry.hash}"
    head = session.get(Setting, HEAD_SETTING)
    if head is None:
        session.add(Setting(key=HEAD_SETTING, value=value))
    else:
        head.value = value


def record_many(
    session: Session, actor: Actor, action: str, participants: Iterable[str], detail: str | None
) -> None:
    """One entry per participant, chained exactly as `record` chains them, in a single flush.

    For bulk work: a dataset import or export names thousands of people, and one round trip per
    entry would take longer than the work itself on a database server."""
    lock_audit_chain(session)
    prev_hash = _head_hash(session)
    entries = []
    detail = _masked(detail)
    for key in map(mask_all, participants):
        at = datetime.now(UTC)
        entry_hash_ = entry_hash(prev_hash, at, actor.key, action, key, detail)
        entries.append(
            AuditEntry(
                at=at,
                account=actor.key,
                action=action,
                participant_key=key,
                detail=detail,
                prev_hash=prev_hash,
                hash=entry_hash_,
            )
        )
        prev_hash = entry_hash_
    if entries:
        session.add_all(entries)
        session.flush()
        _move_head(session, entries[-1])


@event.listens_for(Session, "before_flush")
def _refuse_audit_changes(session: Session, _flush: UOWTransaction, _instances: Any) -> None:
    """The program only ever appends to the log: an attempt to edit or delete an entry is a bug."""
    for obj in (*session.dirty, *session.deleted):
        if isinstance(obj, AuditEntry):
            raise RuntimeError("audit entries are append-only")


# --- verifying the chain ------------------------------------------------------------------


@dataclass(frozen=True)
class Break:
    entry_id: int
    problem: str


@dataclass(frozen=True)
class ChainReport:
    entries: int
    head_hash: str
    breaks: list[Break]


def verify(session: Session, batch: int = 50000) -> list[Break]:
    """Walk the chain in id order; report where it is broken (changed, removed or inserted)."""
    return verify_chain(session, batch).breaks


def verify_chain(session: Session, batch: int = 50000) -> ChainReport:
    breaks: list[Break] = []
    prev_hash = GENESIS
    last_id = 0
    count = 0
    for entry_id, at, account, action, participant, detail, row_prev, row_hash in _iter_rows(
        session, batch
    ):
        count += 1
        if row_prev != prev_hash:
            breaks.append(Break(entry_id, "does not follow the entry before it (one removed?)"))
        if row_hash != entry_hash(row_prev, at, account, action, participant, detail):
            breaks.append(Break(entry_id, "was changed after it was written"))
        prev_hash = row_hash
        last_id = entry_id
    head = session.get(Setting, HEAD_SETTING)
    if head is not None:
        head_id, _, head_hash = head.value.partition(" ")
        if int(head_id) != last_id or head_hash != prev_hash:
            breaks.append(
                Break(
                    int(head_id),
                    f"is the newest entry written, but the log ends at entry {last_id} "
                    "(entries removed from the end?)",
                )
            )
    elif count:
        breaks.append(Break(last_id, "the record of the newest entry is missing"))
    return ChainReport(count, prev_hash, breaks)


def _iter_rows(session: Session, batch: int) -> Iterator[Any]:
    # Plain tuples straight from the connection, the time without its UTC wrapper: a million
    # entries must verify in seconds.
    t = AuditEntry.__table__.c
    at = type_coerce(t.at, DateTime(timezone=True)).label("at")
    columns = (t.id, at, t.account, t.action, t.participant_key, t.detail, t.prev_hash, t.hash)
    conn = session.connection()
    last = 0
    while True:
        query = select(*columns).where(t.id > last).order_by(t.id).limit(batch)
        chunk = conn.execute(query).all()
        if not chunk:
            return
        yield from chunk
        last = chunk[-1][0]


# --- reading the log ----------------------------------------------------------------------


@dataclass(frozen=True)
class Filters:
    participant: str | None = None
    account: str | None = None
    action: str | None = None
    since: date | None = None
    until: date | None = None  # inclusive

    def describe(self) -> str:
        parts = [f"{k}={v}" for k, v in vars(self).items() if v is not None]
        return " ".join(parts) or "all"


@dataclass(frozen=True)
class Row:
    id: int
    at: datetime
    account: str
    action: str
    participant: str | None
    detail: str | None


def _local_midnight(day: date) -> datetime:
    return datetime.combine(day, time()).astimezone().astimezone(UTC)


def _rows(session: Session, filters: Filters, limit: int | None) -> list[Row]:
    t = AuditEntry
    query = select(t.id, t.at, t.account, t.action, t.participant_key, t.detail)
    if filters.participant:
        query = query.where(t.participant_key == filters.participant)
    if filters.account:
        query = query.where(t.account == filters.account)
    if filters.action:
        query = query.where(t.action == filters.action)
    if filters.since:
        query = query.where(t.at >= _local_midnight(filters.since))
    if filters.until:
        query = query.where(t.at < _local_midnight(filters.until + timedelta(days=1)))
    query = query.order_by(t.at.desc(), t.id.desc())
    if limit is not None:
        query = query.limit(limit)
    return [Row(*r) for r in session.execute(query)]


def search(session: Session, actor: Actor, filters: Filters, limit: int | None = 1000) -> list[Row]:
    """Entries matching the filters, newest first. Reading the log is itself logged."""
    actor.require(Can.READ_AUDIT)
    rows = _rows(session, filters, limit)
    record(session, actor, "audit_searched", filters.participant, filters.describe())
    return rows


def export(session: Session, actor: Actor, filters: Filters, target: str) -> list[Row]:
    """Every matching entry (no limit), for writing to a file; the export is logged."""
    actor.require(Can.READ_AUDIT)
    rows = _rows(session, filters, None)
    record(session, actor, "audit_exported", filters.participant, f"{filters.describe()} {target}")
    return rows


@dataclass(frozen=True)
class Access:
    """One time someone looked at or changed a person's file."""

    at: datetime
    account: str
    name: str
    action: str


def file_accesses(
    session: Session, actor: Actor, participant: str, limit: int = 200
) -> list[Access]:
    """Who has looked at this person's file, newest first: for anyone who may open the file."""
    actor.require(Can.READ_CASE)
    t = AuditEntry
    query = (
        select(t.at, t.account, Staff.name, t.action)
        .outerjoin(Staff, Staff.key == t.account)
        .where(t.participant_key == participant)
        .order_by(t.at.desc(), t.id.desc())
        .limit(limit)
    )
    rows = [
        Access(at, account, name or account, action)
        for at, account, name, action in session.execute(query)
    ]
    record(session, actor, "viewed_access_log", participant)
    return rows
