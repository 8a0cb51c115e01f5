"""Locks that depend on the database: what serialises writers of a shared sequence.

SQLite writers already hold the database's write lock (BEGIN IMMEDIATE), so one writer at a time
runs anyway; PostgreSQL needs an advisory lock, held until the transaction ends, wherever two
writers could otherwise both read the same "last" value and write the same next one.
"""

from __future__ import annotations

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

# Arbitrary, fixed advisory lock numbers, one per sequence.
# (0x6361_7365, the audit chain's, is taken in storage/audit_chain.py.)
_PARTICIPANT_KEYS = 0x6361_7366  # the next free participant key (P-NNNN)
_SCHEMA = 0x6361_7367  # upgrading the schema


def _advisory(executor: Session | Connection, number: int) -> None:
    bind = executor.get_bind() if isinstance(executor, Session) else executor
    if bind.dialect.name == "postgresql":
        executor.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": number})


def lock_participant_keys(session: Session) -> None:
    """Make the caller the only one picking a new participant key until its transaction ends."""
    _advisory(session, _PARTICIPANT_KEYS)


def lock_schema(conn: Connection) -> None:
    """Make the caller the only one upgrading the schema until its transaction ends."""
    _advisory(conn, _SCHEMA)
