"""`caseapp import FILE`: load a dataset (format v1) into a database, all or nothing.

With `--create` the database is made when it does not exist. A new database has no account that
can sign in, so such an import acts as the program itself ('system' in the audit log) and says
how to add an administrator; a database with accounts always asks who is importing.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from caseapp.cli import exits
from caseapp.cli.context import (
    TerminalProgress,
    add_db_argument,
    add_user_argument,
    open_existing,
    sign_in,
)
from caseapp.cli.sealing import seal_passphrase
from caseapp.dataset.checks import check_document
from caseapp.dataset.document_files import read_documents
from caseapp.dataset.files import load_document, parse_document
from caseapp.dataset.importer import KeysInDatabase, import_document
from caseapp.domain.errors import Problem, ValidationFailed
from caseapp.services import sealed_files
from caseapp.services.actor import SYSTEM, Actor
from caseapp.storage.database import Database, open_database
from caseapp.storage.location import sqlite_path, to_url
from caseapp.storage.models import Staff


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "import",
        help="load a dataset (format v1), all or nothing",
        description="Check a dataset file (format v1) and load it into the database in one "
        "transaction: every problem is listed and nothing is written when there is one. Keys "
        "(staff, projects, participants) the database already holds are refused unless --merge "
        "is given. A merge updates them from the file: staff get the file's name and e-mail "
        "but keep their account (password, role); projects get the file's fields and contract "
        "(kept as a new contract revision); participants get the file's details, and their "
        "records (enrolments, contacts, spells, goals, tasks) are replaced by the file's. "
        "People whose personal data was erased are left as they are; what the file does not "
        "mention is left untouched. Staff added from a file cannot sign in until an "
        "administrator sets their password. The documents an export wrote beside the file "
        "(FILE.documents/) are imported with it, each checked against the manifest first "
        "(present, within the size limit, a PDF, PNG or JPEG, its SHA-256 unchanged).",
    )
    p.add_argument("file", metavar="FILE", help="the dataset file (JSON)")
    add_db_argument(p)
    add_user_argument(p)
    p.add_argument(
        "--create",
        action="store_true",
        help="create the database when it does not exist; into a database that no account can "
        "sign in to, the import runs as 'system'",
    )
    p.add_argument(
        "--merge",
        action="store_true",
        help="update staff, projects and participants the database already holds: a "
        "participant's records are replaced by the file's (default: refuse such keys)",
    )
    p.set_defaults(func=run)


def report(file: str, problems: list[Problem], warnings: list[Problem]) -> None:
    """One line per problem on standard error: `FILE: path: what is wrong`."""
    for problem in problems:
        print(f"{file}: {problem}", file=sys.stderr)
    for warning in warnings:
        print(f"{file}: warning: {warning}", file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    file = str(args.file)
    try:
        doc = _load(file)
    except ValidationFailed as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return exits.BAD_INPUT
    try:
        # Checked before the database is touched: a bad folder leaves everything as it was.
        files, folder_warnings = read_documents(Path(file), _participant_keys(doc))
    except ValidationFailed as exc:
        report(file, exc.problems, [])
        print(f"{file}: nothing was imported", file=sys.stderr)
        return exits.BAD_INPUT
    new_file = _would_create(args)
    if new_file:
        # Check before the database is made, so a bad file leaves no empty database behind.
        checked = check_document(doc)
        if checked.problems:
            report(file, checked.problems, checked.warnings)
            return exits.BAD_INPUT
    # An existing file is opened as any command opens it (an encrypted one asks its passphrase).
    server = sqlite_path(to_url(args.db)) is None
    if new_file or (args.create and server):
        db = open_database(args.db, create=True)
    else:
        db = open_existing(args)
    try:
        actor, first = _actor(db, args)
        summary = import_document(
            db,
            actor,
            doc,
            merge=args.merge,
            progress=TerminalProgress("Importing"),
            files=files,
        )
    except ValidationFailed as exc:
        report(file, exc.problems, exc.warnings)
        if isinstance(exc, KeysInDatabase):
            print(
                f"{file}: nothing was imported; import with --merge to update these from the file",
                file=sys.stderr,
            )
        return exits.BAD_INPUT
    finally:
        db.dispose()
    report(file, [], summary.warnings + folder_warnings)
    print(f"{summary.describe()} into {db.display}")
    if first:
        print(
            f"No account can sign in to {db.display} yet (the import ran as 'system'). "
            "Give an administrator a password first: 'caseapp users add KEY --name NAME "
            "--role admin --db ...' (or 'caseapp users passwd KEY' for an imported admin).",
            file=sys.stderr,
        )
    return exits.DONE


def _load(file: str) -> dict[str, Any]:
    """The document; a sealed file is opened with its passphrase in memory, never on disk."""
    if not sealed_files.is_sealed(Path(file)):
        return load_document(file)
    data = sealed_files.open_sealed_bytes(Path(file), seal_passphrase(new=False))
    return parse_document(data, file)


def _participant_keys(doc: Any) -> set[str]:
    """The participant keys of a document not yet checked (its checks come later)."""
    people = doc.get("participants") if isinstance(doc, dict) else None
    if not isinstance(people, list):
        return set()
    return {p["key"] for p in people if isinstance(p, dict) and isinstance(p.get("key"), str)}


def _would_create(args: argparse.Namespace) -> bool:
    if not args.create:
        return False
    path = sqlite_path(to_url(args.db))
    return path is not None and not path.exists()


def _actor(db: Database, args: argparse.Namespace) -> tuple[Actor, bool]:
    """Who imports; (SYSTEM, True) only for `--create` into a database nobody can sign in to."""
    if args.create:
        with db.reader() as session:
            accounts = session.scalar(
                select(func.count(Staff.id)).where(Staff.password_hash.is_not(None))
            )
        if not accounts:
            return SYSTEM, True
    return sign_in(db, args), False
