"""The audit log: who looked at or changed whose data. Append-only and hash-chained.

Each entry's hash covers its own fields and the previous entry's hash, keyed with a key kept
outside the database (`storage.audit_chain`), so a changed or removed entry breaks the chain
(`verify`) and nobody without the key can write a chain that verifies. Entries are written in
the caller's transaction: an action and its record commit together or not at all. Reading the
log is itself logged.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, DateTime, and_, event, or_, select, type_coerce
from sqlalchemy.orm import Session, UOWTransaction

from caseapp.domain.cpr import mask_all
from caseapp.services import scope
from caseapp.services.actor import Actor, Can
from caseapp.services.changes import changes_data
from caseapp.storage import audit_chain, notifications
from caseapp.storage.models import AuditEntry, Participant, ProjectGrant, Setting, Staff

# The newest entry's id and hash, kept apart from the log so that removing the last entries
# (which leaves an intact but shorter chain) is found too.
HEAD_SETTING = "audit.head"
GENESIS = audit_chain.GENESIS


def _key() -> bytes:
    """This machine's audit key (made on first need), read once per key file."""
    path = audit_chain.key_path()
    if path not in _keys:
        key = audit_chain.load_key(create=True)
        assert key is not None
        _keys[path] = key
    return _keys[path]


_keys: dict[Path, bytes] = {}


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
    entries = _append(session, actor, action, [_masked(participant)], _masked(detail))
    return entries[0]


def record_many(
    session: Session, actor: Actor, action: str, participants: Iterable[str], detail: str | None
) -> None:
    """One entry per participant, chained exactly as `record` chains them, in a single flush.

    For bulk work: a dataset import or export names thousands of people, and one round trip per
    entry would take longer than the work itself on a database server."""
    _append(session, actor, action, [mask_all(k) for k in participants], _masked(detail))


def _append(
    session: Session,
    actor: Actor,
    action: str,
    participants: list[str | None],
    detail: str | None,
) -> list[AuditEntry]:
    if not participants:
        return []
    key = _key()
    # Takes the chain: other writers wait for this transaction's commit.
    head = audit_chain.take_head(session, HEAD_SETTING)
    prev_hash = _prev_hash(head)
    entries = []
    for participant in participants:
        at = datetime.now(UTC)
        hash_ = audit_chain.entry_hash(key, prev_hash, at, actor.key, action, participant, detail)
        entries.append(
            AuditEntry(
                at=at,
                account=actor.key,
                action=action,
                participant_key=participant,
                detail=detail,
                prev_hash=prev_hash,
                hash=hash_,
            )
        )
        prev_hash = hash_
    session.add_all(entries)
    session.flush()
    _keep_stretch(session, key, entries[0].id)
    audit_chain.move_head(session, HEAD_SETTING, f"{entries[-1].id} {prev_hash}", _news(entries))
    return entries


def head_hash(session: Session) -> str:
    """The hash the next entry will chain to (read without taking the chain)."""
    return _prev_hash(session.scalar(select(Setting.value).where(Setting.key == HEAD_SETTING)))


def _prev_hash(head: str | None) -> str:
    """Chaining to the recorded head rather than to the last row left means that entries removed
    from the end stay visible as a break, even after new entries are written. Without a head
    (removed), a log with entries is chained to nothing, so the removal stays a break too."""
    return head.partition(" ")[2] if head else GENESIS


def _news(entries: list[AuditEntry]) -> str | None:
    """What other users' open screens are told (on the team server) when this commits: the
    newest entry's id and whose data changed; None when nothing changed that a screen shows."""
    changed = {e.participant_key for e in entries if changes_data(e.action)}
    if not changed:
        return None
    who = changed.pop() if len(changed) == 1 else notifications.MANY
    return notifications.payload(entries[-1].id, who)


def _keep_stretch(session: Session, key: bytes, first_id: int) -> None:
    """Record that the chain is keyed with this machine's key from `first_id` on, unless the
    current stretch already is."""
    setting = session.get(Setting, audit_chain.KEYED_SETTING)
    lines = setting.value.splitlines() if setting is not None else []
    current = audit_chain.parse_stretches(lines[-1]) if lines else None
    if current and current[0].key_id == audit_chain.key_id(key):
        return
    if setting is None and session.scalar(
        select(AuditEntry.id).where(AuditEntry.id < first_id).limit(1)
    ):
        # The record was removed from a log that has entries: that stays visible as a break,
        # the new stretch is added after a line saying so, never instead of it.
        lines.append("record-lost")
    lines.append(audit_chain.new_stretch(key, first_id).line())
    if setting is None:
        session.add(Setting(key=audit_chain.KEYED_SETTING, value="\n".join(lines)))
    else:
        setting.value = "\n".join(lines)


def _masked(text: str | None) -> str | None:
    return None if text is None else mask_all(text)


def head_for_print(session: Session) -> str:
    """The newest entry's number and the start of its hash, to print on backups and delivered
    reports: a log rewritten or cut short later no longer ends in what the paper shows."""
    head = session.scalar(select(Setting.value).where(Setting.key == HEAD_SETTING))
    return audit_chain.printed_head(head)


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
    # Stretches keyed with a key this machine does not hold: their hashes were not checked.
    unchecked: list[audit_chain.Stretch] = field(default_factory=list)


def verify(session: Session, batch: int = 50000) -> list[Break]:
    """Walk the chain in id order; report where it is broken (changed, removed or inserted)."""
    return verify_chain(session, batch).breaks


def verify_chain(session: Session, batch: int = 50000) -> ChainReport:
    """Check every entry against the one before it and its hash (keyed where the chain is),
    the record of where the keyed stretches start, and the head. Only reads."""
    breaks: list[Break] = []
    setting = session.get(Setting, audit_chain.KEYED_SETTING)
    stretches = audit_chain.parse_stretches(setting.value if setting else None)
    if stretches is None:
        stretches = []
        breaks.append(Break(0, "the record of the audit key is missing or changed"))
    key = audit_chain.load_key(create=False)
    ours = {s.from_id for s in stretches if key is not None and s.signed_by(key)}
    unchecked = [s for s in stretches if s.from_id not in ours]
    for s in stretches:
        if key is not None and s.key_id == audit_chain.key_id(key) and s.from_id not in ours:
            breaks.append(Break(s.from_id, "the record of where the keyed log starts was changed"))
    starts = sorted((s.from_id, s.from_id in ours) for s in stretches)
    prev_hash, last_id, count, seen = GENESIS, 0, 0, set()
    for entry_id, at, account, action, participant, detail, row_prev, row_hash in _iter_rows(
        session, batch
    ):
        count += 1
        seen.add(entry_id)
        if row_prev != prev_hash:
            breaks.append(Break(entry_id, "does not follow the entry before it (one removed?)"))
        keyed = [checked for start, checked in starts if start <= entry_id]
        if not keyed or keyed[-1]:
            row_key = key if keyed else None
            expected = audit_chain.entry_hash(
                row_key, row_prev, at, account, action, participant, detail
            )
            if row_hash != expected:
                breaks.append(Break(entry_id, "was changed after it was written"))
        prev_hash = row_hash
        last_id = entry_id
    for start, _checked in starts:
        if start not in seen:
            breaks.append(Break(start, "the first entry of a keyed stretch is missing"))
    head = session.get(Setting, HEAD_SETTING)
    if head is not None:
        head_id, _, head_hash = head.value.partition(" ")
        if not head_id.isdigit() or int(head_id) != last_id or head_hash != prev_hash:
            breaks.append(
                Break(
                    last_id,
                    f"the newest entry written was {head_id}, but the log ends at entry "
                    f"{last_id} (entries removed from the end?)",
                )
            )
    else:
        breaks.append(Break(last_id, "the record of the newest entry is missing"))
    if count == 0:
        breaks.append(Break(0, "the log is empty: its entries were removed"))
    return ChainReport(count, prev_hash, breaks, unchecked)


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


def _reach(session: Session, actor: Actor) -> ColumnElement[bool] | None:
    """The entries the reader may see: an administrator (who keeps the system and its
    security) all; a team lead those naming their projects' participants, and the entries
    naming no one that their teams' accounts wrote."""
    if actor.can(Can.MANAGE_ACCOUNTS):
        return None
    me = scope.staff_id(session, actor)
    visible = select(Participant.key).where(Participant.id.in_(scope.visible_ids(actor, me)))
    team = (
        select(Staff.key)
        .join(ProjectGrant, ProjectGrant.staff_id == Staff.id)
        .where(ProjectGrant.project_id.in_(scope.granted_projects(me)))
    )
    t = AuditEntry
    return or_(
        t.participant_key.in_(visible),
        and_(t.participant_key.is_(None), or_(t.account == actor.key, t.account.in_(team))),
    )


def _rows(
    session: Session, filters: Filters, limit: int | None, reach: ColumnElement[bool] | None
) -> list[Row]:
    t = AuditEntry
    query = select(t.id, t.at, t.account, t.action, t.participant_key, t.detail)
    if reach is not None:
        query = query.where(reach)
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
    rows = _rows(session, filters, limit, _reach(session, actor))
    record(session, actor, "audit_searched", filters.participant, filters.describe())
    return rows


def export(session: Session, actor: Actor, filters: Filters, target: str) -> list[Row]:
    """Every matching entry (no limit), for writing to a file; the export is logged."""
    actor.require(Can.READ_AUDIT)
    rows = _rows(session, filters, None, _reach(session, actor))
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
    scope.require_participant(session, actor, participant)
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
