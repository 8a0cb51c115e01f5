"""A checksum over a SQLite database's content, kept inside it: what makes a backup that was
changed after it was made (a flipped bit, an edit with sqlite3) refuse to be restored.

The checksum covers the schema and every row of every table, read in row order, so it holds
whatever the file's layout (free pages, page order). It is kept in the setting
`backup.checksum` (left out of its own sum) with the audit head at the time of the backup. Where
the audit key is at hand it is an HMAC as well, which someone who edits the file cannot redo.
"""

from __future__ import annotations

import hashlib
import hmac
from typing import Any

from caseapp.storage import audit_chain

SETTING = "backup.checksum"


def _digests(conn: Any, head: str, key: bytes | None) -> tuple[Any, Any]:
    plain = hashlib.sha256()
    keyed = hmac.new(key or b"-", digestmod=hashlib.sha256)

    def feed(data: bytes) -> None:
        plain.update(data)
        keyed.update(data)

    feed(head.encode() + b"\x00")
    tables = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' "
        "AND name NOT LIKE 'sqlite_%' ORDER BY name"
    ).fetchall()
    # A full-text index (a virtual table and its shadow tables) is derived from the records it
    # indexes, which are counted; its shadow tables have no rowid to order by.
    virtual = [n for n, sql in tables if (sql or "").upper().startswith("CREATE VIRTUAL")]
    tables = [(n, sql) for n, sql in tables if not any(n.startswith(v) for v in virtual)]
    for name, sql in tables:
        feed(f"\x1e{name}\x1f{sql}\x1f".encode("utf-8", "surrogatepass"))
        rows = conn.execute(f'SELECT * FROM "{name}" ORDER BY rowid')  # names from the schema
        for row in rows:
            if name == "setting" and row[0] == SETTING:
                continue
            feed(repr(row).encode("utf-8", "surrogatepass") + b"\n")
    return plain, keyed


def stamp(conn: Any, head: str, key: bytes | None) -> None:
    """Write the checksum (and `head`) into the database behind `conn` (DB-API, committed)."""
    plain, keyed = _digests(conn, head, key)
    value = f"sha256 {plain.hexdigest()}\nhead {head}"
    if key is not None:
        value += f"\nhmac {audit_chain.key_id(key)} {keyed.hexdigest()}"
    conn.execute("DELETE FROM setting WHERE key = ?", (SETTING,))
    conn.execute("INSERT INTO setting (key, value) VALUES (?, ?)", (SETTING, value))
    conn.commit()


def recorded_head(conn: Any) -> str | None:
    fields = _fields(conn)
    return fields.get("head") if fields else None


def _fields(conn: Any) -> dict[str, str] | None:
    row = conn.execute("SELECT value FROM setting WHERE key = ?", (SETTING,)).fetchone()
    if row is None:
        return None
    return dict(line.split(" ", 1) for line in row[0].splitlines() if " " in line)


def problem(conn: Any, key: bytes | None) -> str | None:
    """Why the content does not match its checksum, or None when it does."""
    fields = _fields(conn)
    if not fields or "sha256" not in fields or "head" not in fields:
        return "it carries no checksum (it was changed, or not made by caseapp backup)"
    plain, keyed = _digests(conn, fields["head"], key)
    if not hmac.compare_digest(fields["sha256"], plain.hexdigest()):
        return "its content does not match its checksum (changed or damaged after the backup)"
    key_id, _, mac = fields.get("hmac", "").partition(" ")
    if (
        key is not None
        and key_id == audit_chain.key_id(key)
        and not hmac.compare_digest(mac, keyed.hexdigest())
    ):
        return "its content does not match its keyed checksum (changed after the backup)"
    return None
