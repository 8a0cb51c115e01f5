"""`caseapp backup` and `caseapp restore`: a consistent copy of a live database, and back."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from caseapp.cli import exits, passphrase
from caseapp.cli.context import (
    TerminalProgress,
    acting_user,
    add_db_argument,
    add_user_argument,
    read_password,
    signed_in,
)
from caseapp.cli.sealing import add_seal_argument, seal_passphrase
from caseapp.services import accounts, backups, sealed_files
from caseapp.services.actor import Actor
from caseapp.storage.database import Database


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    b = sub.add_parser("backup", help="write a consistent copy of a live database")
    add_db_argument(b)
    add_user_argument(b)
    b.add_argument("--out", required=True, type=Path, help="the backup file to write")
    add_seal_argument(b, "backup")
    b.set_defaults(func=run_backup)

    r = sub.add_parser("restore", help="verify a backup, then replace a database with it")
    r.add_argument("file", type=Path, help="a backup made by 'caseapp backup'")
    add_db_argument(r, required=True)
    add_user_argument(r)
    r.set_defaults(func=run_restore)


def run_backup(args: argparse.Namespace) -> int:
    with signed_in(args) as (db, actor):
        seal = seal_passphrase(new=True) if args.seal else None
        summary = backups.backup(
            db, actor, args.out, TerminalProgress("backup"), seal_passphrase=seal
        )
    print(f"Backup written to {summary.path}{' (sealed)' if summary.sealed else ''}.")
    # Noted on paper, the head shows later whether the log was rewritten or cut short since.
    print(f"Audit head at the backup: {summary.audit_head}")
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
