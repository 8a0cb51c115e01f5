"""A checkout and a sync, both sides: the laptop's database and the team server's.

A sync is two transactions, the server's then the laptop's. Cut off between them (the
process killed, the cable pulled), the next sync sends the same operations again and the
server, which remembers each one it applied, applies none of them twice.
"""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from caseapp.domain.errors import Problem, ValidationFailed
from caseapp.services import accounts, audit
from caseapp.services.actor import Actor, Can
from caseapp.services.sync import exchange, laptop, snapshot, state
from caseapp.storage.base import utcnow
from caseapp.storage.database import Database, open_database
from caseapp.storage.models import AuditEntry, Device, SyncConflict

OpenServer = Callable[[str], Database]


def _open_server(address: str) -> Database:
    # A laptop never upgrades its team server: another schema is refused, nothing synced.
    return open_database(address, upgrade=False)


@dataclass(frozen=True)
class CheckedOut:
    path: Path
    device_id: str
    participants: int
    records: int
    seconds: float


def checkout(
    server: Database,
    actor: Actor,
    target: Path,
    *,
    server_address: str,
    mode: str = "mine",
    passphrase: str | None = None,
    device_name: str = "",
) -> CheckedOut:
    """Make a laptop database of the account's caseload (`mode` "mine" or "project:KEY") and
    register the device with the server; nothing is left behind when anything fails."""
    started = time.perf_counter()
    actor.require(Can.EDIT_CASE)
    if target.exists():
        raise ValidationFailed(
            Problem("--db", "{target} exists already; a checkout never overwrites", target=target)
        )
    device_id = str(uuid.uuid4())
    reference = snapshot.Snapshot()
    with server.reader() as s:
        # The mark first: whatever changes after it is sent again at the first sync.
        cursor = s.scalar(select(func.max(AuditEntry.id))) or 0
        ids = sorted(set(s.scalars(snapshot.in_checkout(s, actor, mode))))
        people = snapshot.read_people(s, actor, ids)
        snapshot.read_reference_data(s, actor, reference, people)
    partial = target.with_name(target.name + ".partial")
    _remove(partial)
    try:
        local = open_database(partial, create=True, passphrase=passphrase)
        try:
            with local.unit_of_work() as ls:
                snapshot.write_reference_data(ls, actor.key, reference)
                records = snapshot.write_people(ls, people)
                entry = audit.record(
                    ls, actor, "checked_out", detail=f"{len(people)} participants, {server.display}"
                )
                state.write(
                    ls,
                    {
                        state.SERVER: server_address,
                        state.SCOPE: mode,
                        state.CURSOR: str(cursor),
                        state.AUDIT_SENT: str(entry.id),
                        state.LAST_SYNCED: utcnow().isoformat(),
                        state.DEVICE: device_id,
                        state.ACCOUNT: actor.key,
                    },
                )
        finally:
            local.dispose()
        with server.unit_of_work() as s:
            name = device_name or f"{actor.key}'s laptop"
            s.add(Device(device_id=device_id, account=actor.key, name=name, scope=mode))
            audit.record_many(s, actor, "checked_out", sorted(people), f"device {device_id[:8]}")
        os.replace(partial, target)
    except BaseException:
        _remove(partial)
        raise
    return CheckedOut(target, device_id, len(people), records, time.perf_counter() - started)


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


@dataclass(frozen=True)
class Synced:
    sent: int
    repeated: int
    new_conflicts: int
    received: int
    removed: int
    open_conflicts: int
    seconds: float


def sync(
    local: Database,
    password: str,
    *,
    open_server: OpenServer = _open_server,
    after_server: Callable[[], None] | None = None,
) -> Synced:
    """Send the laptop's changes, take in the server's. `after_server` runs between the two
    transactions (for tests that cut a sync off there)."""
    started = time.perf_counter()
    with local.reader() as ls:
        settings = state.read(ls)
        out = laptop.outgoing(ls)
    if state.DEVICE not in settings:
        raise ValidationFailed(Problem("--db", "this database is not a checked-out laptop"))
    account = settings[state.ACCOUNT]
    server = open_server(settings[state.SERVER])
    try:
        actor = accounts.sign_in(server, account, password)
        with server.unit_of_work() as s:
            device = exchange.device_for(s, actor, settings[state.DEVICE])
            pushed = exchange.push(s, actor, device, out.ops, out.entries)
            cursor = int(settings.get(state.CURSOR, "0"))
            pulled = exchange.pull(s, actor, device, cursor, out.holding, pushed.touched)
    finally:
        server.dispose()
    if after_server is not None:
        after_server()
    with local.unit_of_work() as ls:
        laptop.take_in(ls, account, out, pulled)
        audit.record(
            ls,
            actor,
            "synced",
            detail=f"sent {pushed.applied}, conflicts {pushed.conflicts}, "
            f"received {len(pulled.people)}",
        )
        still_open = ls.scalar(
            select(func.count(SyncConflict.id)).where(SyncConflict.resolved_at.is_(None))
        )
    return Synced(
        pushed.applied,
        pushed.repeated,
        pushed.conflicts,
        len(pulled.people),
        len(pulled.remove),
        still_open or 0,
        time.perf_counter() - started,
    )
