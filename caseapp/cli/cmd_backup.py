"""`caseapp backup` and `caseapp restore`: a consistent copy of a live database, and back."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from caseapp.cli import exits, passphrase
from caseapp.cli.context import (
    TerminalProgress,
    acting_user,
    add_db_argument,
    add_user_argument,
    open_existing,
    read_password,
    sign_in,
)
from caseapp.domain.errors import NotAllowed
from caseapp.services import accounts, backups, sealed_files
from caseapp.services.actor import Actor
from caseapp.storage.database import Database


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    b = sub.add_parser("backup", help="write a consistent copy of a live database")
    add_db_argument(b)
    add_user_argument(b)
    b.add_argument("--out", required=True, type=Path, help="the backup file to write")
    b.add_argument(
        "--seal",
        action="store_true",
        help="seal the backup with a passphrase of its own (from $CASEAPP_SEAL_PASSPHRASE, "
        "else asked twice): unreadable and tamper-evident without it",
    )
    b.set_defaults(func=run_backup)

    r = sub.add_parser("restore", help="verify a backup, then replace a database with it")
    r.add_argument("file", type=Path, help="a backup made by 'caseapp backup'")
    add_db_argument(r, required=True)
    add_user_argument(r)
    r.set_defaults(func=run_restore)


SEAL_ENV = "CASEAPP_SEAL_PASSPHRASE"


def seal_passphrase(*, new: bool) -> str:
    """The passphrase of a sealed file: $CASEAPP_SEAL_PASSPHRASE, else asked (twice if new)."""
    value = os.environ.get(SEAL_ENV)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise NotAllowed(f"No seal passphrase: set {SEAL_ENV} or run the command on a terminal.")
    value = getpass.getpass("Seal passphrase: ")
    if new and getpass.getpass("Repeat it: ") != value:
        raise NotAllowed("The two entries differ; nothing was written.")
    return value


def run_backup(args: argparse.Namespace) -> int:
    db = open_existing(args)
    try:
        actor = sign_in(db, args)
        seal = seal_passphrase(new=True) if args.seal else None
        summary = backups.backup(
            db, actor, args.out, TerminalProgress("backup"), seal_passphrase=seal
        )
    finally:
        db.dispose()
    print(f"Backup written to {summary.path}{' (sealed)' if summary.sealed else ''}.")
    return exits.DONE


def run_restore(args: argparse.Namespace) -> int:
    def authenticate(db: Database) -> Actor:
        return accounts.sign_in(db, acting_user(args), read_password())

    seal = seal_passphrase(new=False) if sealed_files.is_sealed(args.file) else None
    backups.restore(
        args.file,
        args.db,
        authenticate,
        TerminalProgress("restore"),
        passphrase=os.environ.get(passphrase.ENV) or None,
        seal_passphrase=seal,
    )
    print(f"Restored {args.file} into {args.db}.")
    return exits.DONE
