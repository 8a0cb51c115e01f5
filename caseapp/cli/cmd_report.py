"""`caseapp report council|workbook|caseload`: the reports a team lead hands over."""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path

from caseapp.cli import exits
from caseapp.cli.as_of import add_as_of_argument, as_of_from
from caseapp.cli.context import TerminalProgress, add_db_argument, add_user_argument, signed_in
from caseapp.domain.errors import Problem, ValidationFailed, message_of
from caseapp.domain.fields import parse_date
from caseapp.outcomes.weeks import quarter_start
from caseapp.reports.caseload_report import make_caseload_report
from caseapp.reports.claim import make_claim, quarter_days
from caseapp.reports.claim_pdf import write_claim
from caseapp.reports.council import make_council_report
from caseapp.reports.output_files import atomic_output
from caseapp.reports.workbook import make_workbook
from caseapp.services import delivered_reports


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    report = sub.add_parser("report", help="the council report, the figures workbook, caseloads")
    kinds = report.add_subparsers(dest="report", metavar="KIND", required=True)

    council = kinds.add_parser(
        "council", help="the investment council report (PDF, no names or CPR numbers)"
    )
    _common(council, project_required=True)
    council.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    council.add_argument(
        "--deliver",
        action="store_true",
        help="keep the report in the database as delivered (PDF, figures, fingerprint)",
    )
    council.set_defaults(func=run_council)

    claim = kinds.add_parser(
        "claim",
        help="the payment claim for the payer: per pseudonymised participant and metric, the "
        "weeks and amounts of a quarter with their evidence (confidential; PDF and CSV)",
    )
    add_db_argument(claim)
    add_user_argument(claim)
    claim.add_argument("--project", required=True, metavar="KEY")
    claim.add_argument("--quarter", required=True, metavar="YYYYQN", help="e.g. 2024Q2")
    claim.add_argument("--lang", choices=("da", "en"), default="da", help="language (default da)")
    claim.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    claim.set_defaults(func=run_claim)

    delivered = kinds.add_parser(
        "delivered", help="the delivered council reports of a project; write one back"
    )
    add_db_argument(delivered)
    add_user_argument(delivered)
    delivered.add_argument("--project", required=True, metavar="KEY")
    delivered.add_argument("--json", action="store_true", help="a JSON list")
    delivered.add_argument(
        "--write", type=int, metavar="ID", help="write this delivered report (needs --out)"
    )
    delivered.add_argument("--out", type=Path, metavar="FILE.pdf")
    delivered.set_defaults(func=run_delivered)

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
    add_as_of_argument(p, "the day the figures are for")
    p.add_argument("--lang", choices=("da", "en"), default="da", help="language (default da)")


def _suffix(out: Path, suffix: str) -> None:
    if out.suffix.lower() != suffix:
        raise ValidationFailed(
            Problem("--out", "name a {suffix} file, not '{name}'", suffix=suffix, name=out.name)
        )


def run_council(args: argparse.Namespace) -> int:
    as_of = as_of_from(args)
    _suffix(args.out, ".pdf")
    with signed_in(args) as (db, actor), db.unit_of_work() as session:
        report = make_council_report(
            session, actor, args.project, as_of, args.lang, args.out, deliver=args.deliver
        )
    done = "written to" if not args.deliver else "delivered and written to"
    print(f"Council report for {report.project_key} as of {as_of} {done} {args.out}.")
    return exits.DONE


def run_claim(args: argparse.Namespace) -> int:
    quarter_days(args.quarter)
    _suffix(args.out, ".pdf")
    with signed_in(args) as (db, actor):
        claim = make_claim(db, actor, args.project, args.quarter)
    beside = write_claim(claim, args.lang, args.out)
    print(
        f"Payment claim for {claim.project_key} {claim.quarter} written to {args.out} and "
        f"{beside} (confidential)."
    )
    return exits.DONE


def run_delivered(args: argparse.Namespace) -> int:
    if (args.write is None) != (args.out is None):
        raise ValidationFailed(Problem("--write", "give --write ID and --out FILE together"))
    if args.out is not None:
        _suffix(args.out, ".pdf")
    with signed_in(args) as (db, actor), db.unit_of_work() as session:
        if args.write is not None:
            pdf = delivered_reports.pdf_of(session, actor, args.project, args.write)
            with atomic_output(args.out) as handle:
                handle.write(pdf)
            print(f"Delivered report {args.write} written to {args.out}.")
            return exits.DONE
        rows = delivered_reports.listing(session, actor, args.project)
    if args.json:
        print(json.dumps([r.to_json() for r in rows], indent=2))
        return exits.DONE
    if not rows:
        print(f"No report of {args.project} has been delivered.")
    for r in rows:
        print(
            f"{r.id:>5}  as of {r.as_of}  {r.lang}  delivered {r.delivered_at:%Y-%m-%d %H:%M} "
            f"by {r.delivered_by}  {r.fingerprint[:12]}"
        )
    return exits.DONE


def run_workbook(args: argparse.Namespace) -> int:
    as_of = as_of_from(args)
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
    last = as_of_from(args)
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
        raise ValidationFailed(Problem("--from", message_of(exc))) from None
    if first > last:
        raise ValidationFailed(Problem("--from", "comes after --as-of"))
    return first
