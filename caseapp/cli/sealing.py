"""Sealed files on the command line: the `--seal` option and the passphrase it needs."""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from caseapp.domain.errors import NotAllowed

ENV = "CASEAPP_SEAL_PASSPHRASE"


def add_seal_argument(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument(
        "--seal",
        action="store_true",
        help=f"seal the {what} with a passphrase (from ${ENV}, else asked twice): "
        "unreadable and tamper-evident without it",
    )


def seal_passphrase(*, new: bool) -> str:
    """The passphrase of a sealed file: $CASEAPP_SEAL_PASSPHRASE, else asked (twice if new)."""
    value = os.environ.get(ENV)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise NotAllowed("No seal passphrase: set {env} or run the command on a terminal.", env=ENV)
    value = getpass.getpass("Seal passphrase: ")
    if new and getpass.getpass("Repeat it: ") != value:
        raise NotAllowed("The two entries differ; nothing was written.")
    return value
