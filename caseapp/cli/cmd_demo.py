"""`caseapp demo`: create a database of realistic invented data to try the program on."""

from __future__ import annotations

import argparse

from caseapp.cli import exits
from caseapp.cli.context import TerminalProgress, add_db_argument
from caseapp.demo import create_demo


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "demo",
        help="create a database of realistic invented data",
        description=(
            "Create a database of invented people in the two seed projects (Aarhus' Housing "
            "First + Job First for young homeless people, Aalborg's social bond), with years of "
            "contacts, spells, goals and tasks, and staff accounts of every role. Every account "
            "has the password 'demo'; the administrator is 'admin'."
        ),
    )
    add_db_argument(p, required=True)
    p.add_argument(
        "--participants",
        type=_count,
        metavar="N",
        help="how many people (default: the seed projects' 200); more fill invented projects "
        "in other municipalities, for trying the program at scale",
    )
    p.add_argument(
        "--seed",
        type=int,
        default=1,
        help="the same seed on the same day gives the same demo (default: 1)",
    )
    p.add_argument("--force", action="store_true", help="replace an existing database")
    p.set_defaults(func=run)


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def run(args: argparse.Namespace) -> int:
    summary = create_demo(
        args.db,
        participants=args.participants,
        seed=args.seed,
        force=args.force,
        progress=TerminalProgress("demo"),
    )
    print(f"Demo database: {summary.database}")
    print(
        f"  {summary.projects} projects, {summary.participants:,} participants, "
        f"{summary.contacts:,} contacts, {summary.staff} staff accounts"
    )
    accounts = ", ".join(f"{key} ({role})" for key, role in summary.accounts)
    print(f"  Sign in with the password 'demo' as e.g. {accounts}")
    return exits.DONE
