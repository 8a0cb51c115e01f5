"""What every command needs: the database it names, the account acting, and terminal progress."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from caseapp.cli.passphrase import passphrase_for
from caseapp.domain.errors import NotAllowed
from caseapp.services import accounts
from caseapp.services.actor import Actor
from caseapp.storage.database import Database, open_database

Progress = Callable[[int, int], None]


def add_db_argument(parser: argparse.ArgumentParser, *, required: bool = False) -> None:
    parser.add_argument(
        "--db",
        required=required,
        help="database file or SQLAlchemy URL (default: $CASEAPP_DB, else the user's data folder)",
    )


def add_user_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--user", help="account to act as (default: $CASEAPP_USER, else your login)"
    )


def open_existing(args: argparse.Namespace) -> Database:
    """Open the database a command names; never creates one (a typo must not make a new file)."""
    return open_database(args.db, passphrase=passphrase_for(args.db))


def acting_user(args: argparse.Namespace) -> str:
    return getattr(args, "user", None) or os.environ.get("CASEAPP_USER") or getpass.getuser()


def read_password(prompt: str = "Password: ") -> str:
    """From CASEAPP_PASSWORD, else asked on the terminal; never from an argument."""
    password = os.environ.get("CASEAPP_PASSWORD")
    if password is not None:
        return password
    if not sys.stdin.isatty():
        raise NotAllowed("No password: set CASEAPP_PASSWORD or run the command on a terminal.")
    return getpass.getpass(prompt)


def sign_in(db: Database, args: argparse.Namespace) -> Actor:
    return accounts.sign_in(db, acting_user(args), read_password())


@contextmanager
def signed_in(args: argparse.Namespace) -> Iterator[tuple[Database, Actor]]:
    """The database a command names and the account signed in to it; closed when done."""
    db = open_existing(args)
    try:
        yield db, sign_in(db, args)
    finally:
        db.dispose()


@dataclass
class TerminalProgress:
    """A one-line progress counter on standard error, silent when that is not a terminal."""

    label: str
    enabled: bool = sys.stderr.isatty()
    _last: int = -1

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled or total <= 0:
            return
        percent = done * 100 // total
        if percent != self._last:
            self._last = percent
            sys.stderr.write(f"\r{self.label}: {percent:3d} %")
            if done >= total:
                sys.stderr.write("\n")
            sys.stderr.flush()
