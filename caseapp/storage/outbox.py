"""On a field laptop, every change is also written to the outbox, in the same transaction.

A laptop's database is marked by the settings its checkout wrote (`sync.device`); its writing
sessions then carry the account in `session.info`, and after each flush the new, changed and
deleted records are written to the outbox with their fields' values before and after. Work
that only brings the server's data in (a sync's pull) marks its session `APPLYING` and is not
recorded again.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import event, insert, inspect, select
from sqlalchemy.orm import Session, UOWTransaction

from caseapp.storage.base import utcnow
from caseapp.storage.database import Database
from caseapp.storage.models import OutboxOp, Participant, Setting
from caseapp.storage.portable import REFERENCES, Keys, fields, kind_of, of_object, to_plain

ACCOUNT = "outbox_account"  # session.info key: the laptop's account; absent on other databases
APPLYING = "sync_applying"  # session.info key: the server's data coming in, not recorded
DEVICE_SETTING = "sync.device"
ACCOUNT_SETTING = "sync.account"


def attach(database: Database) -> str | None:
    """Record changes to the outbox when `database` is a field laptop's; returns its account."""
    with database.reader() as session:
        found: dict[str, str] = dict(
            iter(
                session.execute(
                    select(Setting.key, Setting.value).where(
                        Setting.key.in_((DEVICE_SETTING, ACCOUNT_SETTING))
                    )
                )
            )
        )
    account = found.get(ACCOUNT_SETTING) if DEVICE_SETTING in found else None
    if account:
        database.set_session_info(**{ACCOUNT: account})
    return account


def tracking(session: Session) -> bool:
    """Whether this session belongs to a field laptop's database."""
    return bool(session.info.get(ACCOUNT))


def _participant_key(obj: Any, keys: Keys) -> str | None:
    if isinstance(obj, Participant):
        return obj.key
    return keys.key_of(Participant, getattr(obj, "participant_id", None))


def _changes(obj: Any, keys: Keys) -> tuple[dict[str, Any], dict[str, Any], int | None]:
    """(before, after, version before) of the fields this flush changed."""
    state = inspect(obj)
    before: dict[str, Any] = {}
    after: dict[str, Any] = {}
    wanted = set(fields(type(obj)))
    old_version = None
    for attr in state.mapper.column_attrs:
        history = state.attrs[attr.key].history
        if attr.key == "version" and history.deleted:
            old_version = history.deleted[0]
        if attr.key not in wanted or not history.added:
            continue
        old = history.deleted[0] if history.deleted else None
        new = history.added[0]
        if old == new:
            continue
        target = REFERENCES.get(attr.key)
        if target is not None:
            before[attr.key], after[attr.key] = keys.key_of(target, old), keys.key_of(target, new)
        else:
            before[attr.key], after[attr.key] = to_plain(old), to_plain(new)
    if old_version is None and getattr(obj, "version", None):
        # The version column moves on in the UPDATE itself; the flush has already set it.
        old_version = obj.version - 1
    return before, after, old_version


@event.listens_for(Session, "after_flush")
def _record(session: Session, _flush: UOWTransaction) -> None:
    account = session.info.get(ACCOUNT)
    if not account or session.info.get(APPLYING):
        return
    keys = Keys(session.connection())
    now = utcnow()
    rows: list[dict[str, Any]] = []

    def add(obj: Any, action: str, before: Any, after: Any, version: int | None) -> None:
        rows.append(
            {
                "op_id": str(uuid.uuid4()),
                "at": now,
                "account": account,
                "kind": kind_of(obj),
                "record_uuid": obj.uuid,
                "participant_key": _participant_key(obj, keys),
                "action": action,
                "before": before,
                "after": after,
                "base_version": version,
                "sent_at": None,
            }
        )

    for obj in session.new:
        if kind_of(obj) is not None:
            add(obj, "insert", None, of_object(obj, keys), None)
    for obj in session.dirty:
        if kind_of(obj) is not None and session.is_modified(obj):
            before, after, version = _changes(obj, keys)
            if after:
                add(obj, "update", before, after, version)
    for obj in session.deleted:
        if kind_of(obj) is not None:
            add(obj, "delete", of_object(obj, keys), None, obj.version)
    if rows:
        session.connection().execute(insert(OutboxOp), rows)
