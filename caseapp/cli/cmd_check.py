"""`caseapp check`: data-quality findings, as lines to read or as JSON for scripts.

Findings are data, not errors: the command exits 0 whether or not it finds anything (exit 2
only for bad arguments, 3 without permission, 4 for an unusable database). Participants are
named by key only.
"""

from __future__ import annotations

import argparse
import json

from caseapp.cli import exits
from caseapp.cli.as_of import add_as_of_argument, as_of_from
from caseapp.cli.context import add_db_argument, add_user_argument, signed_in
from caseapp.reports.finding_text import describe
from caseapp.reports.wording import finding_label
from caseapp.services import data_quality


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "check",
        help="data-quality findings: overlaps, gaps, missing evidence or consent, "
        "impossible dates (exit 0 also with findings)",
    )
    add_db_argument(p)
    add_user_argument(p)
    p.add_argument("--project", metavar="KEY", help="only this project's participants")
    add_as_of_argument(p, "the day to check for: only what was recorded as valid then")
    p.add_argument("--json", action="store_true", help="one JSON object with every finding")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    as_of = as_of_from(args)
    with signed_in(args) as (db, actor), db.unit_of_work() as session:
        result = data_quality.check(session, actor, args.project, as_of)
    if args.json:
        print(json.dumps(result.to_json(), ensure_ascii=False, indent=1))
        return exits.DONE
    for f in result.findings:
        print(
            f"{f.participant:<10} {f.kind:<19} {f.record_kind} {f.record_uuid}  {describe(f, 'en')}"
        )
    counts = result.counts()
    total = sum(counts.values())
    scope = args.project or "all projects"
    print(f"\n{total} finding{'s' if total != 1 else ''} ({scope}, as of {as_of}):")
    for kind, n in counts.items():
        print(f"  {n:>6}  {finding_label(kind, 'en')}")
    return exits.DONE
