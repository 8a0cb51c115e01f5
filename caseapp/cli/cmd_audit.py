"""`caseapp audit search|export|verify`: reading the audit log (itself logged) and checking its
hash chain (exit 4 when broken)."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from caseapp.cli import exits
from caseapp.cli.context import add_db_argument, add_user_argument, open_existing, sign_in
from caseapp.domain.errors import DatabaseUnusable, Problem, ValidationFailed, message_of
from caseapp.domain.fields import parse_date
from caseapp.services import audit, audit_files, settings
from caseapp.services.actor import Can
from caseapp.storage import audit_chain


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("audit", help="search, export or verify the audit log")
    actions = p.add_subparsers(dest="audit_command", metavar="ACTION", required=True)

    search = actions.add_parser("search", help="show matching entries, newest first")
    search.add_argument("--limit", type=int, help="most entries shown (default: the setting)")
    search.add_argument("--json", action="store_true", help="one JSON object per line")
    search.set_defaults(func=run_search)

    export = actions.add_parser("export", help="write matching entries to a CSV or JSON file")
    export.add_argument("--out", required=True, type=Path, help="FILE.csv or FILE.json")
    export.set_defaults(func=run_export)

    verify = actions.add_parser("verify", help="check the hash chain (exit 4 when broken)")
    verify.set_defaults(func=run_verify)

    for q in (search, export):
        q.add_argument("--participant", metavar="KEY")
        q.add_argument("--account", metavar="USER")
        q.add_argument("--action", help="e.g. viewed_file, viewed_cpr, edited_contact")
        q.add_argument("--since", metavar="DATE", help="from this day (YYYY-MM-DD)")
        q.add_argument("--until", metavar="DATE", help="up to and including this day")
    for q in (search, export, verify):
        add_db_argument(q)
        add_user_argument(q)


def _day(args: argparse.Namespace, name: str, problems: list[Problem]) -> date | None:
    text = getattr(args, name)
    if text is None:
        return None
    try:
        return parse_date(text)
    except ValueError as exc:
        problems.append(Problem(f"--{name}", message_of(exc)))
        return None


def _filters(args: argparse.Namespace) -> audit.Filters:
    problems: list[Problem] = []
    since, until = _day(args, "since", problems), _day(args, "until", problems)
    if since and until and until < since:
        problems.append(Problem("--until", "is before --since"))
    if problems:
        raise ValidationFailed(problems)
    return audit.Filters(args.participant, args.account, args.action, since, until)


def run_search(args: argparse.Namespace) -> int:
    filters = _filters(args)
    db = open_existing(args)
    actor = sign_in(db, args)
    with db.unit_of_work() as session:
        limit = args.limit or settings.get(session, settings.AUDIT_SEARCH_LIMIT)
        rows = audit.search(session, actor, filters, limit)
    for row in rows:
        d = audit_files.as_dict(row)
        if args.json:
            print(json.dumps(d, ensure_ascii=False))
        else:
            print(
                f"{d['at'][:19].replace('T', ' ')}  {row.account:<10} {row.action:<22} "
                f"{row.participant or '-':<10} {row.detail or ''}"
            )
    if len(rows) == limit:
        print(
            f"(the newest {limit} entries shown; narrow the search or use --limit)", file=sys.stderr
        )
    return exits.DONE


def run_export(args: argparse.Namespace) -> int:
    filters = _filters(args)
    out: Path = args.out
    audit_files.file_format(out)
    db = open_existing(args)
    actor = sign_in(db, args)
    with db.unit_of_work() as session:
        rows = audit.export(session, actor, filters, out.name)
        # Written inside the transaction: if the file cannot be written, the export is not logged.
        audit_files.write(rows, out)
    print(f"Wrote {len(rows)} audit entries to {out}.")
    return exits.DONE


def run_verify(args: argparse.Namespace) -> int:
    """Read the chain before anything is written: signing in adds an entry, which must not
    come before the check (it would cover up a removed head)."""
    db = open_existing(args)
    try:
        with db.reader() as session:
            report = audit.verify_chain(session)
    except DBAPIError as exc:  # the log's table was dropped or damaged
        raise DatabaseUnusable(
            "the audit log cannot be read ({error})", error=type(exc.orig).__name__
        ) from exc
    actor = sign_in(db, args)
    actor.require(Can.READ_AUDIT)
    if report.breaks:
        for b in report.breaks:
            print(f"audit entry {b.entry_id}: {b.problem}", file=sys.stderr)
        print(f"The audit log is broken in {len(report.breaks)} place(s).", file=sys.stderr)
        outcome = "broken"
    elif report.unchecked:
        for stretch in report.unchecked:
            print(
                f"audit entries from {stretch.from_id} on are keyed with key {stretch.key_id}, "
                f"which is not on this machine: they cannot be checked here.",
                file=sys.stderr,
            )
        print(
            f"Set {audit_chain.KEY_FILE_ENV} to the administrator's audit key file "
            f"(now: {audit_chain.key_path()}) and verify again.",
            file=sys.stderr,
        )
        outcome = "not checked: key missing"
    else:
        outcome = "intact"
    with db.unit_of_work() as session:
        audit.record(session, actor, "audit_verified", detail=outcome)
    if outcome != "intact":
        return exits.DATABASE_UNUSABLE
    print(f"The audit log is intact: {report.entries} entries; newest hash {report.head_hash}.")
    return exits.DONE
