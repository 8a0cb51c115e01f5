"""`caseapp init`: create an empty database with one administrator account."""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from caseapp.cli import exits
from caseapp.cli.context import add_db_argument
from caseapp.domain.errors import NotAllowed, Problem, ValidationFailed
from caseapp.services import accounts
from caseapp.storage import server
from caseapp.storage.database import open_database
from caseapp.storage.location import sqlite_path, to_url


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("init", help="create an empty database with one admin account")
    add_db_argument(p, required=True)
    p.add_argument("--admin", required=True, metavar="USER", help="key of the admin account")
    p.add_argument("--name", help="the admin's full name (default: the key)")
    p.add_argument(
        "--encrypted",
        action="store_true",
        help="encrypt the database file (passphrase from $CASEAPP_DB_PASSPHRASE, else asked)",
    )
    p.set_defaults(func=run)


def new_password() -> str:
    """The new admin's password: CASEAPP_PASSWORD, else asked twice on the terminal."""
    password = os.environ.get("CASEAPP_PASSWORD")
    if password is not None:
        return password
    if not sys.stdin.isatty():
        raise NotAllowed("No password: set CASEAPP_PASSWORD or run the command on a terminal.")
    first = getpass.getpass("New admin password: ")
    if getpass.getpass("Repeat it: ") != first:
        raise ValidationFailed(Problem("password", "the two entries differ"))
    return first


def run(args: argparse.Namespace) -> int:
    url = to_url(args.db)
    path = sqlite_path(url)
    if path is not None and path.exists():
        raise ValidationFailed(
            Problem("--db", "{path} already exists; init never overwrites", path=path)
        )
    if path is None:
        # A server database is made by its administrator; init fills it only when it is empty.
        # Checked before the password is asked, so a wrong URL is found at once.
        server.require_empty_database(url)
    password = new_password()
    accounts.check_password_strength(password)
    passphrase = None
    if args.encrypted:
        from caseapp.cli.passphrase import new_passphrase

        passphrase = new_passphrase()
    db = open_database(url, create=True, passphrase=passphrase)
    try:
        with db.unit_of_work() as session:
            accounts.create_first_admin(session, args.admin, args.name or args.admin, password)
    finally:
        db.dispose()
    print(f"Created {db.display} with the admin account '{args.admin}'.")
    return exits.DONE
