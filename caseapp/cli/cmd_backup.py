"""`caseapp backup` and `caseapp restore`: a consistent copy of a live database, and back."""

from __future__ import annotations

import argparse
from pathlib import Path

from caseapp.cli import exits
from caseapp.cli.context import (
    TerminalProgress,
    acting_user,
    add_db_argument,
    add_user_argument,
    open_existing,
    read_password,
    sign_in,
)
from caseapp.services import accounts, backups
from caseapp.services.actor import Actor
from caseapp.storage.database import Database


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    b = sub.add_parser("backup", help="write a consistent copy of a live database")
    add_db_argument(b)
    add_user_argument(b)
    b.add_argument("--out", required=True, type=Path, help="the backup file to write")
    b.set_defaults(func=run_backup)

    r = sub.add_parser("restore", help="verify a backup, then replace a database with it")
    r.add_argument("file", type=Path, help="a backup made by 'caseapp backup'")
    add_db_argument(r, required=True)
    add_user_argument(r)
    r.set_defaults(func=run_restore)


def run_backup(args: argparse.Namespace) -> int:
    db = open_existing(args)
    try:
        actor = sign_in(db, args)
        summary = backups.backup(db, actor, args.out, TerminalProgress("backup"))
    finally:
        db.dispose()
    print(f"Backup written to {summary.path}.")
    return exits.DONE


def run_restore(args: argparse.Namespace) -> int:
    def authenticate(db: Database) -> Actor:
        return accounts.sign_in(db, acting_user(args), read_password())

    backups.restore(args.file, args.db, authenticate, TerminalProgress("restore"))
    print(f"Restored {args.file} into {args.db}.")
    return exits.DONE
