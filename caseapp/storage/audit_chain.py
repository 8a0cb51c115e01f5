"""The audit chain's key and hashes: what makes the log impossible to rewrite without the key.

Each entry's hash covers its fields and the previous entry's hash. From the entry where the chain
became keyed on, the hash is an HMAC-SHA256 under a key that is not in the database: a key file
an administrator holds (`CASEAPP_AUDIT_KEY_FILE`, else `audit.key` in the user's data folder),
made on first need, readable by its owner only. Someone who can write to the database but has no
key can no longer recompute the chain after changing an entry, nor append a forged one.

Where the chain is keyed, and with which key, is kept in the setting `audit.keyed`, one line per
stretch: `FROM_ID KEY_ID MAC`, the MAC made with that stretch's key so that the line cannot be
moved or invented without it. Entries before the first stretch (written before keys existed) keep
their plain SHA-256 hashes; the first keyed entry chains to them, so they cannot be changed
either without a break. A database written on a machine with another key starts a new stretch.

Appending takes few round trips: the chain has one head, so its writers take turns from reading
the head until they commit (`take_head`), insert the entries, and move the head (`move_head`,
which on the team server also NOTIFYs the listeners in the same statement).
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from platformdirs import user_data_dir
from sqlalchemy import select, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from caseapp.storage.models import AuditEntry, Setting
from caseapp.storage.notifications import CHANNEL

KEY_FILE_ENV = "CASEAPP_AUDIT_KEY_FILE"
KEYED_SETTING = "audit.keyed"
GENESIS = "0" * 64


def key_path() -> Path:
    named = os.environ.get(KEY_FILE_ENV)
    if named:
        return Path(named).expanduser()
    return Path(user_data_dir("caseapp", appauthor=False)) / "audit.key"


def load_key(*, create: bool) -> bytes | None:
    """The audit key from its file; with `create`, a new one is made when there is none."""
    path = key_path()
    try:
        return bytes.fromhex(path.read_text(encoding="ascii").strip())
    except FileNotFoundError:
        if not create:
            return None
    except ValueError:
        raise OSError(f"the audit key file {path} is damaged") from None
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    key = secrets.token_bytes(32)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another program made it a moment ago: use theirs
        return load_key(create=False)
    with os.fdopen(fd, "w", encoding="ascii") as f:
        f.write(key.hex() + "\n")
    return key


def key_id(key: bytes) -> str:
    """A short name of the key that says nothing about it: which key keyed which stretch."""
    return hmac.new(key, b"caseapp audit key id", hashlib.sha256).hexdigest()[:16]


def stamp(at: datetime) -> str:
    """The time as UTC text; a time without a zone is taken as UTC (as stored)."""
    if at.tzinfo is not None:
        at = at.astimezone(UTC).replace(tzinfo=None)
    return at.isoformat(timespec="microseconds") + "Z"


def entry_hash(
    key: bytes | None,
    prev_hash: str,
    at: datetime,
    account: str,
    action: str,
    participant: str | None,
    detail: str | None,
) -> str:
    """The entry's hash: HMAC-SHA256 under `key`, plain SHA-256 for entries before keys."""
    text = "\x1f".join((prev_hash, stamp(at), account, action, participant or "", detail or ""))
    data = text.encode("utf-8", "surrogatepass")
    if key is None:
        return hashlib.sha256(data).hexdigest()
    return hmac.new(key, data, hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class Stretch:
    """From entry `from_id` on (until the next stretch), the chain is keyed with `key_id`."""

    from_id: int
    key_id: str
    mac: str

    def line(self) -> str:
        return f"{self.from_id} {self.key_id} {self.mac}"

    def signed_by(self, key: bytes) -> bool:
        return key_id(key) == self.key_id and hmac.compare_digest(
            self.mac, stretch_mac(key, self.from_id)
        )


def stretch_mac(key: bytes, from_id: int) -> str:
    return hmac.new(key, f"audit keyed from {from_id}".encode(), hashlib.sha256).hexdigest()


def new_stretch(key: bytes, from_id: int) -> Stretch:
    return Stretch(from_id, key_id(key), stretch_mac(key, from_id))


def parse_stretches(value: str | None) -> list[Stretch] | None:
    """The stretches recorded in the setting; None when it is missing or not readable."""
    if value is None:
        return None
    stretches = []
    for line in value.splitlines():
        parts = line.split()
        if len(parts) != 3 or not parts[0].isdigit():
            return None
        stretches.append(Stretch(int(parts[0]), parts[1], parts[2]))
    return stretches or None


def format_stretches(stretches: list[Stretch]) -> str:
    return "\n".join(s.line() for s in stretches)


def printed_head(head_setting: str | None) -> str:
    """The head as printed on paper: the newest entry's number and the start of its hash."""
    if not head_setting:
        return "audit -"
    entry_id, _, hash_ = head_setting.partition(" ")
    return f"audit {entry_id}:{hash_[:16]}"


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
