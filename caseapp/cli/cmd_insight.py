"""`caseapp insight`: everything held on one person, for a GDPR insight request (PDF + JSON)."""

from __future__ import annotations

import argparse
from pathlib import Path

from caseapp.cli import exits
from caseapp.cli.context import add_db_argument, add_user_argument, open_existing, sign_in
from caseapp.domain.errors import Problem, ValidationFailed
from caseapp.reports.insight_pdf import json_path, write_files
from caseapp.reports.insight_text import LANGS
from caseapp.services import insight


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "insight",
        help="everything held on one person, for an insight request (PDF, with JSON beside it)",
    )
    add_db_argument(p)
    add_user_argument(p)
    p.add_argument("--participant", required=True, metavar="KEY")
    p.add_argument("--out", required=True, type=Path, help="the PDF to write (FILE.pdf)")
    p.add_argument("--lang", choices=LANGS, default="da", help="language (default: da)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    out: Path = args.out
    if not out.parent.is_dir():
        raise ValidationFailed(
            Problem("--out", "the folder {parent} does not exist", parent=out.parent)
        )
    db = open_existing(args)
    actor = sign_in(db, args)
    with db.unit_of_work() as session:
        doc = insight.gather(session, actor, args.participant)
        # Written inside the transaction, so a file that cannot be written is not logged as made.
        write_files(doc, out, args.lang)
    print(f"Wrote {out} and {json_path(out)}.")
    return exits.DONE
