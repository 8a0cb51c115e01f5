"""Appending to the audit chain in few round trips.

The chain has one head, so its writers take turns from reading the head until they commit; every
round trip made in that turn is one that all other writers wait for. So the turn is three
statements: take the turn and read the head, insert the entries (the caller's flush), move the
head (and, on the team server, NOTIFY the listeners in the same statement). The hashing itself is
the caller's.
"""

from __future__ import annotations

from sqlalchemy import select, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from caseapp.storage.models import AuditEntry, Setting
from caseapp.storage.notifications import CHANNEL

_AUDIT_LOCK = 0x6361_7365  # an arbitrary, fixed advisory lock number for the audit chain


def _on_server(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def take_head(session: Session, head_key: str) -> str | None:
    """Become the chain's only writer until this transaction ends; the recorded head's value.

    SQLite writers already hold the database's write lock (BEGIN IMMEDIATE). On PostgreSQL the
    head's row is locked (FOR UPDATE): a writer that had to wait reads the head as its holder
    committed it, in the same round trip. A database without a head yet (its first entries) has
    no row to lock, so an advisory lock stands in, and the head is read after it is held (a
    statement's snapshot is taken when it starts, before any wait)."""
    head_query = select(Setting.value).where(Setting.key == head_key)
    if not _on_server(session):
        return session.scalar(head_query)
    head = session.scalar(head_query.with_for_update())
    if head is None:
        session.execute(text("SELECT pg_advisory_xact_lock(:lock)"), {"lock": _AUDIT_LOCK})
        head = session.scalar(head_query.with_for_update())
    return head


def last_hash(session: Session) -> str | None:
    return session.scalar(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1))


def move_head(session: Session, head_key: str, value: str, announce: str | None) -> None:
    """Record the newest entry as the head; with `announce`, NOTIFY it at commit (server only)."""
    if _on_server(session):
        upsert = postgresql.insert(Setting).values(key=head_key, value=value)
        upsert = upsert.on_conflict_do_update(index_elements=["key"], set_={"value": value})
        if announce is None:
            session.execute(upsert)
            return
        moved = upsert.returning(Setting.key).cte("moved")
        session.execute(
            select(text("pg_notify(:channel, :message)")).select_from(moved),
            {"channel": CHANNEL, "message": announce},
        )
        return
    lite = sqlite.insert(Setting).values(key=head_key, value=value)
    session.execute(lite.on_conflict_do_update(index_elements=["key"], set_={"value": value}))
