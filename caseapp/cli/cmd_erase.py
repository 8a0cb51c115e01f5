"""`caseapp erase` and `caseapp retention`: erasing personal data on request, or for everyone
whose case closed longer ago than the retention period."""

from __future__ import annotations

import argparse
import sys

from caseapp.cli import exits
from caseapp.cli.context import (
    TerminalProgress,
    add_db_argument,
    add_user_argument,
    open_existing,
    sign_in,
)
from caseapp.domain.errors import NotAllowed
from caseapp.services import erasure, settings

_LINGER = (
    "warning: another program has the database open, so the erased values may stay in its "
    "write-ahead log until it closes"
)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    e = sub.add_parser("erase", help="erase one person's personal data (keeps anonymous facts)")
    e.add_argument("--participant", required=True, metavar="KEY")
    e.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    e.set_defaults(func=run_erase)

    r = sub.add_parser(
        "retention", help="list (or with --apply erase) those past the retention period"
    )
    r.add_argument("--apply", action="store_true", help="erase everyone listed")
    r.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    r.set_defaults(func=run_retention)
    for q in (e, r):
        add_db_argument(q)
        add_user_argument(q)


def _confirm(question: str, yes: bool) -> None:
    """Ask on a terminal (scripts, with no terminal, are taken to mean it)."""
    if yes or not sys.stdin.isatty():
        return
    answer = input(f"{question} Type yes to go on: ")
    if answer.strip().lower() != "yes":
        raise NotAllowed("Nothing was erased.")


def run_erase(args: argparse.Namespace) -> int:
    db = open_existing(args)
    actor = sign_in(db, args)
    _confirm(
        f"Erase the personal data and notes of {args.participant}? This cannot be undone.",
        args.yes,
    )
    if not erasure.erase_now(db, actor, [args.participant], "request"):
        print(_LINGER, file=sys.stderr)
    print(f"Erased the personal data of {args.participant}; the anonymous facts are kept.")
    return exits.DONE


def run_retention(args: argparse.Namespace) -> int:
    db = open_existing(args)
    actor = sign_in(db, args)
    with db.unit_of_work() as session:
        years = settings.get(session, settings.RETENTION_YEARS)
        due = erasure.due_for_erasure(session, actor)
    if not due:
        print(f"Nobody's case closed more than {years} years ago; nothing to erase.")
        return exits.DONE
    print(f"{'participant':<14} {'case closed':<12} erase from")
    for d in due:
        print(f"{d.key:<14} {d.closed_on.isoformat():<12} {d.due_on.isoformat()}")
    if not args.apply:
        print(f"{len(due)} to erase (retention period {years} years); erase them with --apply.")
        return exits.DONE
    _confirm(f"Erase the personal data of these {len(due)} people?", args.yes)
    keys = [d.key for d in due]
    if not erasure.erase_now(db, actor, keys, "retention", TerminalProgress("Erasing")):
        print(_LINGER, file=sys.stderr)
    print(f"Erased the personal data of {len(keys)} people; the anonymous facts are kept.")
    return exits.DONE
