"""`caseapp checkout|sync|conflicts|devices`: field laptops and their team server."""

from __future__ import annotations

import argparse
import json
import socket
from pathlib import Path
from typing import Any

from caseapp.cli import exits
from caseapp.cli.context import (
    acting_user,
    add_db_argument,
    add_user_argument,
    open_existing,
    read_password,
    signed_in,
)
from caseapp.cli.passphrase import new_passphrase
from caseapp.domain.errors import Problem, ValidationFailed
from caseapp.services import accounts
from caseapp.services.sync import conflicts, devices, run
from caseapp.storage import encryption
from caseapp.storage.database import open_database
from caseapp.storage.location import to_url


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    co = sub.add_parser("checkout", help="take a caseload offline onto this laptop")
    co.add_argument("--server", required=True, help="the team server's database URL")
    co.add_argument("--db", required=True, help="the laptop database file to make")
    which = co.add_mutually_exclusive_group()
    which.add_argument("--mine", action="store_true", help="your own caseload (the default)")
    which.add_argument("--project", metavar="KEY", help="one of your projects, everyone in it")
    crypt = co.add_mutually_exclusive_group()
    crypt.add_argument(
        "--encrypted",
        action="store_true",
        help="encrypt the laptop database (the default where this installation can)",
    )
    crypt.add_argument("--plain", action="store_true", help="do not encrypt it")
    co.add_argument("--name", default="", help="what to call this laptop in the device list")
    add_user_argument(co)
    co.set_defaults(func=run_checkout)

    sy = sub.add_parser("sync", help="send this laptop's changes and fetch the server's")
    sy.add_argument("--db", help="the laptop database (default: $CASEAPP_DB)")
    sy.add_argument("--json", action="store_true", help="the counts as JSON")
    add_user_argument(sy)
    sy.set_defaults(func=run_sync)

    cf = sub.add_parser("conflicts", help="the conflict inbox: fields changed in two places")
    actions = cf.add_subparsers(dest="conflicts_command", metavar="ACTION", required=True)
    ls = actions.add_parser("list", help="the open conflicts")
    ls.add_argument("--all", action="store_true", help="the decided ones too")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=run_conflicts)
    rs = actions.add_parser("resolve", help="decide one")
    rs.add_argument("id", help="its number in the list, or the start of its id")
    rs.add_argument("--keep", required=True, metavar="mine|theirs|VALUE")
    rs.set_defaults(func=run_resolve)

    dv = sub.add_parser("devices", help="the laptops checked out from this team server")
    dactions = dv.add_subparsers(dest="devices_command", metavar="ACTION", required=True)
    dl = dactions.add_parser("list", help="the laptops")
    dl.add_argument("--json", action="store_true")
    dl.set_defaults(func=run_devices)
    dr = dactions.add_parser("revoke", help="a lost laptop can no longer sync")
    dr.add_argument("device", help="the start of the laptop's id")
    dr.set_defaults(func=run_revoke)

    for q in (ls, rs, dl, dr):
        add_db_argument(q)
        add_user_argument(q)


def run_checkout(args: argparse.Namespace) -> int:
    target = Path(args.db)
    if target.exists():
        raise ValidationFailed(
            Problem("--db", "{target} exists already; checkout never overwrites", target=target)
        )
    encrypt = args.encrypted or (not args.plain and encryption.available())
    passphrase = new_passphrase() if encrypt else None
    server = open_database(to_url(args.server), upgrade=False)
    try:
        actor = accounts.sign_in(server, acting_user(args), read_password())
        mode = f"project:{args.project}" if args.project else "mine"
        done = run.checkout(
            server,
            actor,
            target,
            server_address=args.server,
            mode=mode,
            passphrase=passphrase,
            device_name=args.name or f"{actor.key} on {socket.gethostname()}",
        )
    finally:
        server.dispose()
    sealed = " (encrypted)" if passphrase else ""
    print(
        f"Checked out {done.participants} participants ({done.records} records) into "
        f"{target}{sealed} in {done.seconds:.1f} s; laptop {done.device_id[:8]}."
    )
    return exits.DONE


def run_sync(args: argparse.Namespace) -> int:
    local = open_existing(args)
    try:
        done = run.sync(local, read_password())
    finally:
        local.dispose()
    if args.json:
        print(json.dumps(vars(done) | {"seconds": round(done.seconds, 3)}))
    else:
        print(
            f"Sent {done.sent} changes ({done.new_conflicts} new conflicts), received "
            f"{done.received} participants, {done.removed} left this laptop; "
            f"{done.open_conflicts} conflicts open. {done.seconds:.1f} s."
        )
    return exits.DONE


def _plain(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else value


def run_conflicts(args: argparse.Namespace) -> int:
    with signed_in(args) as (db, actor), db.unit_of_work() as session:
        rows = conflicts.list_conflicts(session, actor, resolved=args.all)
    if args.json:
        print(json.dumps([{k: _plain(v) for k, v in vars(r).items()} for r in rows], indent=1))
        return exits.DONE
    for r in rows:
        state = f"decided by {r.resolved_by}" if r.resolved_at else "open"
        print(
            f"#{r.id} {r.uuid[:8]} {r.participant or '-'} {r.kind}.{r.field} ({state})\n"
            f"   server: {r.server_value!r} ({r.server_changed_by or '?'}, "
            f"{_plain(r.server_changed_at) or '?'})\n"
            f"   laptop: {r.laptop_value!r} ({r.laptop_changed_by}, {_plain(r.laptop_changed_at)})"
        )
    print(f"{len(rows)} conflict{'s' if len(rows) != 1 else ''}")
    return exits.DONE


def run_resolve(args: argparse.Namespace) -> int:
    with signed_in(args) as (db, actor), db.unit_of_work() as session:
        row = conflicts.resolve(session, actor, args.id, args.keep)
    print(f"Conflict {row.uuid[:8]} decided: {row.field} = {row.resolution!r}.")
    return exits.DONE


def run_devices(args: argparse.Namespace) -> int:
    with signed_in(args) as (db, actor), db.unit_of_work() as session:
        rows = devices.list_devices(session, actor)
    if args.json:
        print(json.dumps([{k: _plain(v) for k, v in vars(r).items()} for r in rows], indent=1))
        return exits.DONE
    for d in rows:
        state = f"revoked by {d.revoked_by}" if d.revoked_at else "active"
        synced = _plain(d.last_sync_at) or "never"
        print(
            f"{d.device_id[:8]}  {d.account:<10} {d.scope:<16} {state:<18} "
            f"last sync {synced}  {d.name}"
        )
    return exits.DONE


def run_revoke(args: argparse.Namespace) -> int:
    with signed_in(args) as (db, actor), db.unit_of_work() as session:
        row = devices.revoke(session, actor, args.device)
    print(f"Laptop {row.device_id[:8]} of {row.account} revoked: it can no longer sync.")
    return exits.DONE
