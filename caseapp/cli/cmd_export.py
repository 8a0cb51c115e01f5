"""`caseapp export FILE`: write the database, or one project, as a dataset (format v1)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from caseapp.cli import exits
from caseapp.cli.as_of import add_as_of_argument, as_of_from
from caseapp.cli.context import add_db_argument, add_user_argument, signed_in
from caseapp.cli.sealing import add_seal_argument, seal_passphrase
from caseapp.dataset.document_files import folder_for, write_documents
from caseapp.dataset.exporter import export_document
from caseapp.dataset.files import document_bytes, write_document
from caseapp.domain.errors import Problem, ValidationFailed
from caseapp.reports.indigo import export_indigo
from caseapp.reports.output_files import atomic_output
from caseapp.services import sealed_files


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "export",
        help="write a dataset (format v1)",
        description="Write the database as a dataset file (format v1). A full export holds "
        "personal data; --pseudonymise leaves out names, CPR numbers, contact details and every "
        "free text, and replaces participant keys with stable pseudonyms.",
    )
    p.add_argument(
        "file",
        metavar="FILE",
        help="the dataset file to write (JSON); or 'indigo' for the project in the shape of the "
        "INDIGO data standard (with --project and --out)",
    )
    add_db_argument(p)
    add_user_argument(p)
    p.add_argument(
        "--project",
        metavar="KEY",
        help="only this project, the participants enrolled in it and the staff they name",
    )
    p.add_argument(
        "--pseudonymise",
        "--pseudonymize",
        action="store_true",
        help="for evaluators: no names, CPR, contact details or notes; pseudonyms as keys",
    )
    p.add_argument(
        "--documents",
        action="store_true",
        help="also write the people's documents to FILE.documents/ beside it, with a manifest "
        "(a full export only, and not sealed)",
    )
    p.add_argument(
        "--reason",
        help="why (asked of administrators for a full export; logged and shown to team leads)",
    )
    add_seal_argument(p, "file")
    p.add_argument("--out", type=Path, metavar="FILE.json", help="with 'indigo': where to write")
    add_as_of_argument(p, "with 'indigo': the day the figures are for")
    p.set_defaults(func=run)


def run_indigo(args: argparse.Namespace) -> int:
    problems: list[Problem] = []
    if not args.project:
        problems.append(Problem("--project", "export indigo needs the project's key"))
    if args.out is None:
        problems.append(Problem("--out", "export indigo needs a FILE.json to write"))
    if problems:
        raise ValidationFailed(problems)
    as_of = as_of_from(args)
    with signed_in(args) as (db, actor), db.unit_of_work() as session:
        doc = export_indigo(session, actor, args.project, as_of)
    with atomic_output(args.out) as handle:
        handle.write((json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
    print(f"INDIGO export of {args.project} as of {as_of} written to {args.out}.")
    return exits.DONE


def run(args: argparse.Namespace) -> int:
    if args.file == "indigo":
        return run_indigo(args)
    target = Path(args.file)
    if not target.parent.is_dir():
        raise ValidationFailed(Problem(str(target), "cannot be written: no such folder"))
    if target.is_dir():
        raise ValidationFailed(Problem(str(target), "is a folder, not a file"))
    if args.documents and (args.pseudonymise or args.seal):
        # Documents name people (a payslip, a lease): never beside a pseudonymised file, and a
        # sealed export would leave them readable beside it.
        raise ValidationFailed(Problem("--documents", "cannot go with --pseudonymise or --seal"))
    seal = seal_passphrase(new=True) if args.seal else None
    with signed_in(args) as (db, actor):
        reason = args.reason
        if (
            reason is None
            and actor.role == "admin"
            and not args.pseudonymise
            and sys.stdin.isatty()
        ):
            reason = input("Why is this full export needed? ")
        doc = export_document(
            db, actor, project=args.project, pseudonymise=args.pseudonymise, reason=reason
        )
        files = 0
        if args.documents:
            keys = [person["key"] for person in doc["participants"]]
            files = write_documents(db, actor, keys, target)
    if seal is None:
        write_document(doc, target)
    else:  # sealed as it is written: the plain text never reaches the disk
        sealed_files.seal_bytes(document_bytes(doc), target, seal)
    what = "pseudonymised " if args.pseudonymise else ""
    people, projects = len(doc["participants"]), len(doc["projects"])
    print(
        f"exported {people} participant{'' if people == 1 else 's'}, {len(doc['staff'])} staff, "
        f"{projects} project{'' if projects == 1 else 's'} to {target} ({what}dataset v1"
        f"{', sealed' if seal else ''})"
    )
    if args.documents:
        print(f"wrote {files} document{'' if files == 1 else 's'} to {folder_for(target)}")
    return exits.DONE
