"""Keyed audit chain: from the next entry on, entries are hashed with the audit key

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 10:45:00

The entries already written keep their plain hashes; the stretch that starts here is recorded in
the setting `audit.keyed` (signed with the key), and its first entry says so. A log that keyed
entries were removed from, down to nothing, is then always seen as broken.
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from caseapp.storage import audit_chain

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_entries = sa.table(
    "audit_entry",
    sa.column("id", sa.Integer),
    sa.column("at", sa.DateTime(timezone=True)),
    sa.column("account", sa.String),
    sa.column("action", sa.String),
    sa.column("participant_key", sa.String),
    sa.column("detail", sa.Text),
    sa.column("prev_hash", sa.String),
    sa.column("hash", sa.String),
)
_settings = sa.table("setting", sa.column("key", sa.String), sa.column("value", sa.Text))
_HEAD = "audit.head"


def upgrade() -> None:
    conn = op.get_bind()
    key = audit_chain.load_key(create=True)
    assert key is not None
    last_id = conn.execute(sa.select(sa.func.max(_entries.c.id))).scalar() or 0
    head = conn.execute(sa.select(_settings.c.value).where(_settings.c.key == _HEAD)).scalar()
    if head is not None:
        prev_hash = head.partition(" ")[2]
    else:
        last = conn.execute(sa.select(_entries.c.hash).where(_entries.c.id == last_id)).scalar()
        prev_hash = last or audit_chain.GENESIS
    first = last_id + 1
    at = datetime.now(UTC).replace(tzinfo=None)
    detail = f"keyed with key {audit_chain.key_id(key)}"
    entry_hash = audit_chain.entry_hash(key, prev_hash, at, "system", "audit_keyed", None, detail)
    conn.execute(
        _entries.insert().values(
            id=first,
            at=at,
            account="system",
            action="audit_keyed",
            participant_key=None,
            detail=detail,
            prev_hash=prev_hash,
            hash=entry_hash,
        )
    )
    stretch = audit_chain.new_stretch(key, first)
    conn.execute(_settings.delete().where(_settings.c.key.in_([_HEAD, audit_chain.KEYED_SETTING])))
    conn.execute(
        _settings.insert(),
        [
            {"key": audit_chain.KEYED_SETTING, "value": stretch.line()},
            {"key": _HEAD, "value": f"{first} {entry_hash}"},
        ],
    )
    if conn.dialect.name == "postgresql":
        # The id was given explicitly: let the sequence go on after it.
        conn.execute(
            sa.text(
                "SELECT setval(pg_get_serial_sequence('audit_entry', 'id'), "
                "(SELECT MAX(id) FROM audit_entry))"
            )
        )


def downgrade() -> None:
    conn = op.get_bind()
    conn.execute(_settings.delete().where(_settings.c.key == audit_chain.KEYED_SETTING))
