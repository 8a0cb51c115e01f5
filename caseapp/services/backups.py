"""Backups and restores: a backup is a complete caseapp SQLite database file, whatever the source.

A backup can be opened directly by caseapp. Restoring verifies the file first (integrity, schema
version, audit chain) and replaces the target only when everything is right: a SQLite target is
swapped in whole; a PostgreSQL target is emptied and refilled in one transaction.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import URL, Engine, create_engine
from sqlalchemy.orm import Session

from caseapp.domain.errors import DatabaseUnusable
from caseapp.services import audit
from caseapp.services.actor import Actor, Can
from caseapp.storage import migrate
from caseapp.storage.copying import clear_tables, copy_tables
from caseapp.storage.database import Database, copy_sqlite, open_database
from caseapp.storage.location import to_url

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class BackupSummary:
    path: Path
    rows: int


def backup(
    db: Database, actor: Actor, out: Path, progress: Progress | None = None
) -> BackupSummary:
    actor.require(Can.BACKUP)
    out = out.absolute()
    with db.unit_of_work() as session:
        audit.record(session, actor, "backup_made", detail=out.name)
    partial = out.with_name(out.name + ".partial")
    partial.unlink(missing_ok=True)
    if db.path is not None:
        copy_sqlite(db.path, partial)
        rows = -1
    else:
        target = create_engine(URL.create("sqlite", database=str(partial)))
        migrate_target = open_database(partial, create=True)
        migrate_target.dispose()
        with db.engine.connect() as src, target.begin() as dst:
            if db.dialect == "postgresql":
                src.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
            clear_tables(dst)
            rows = copy_tables(src, dst, progress)
        target.dispose()
    problem = verify_file(partial)
    if problem:
        partial.unlink(missing_ok=True)
        raise DatabaseUnusable(f"The backup could not be verified: {problem}")
    os.replace(partial, out)
    return BackupSummary(out, rows)


def verify_file(path: Path) -> str | None:
    """Why a backup file cannot be restored, or None when it can. Never changes the file."""
    if not path.exists():
        return f"{path} does not exist"
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            (status,) = conn.execute("PRAGMA integrity_check").fetchone()
            if status != "ok":
                return f"the file is damaged ({status})"
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return f"not a caseapp database ({exc})"
    if row is None or row[0] not in migrate.known_revisions():
        return "made by a newer or unknown version of caseapp"
    if row[0] == migrate.head_revision():
        engine = create_engine(f"sqlite:///file:{path}?mode=ro&uri=true")
        try:
            return _audit_problem(engine)
        finally:
            engine.dispose()
    return None


def _audit_problem(engine: Engine) -> str | None:
    with Session(engine) as session:
        breaks = audit.verify(session)
    if breaks:
        return f"its audit log is broken at entry {breaks[0].entry_id}"
    return None


def restore(
    source: Path,
    target: str | os.PathLike[str] | None,
    authenticate: Callable[[Database], Actor],
    progress: Progress | None = None,
) -> Actor:
    """Replace the target database with a verified backup; the restore is audit-logged in it.

    The backup is first copied beside the target and brought up to the program's schema there,
    so the backup file itself is never changed and a failure leaves the target as it was. The
    account is checked against that copy (`authenticate`), since the target may be missing or
    damaged.
    """
    problem = verify_file(source)
    if problem:
        raise DatabaseUnusable(f"{source} cannot be restored: {problem}")
    url = to_url(target)
    sqlite_target = url.drivername.startswith("sqlite")
    place = Path(str(url.database)).parent if sqlite_target else Path(tempfile.gettempdir())
    place.mkdir(parents=True, exist_ok=True)
    staged = place / f".caseapp-restoring-{os.getpid()}.db"
    copy_sqlite(source, staged)
    try:
        staged_db = open_database(staged)
        try:
            problem = _audit_problem(staged_db.engine)
            if problem:
                raise DatabaseUnusable(f"{source} cannot be restored: {problem}")
            actor = authenticate(staged_db)
            actor.require(Can.BACKUP)
            if sqlite_target:
                with staged_db.unit_of_work() as session:
                    audit.record(session, actor, "restored_backup", detail=source.name)
        finally:
            staged_db.dispose()
        if sqlite_target:
            path = Path(str(url.database))
            for suffix in ("-wal", "-shm"):
                Path(str(path) + suffix).unlink(missing_ok=True)
            os.replace(staged, path)
        else:
            _restore_into_server(staged, url, actor, source.name, progress)
        return actor
    finally:
        for suffix in ("", "-wal", "-shm"):
            Path(str(staged) + suffix).unlink(missing_ok=True)


def _restore_into_server(
    staged: Path, url: URL, actor: Actor, name: str, progress: Progress | None
) -> None:
    db = open_database(url, create=True)
    backup_db = open_database(staged)
    try:
        with backup_db.engine.connect() as src, db.engine.begin() as dst:
            clear_tables(dst)
            copy_tables(src, dst, progress)
        with db.unit_of_work() as session:
            audit.record(session, actor, "restored_backup", detail=name)
    finally:
        backup_db.dispose()
        db.dispose()
