"""`caseapp report council|workbook|caseload`: the reports a team lead hands over."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from caseapp.cli import exits
from caseapp.cli.cmd_outcomes import as_of_argument
from caseapp.cli.context import TerminalProgress, add_db_argument, add_user_argument, signed_in
from caseapp.domain.errors import Problem, ValidationFailed
from caseapp.domain.fields import parse_date
from caseapp.outcomes.weeks import quarter_start
from caseapp.reports.caseload_report import make_caseload_report
from caseapp.reports.council import make_council_report
from caseapp.reports.workbook import make_workbook


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    report = sub.add_parser("report", help="the council report, the figures workbook, caseloads")
    kinds = report.add_subparsers(dest="report", metavar="KIND", required=True)

    council = kinds.add_parser(
        "council", help="the investment council report (PDF, no names or CPR numbers)"
    )
    _common(council, project_required=True)
    council.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    council.set_defaults(func=run_council)

    workbook = kinds.add_parser(
        "workbook",
        help="the figures and the pseudonymised ledgers (.xlsx; the weekly ledger as a CSV "
        "beside it when it is large)",
    )
    _common(workbook, project_required=True)
    workbook.add_argument("--out", required=True, type=Path, metavar="FILE.xlsx")
    workbook.set_defaults(func=run_workbook)

    caseload = kinds.add_parser(
        "caseload", help="per key worker: participants, contacts, overdue tasks (PDF)"
    )
    _common(caseload, project_required=False)
    caseload.add_argument(
        "--from",
        dest="first",
        metavar="YYYY-MM-DD",
        help="first day of the period (default: the start of the quarter holding --as-of)",
    )
    caseload.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    caseload.set_defaults(func=run_caseload)


def _common(p: argparse.ArgumentParser, project_required: bool) -> None:
    add_db_argument(p)
    add_user_argument(p)
    p.add_argument("--project", required=project_required, metavar="KEY")
    p.add_argument("--as-of", metavar="YYYY-MM-DD", help="the day the figures are for (today)")
    p.add_argument("--lang", choices=("da", "en"), default="da", help="language (default da)")


def _suffix(out: Path, suffix: str) -> None:
    if out.suffix.lower() != suffix:
        raise ValidationFailed(Problem("--out", f"name a {suffix} file, not '{out.name}'"))


def run_council(args: argparse.Namespace) -> int:
    as_of = as_of_argument(args.as_of)
    _suffix(args.out, ".pdf")
    with signed_in(args) as (db, actor), db.unit_of_work() as session:
        report = make_council_report(session, actor, args.project, as_of, args.lang, args.out)
    print(f"Council report for {report.project_key} as of {as_of} written to {args.out}.")
    return exits.DONE


def run_workbook(args: argparse.Namespace) -> int:
    as_of = as_of_argument(args.as_of)
    _suffix(args.out, ".xlsx")
    with signed_in(args) as (db, actor):
        result = make_workbook(
            db, actor, args.project, as_of, args.lang, args.out, TerminalProgress("weekly ledger")
        )
    print(f"Workbook written to {result.path}.")
    if result.weekly_csv is not None:
        print(f"Weekly ledger ({result.weekly_rows} rows) written to {result.weekly_csv}.")
    return exits.DONE


def run_caseload(args: argparse.Namespace) -> int:
    last = as_of_argument(args.as_of)
    first = _first_day(args.first, last)
    _suffix(args.out, ".pdf")
    with signed_in(args) as (db, actor), db.unit_of_work() as session:
        make_caseload_report(session, actor, args.project, first, last, args.lang, args.out)
    print(f"Caseload report {first} - {last} written to {args.out}.")
    return exits.DONE


def _first_day(text: str | None, last: date) -> date:
    if text is None:
        return quarter_start(last)
    try:
        first = parse_date(text)
    except ValueError as exc:
        raise ValidationFailed(Problem("--from", str(exc))) from None
    if first > last:
        raise ValidationFailed(Problem("--from", "comes after --as-of"))
    return first
