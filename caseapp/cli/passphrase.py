"""The passphrase of an encrypted database: from CASEAPP_DB_PASSPHRASE, else asked on the
terminal; never an argument, never printed, never stored."""

from __future__ import annotations

import getpass
import os
import sys

from caseapp.domain.errors import NotAllowed, Problem, ValidationFailed
from caseapp.storage import encryption
from caseapp.storage.location import sqlite_path, to_url

ENV = "CASEAPP_DB_PASSPHRASE"


def _ask(prompt: str) -> str:
    if not sys.stdin.isatty():
        raise NotAllowed("No passphrase: set {env} or run the command on a terminal.", env=ENV)
    return getpass.getpass(prompt)


def new_passphrase() -> str:
    """For a new encrypted database: the environment, else asked twice."""
    encryption.driver()  # say at once when this installation cannot encrypt
    passphrase = os.environ.get(ENV)
    if passphrase is None:
        passphrase = _ask("New database passphrase: ")
        if _ask("Repeat it: ") != passphrase:
            raise ValidationFailed(Problem("passphrase", "the two entries differ"))
    encryption.check_new_passphrase(passphrase)
    return passphrase


def passphrase_for(db: str | None) -> str | None:
    """The passphrase when the database named is an encrypted file; None for a plain one."""
    path = sqlite_path(to_url(db))
    if path is None or not encryption.looks_encrypted(path):
        return None
    passphrase = os.environ.get(ENV)
    return passphrase if passphrase is not None else _ask("Database passphrase: ")
