"""A field laptop's bookkeeping, kept in its database's settings."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from caseapp.storage.models import OutboxOp, Setting, SyncConflict
from caseapp.storage.outbox import ACCOUNT_SETTING, DEVICE_SETTING

SERVER = "sync.server"  # the team server's address, as given at checkout
SCOPE = "sync.scope"  # "mine" or "project:KEY"
CURSOR = "sync.cursor"  # the newest server audit entry taken in
AUDIT_SENT = "sync.audit_sent"  # the newest laptop audit entry sent
LAST_SYNCED = "sync.last_synced"  # ISO time of the last completed sync
DEVICE = DEVICE_SETTING
ACCOUNT = ACCOUNT_SETTING


def read(session: Session) -> dict[str, str]:
    rows = session.execute(select(Setting.key, Setting.value).where(Setting.key.like("sync.%")))
    return {key: value for key, value in rows}


def write(session: Session, values: dict[str, str]) -> None:
    for key, value in values.items():
        row = session.get(Setting, key)
        if row is None:
            session.add(Setting(key=key, value=value))
        else:
            row.value = value
    session.flush()


@dataclass(frozen=True)
class LaptopStatus:
    """What a field laptop's window shows: where it syncs to, when it last did, what waits."""

    server: str
    account: str
    scope: str
    last_synced: datetime | None
    unsent: int
    open_conflicts: int


def laptop_status(session: Session) -> LaptopStatus | None:
    """None on a database that is not a checked-out laptop."""
    values = read(session)
    if DEVICE not in values:
        return None
    unsent = session.scalar(select(func.count(OutboxOp.id)).where(OutboxOp.sent_at.is_(None)))
    conflicts = session.scalar(
        select(func.count(SyncConflict.id)).where(SyncConflict.resolved_at.is_(None))
    )
    last = values.get(LAST_SYNCED)
    return LaptopStatus(
        values.get(SERVER, ""),
        values.get(ACCOUNT, ""),
        values.get(SCOPE, "mine"),
        datetime.fromisoformat(last) if last else None,
        unsent or 0,
        conflicts or 0,
    )
