"""A field laptop's bookkeeping, kept in its database's settings."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseapp.storage.models import Setting
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
