"""Locks that depend on the database: what serialises writers of a shared sequence."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

_AUDIT_LOCK = 0x6361_7365  # an arbitrary, fixed advisory lock number for the audit chain


def lock_audit_chain(session: Session) -> None:
    """Make the caller the only writer of the audit chain until its transaction ends.

    SQLite writers already hold the database's write lock (BEGIN IMMEDIATE); PostgreSQL needs an
    advisory lock so two writers cannot both chain to the same previous entry.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _AUDIT_LOCK})
