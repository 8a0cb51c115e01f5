"""Backups and restores: a backup is a complete caseapp SQLite database file, whatever the source.

A backup can be opened directly by caseapp. A backup of an encrypted database is encrypted with
the same passphrase, and any backup can also be sealed with a passphrase of its own (a sealed
file, `sealed_files`). Restoring verifies the file first (integrity, schema version, audit chain)
and replaces the target only when everything is right: a SQLite target is swapped in whole; a
PostgreSQL target is emptied and refilled in one transaction.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import URL, create_engine
from sqlalchemy.orm import Session

from caseapp.domain.errors import DatabaseUnusable
from caseapp.services import audit, scope, sealed_files
from caseapp.services.actor import Actor, Can
from caseapp.storage import encryption, migrate
from caseapp.storage.copying import clear_tables, copy_tables
from caseapp.storage.database import Database, copy_sqlite, open_database
from caseapp.storage.location import to_url

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class BackupSummary:
    path: Path
    rows: int
    sealed: bool


def backup(
    db: Database,
    actor: Actor,
    out: Path,
    progress: Progress | None = None,
    *,
    seal_passphrase: str | None = None,
) -> BackupSummary:
    actor.require(Can.BACKUP)
    out = out.absolute()
    with db.unit_of_work() as session:
        scope.require_whole_database(session, actor)
        audit.record(session, actor, "backup_made", detail=out.name)
    partial = out.with_name(out.name + ".partial")
    partial.unlink(missing_ok=True)
    rows = -1
    try:
        if db.path is not None:
            copy_sqlite(db.path, partial, db.passphrase)
        else:
            rows = _copy_server(db, partial, progress)
        problem = verify_file(partial, db.passphrase)
        if problem:
            raise DatabaseUnusable(f"The backup could not be verified: {problem}")
        if seal_passphrase is not None:
            sealed_files.seal_file(partial, partial, seal_passphrase)
        os.replace(partial, out)
    finally:
        partial.unlink(missing_ok=True)
    return BackupSummary(out, rows, seal_passphrase is not None)


def _copy_server(db: Database, partial: Path, progress: Progress | None) -> int:
    open_database(partial, create=True).dispose()
    target = create_engine(URL.create("sqlite", database=str(partial)))
    try:
        with db.engine.connect() as src, target.begin() as dst:
            if db.dialect == "postgresql":
                # One snapshot of the whole server database, while others go on writing.
                src.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
            clear_tables(dst)
            return copy_tables(src, dst, progress)
    finally:
        target.dispose()


def _connect(path: Path, passphrase: str | None) -> Any:
    if passphrase is not None:
        return encryption.connect(path, passphrase)
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def verify_file(path: Path, passphrase: str | None = None) -> str | None:
    """Why a backup file cannot be restored, or None when it can. Never changes the file."""
    if not path.exists():
        return f"{path} does not exist"
    if passphrase is None and encryption.looks_encrypted(path):
        return "it is encrypted: its database passphrase is needed"
    try:
        conn = _connect(path, passphrase)
        try:
            (status,) = conn.execute("PRAGMA integrity_check").fetchone()
            if status != "ok":
                return f"the file is damaged ({status})"
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except (sqlite3.DatabaseError, DatabaseUnusable) as exc:
        return f"not a caseapp database, or the wrong passphrase ({type(exc).__name__})"
    except Exception as exc:  # the SQLCipher driver raises its own DatabaseError class
        if type(exc).__name__ == "DatabaseError":
            return "not a caseapp database, or the wrong passphrase"
        raise
    if row is None or row[0] not in migrate.known_revisions():
        return "made by a newer or unknown version of caseapp"
    if row[0] == migrate.head_revision() and passphrase is None:
        engine = create_engine(f"sqlite:///file:{path}?mode=ro&uri=true")
        try:
            return _audit_problem(engine)
        finally:
            engine.dispose()
    return None


def _audit_problem(engine: Any) -> str | None:
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
    *,
    passphrase: str | None = None,
    seal_passphrase: str | None = None,
) -> Actor:
    """Replace the target database with a verified backup; the restore is audit-logged in it.

    The backup is first copied beside the target (unsealed when sealed) and brought up to the
    program's schema there, so the backup file itself is never changed and a failure leaves the
    target as it was. The account is checked against that copy (`authenticate`), since the
    target may be missing or damaged. `passphrase` is the backed-up database's own passphrase
    when it was encrypted; the restored database keeps it.
    """
    url = to_url(target)
    sqlite_target = url.drivername.startswith("sqlite")
    place = Path(str(url.database)).parent if sqlite_target else Path(tempfile.gettempdir())
    place.mkdir(parents=True, exist_ok=True)
    staged = place / f".caseapp-restoring-{os.getpid()}.db"
    unsealed = place / f".caseapp-unsealed-{os.getpid()}.db"
    try:
        if sealed_files.is_sealed(source):
            if seal_passphrase is None:
                raise DatabaseUnusable(f"{source} is sealed: its passphrase is needed")
            sealed_files.open_sealed(source, unsealed, seal_passphrase)
            source_file = unsealed
        else:
            source_file = source
        problem = verify_file(source_file, passphrase)
        if problem:
            raise DatabaseUnusable(f"{source} cannot be restored: {problem}")
        copy_sqlite(source_file, staged, passphrase)
        staged_db = open_database(staged, passphrase=passphrase)
        try:
            problem = _audit_problem(staged_db.engine)
            if problem:
                raise DatabaseUnusable(f"{source} cannot be restored: {problem}")
            actor = authenticate(staged_db)
            actor.require(Can.BACKUP)
            if sqlite_target:
                with staged_db.unit_of_work() as session:
                    audit.record(session, actor, "restored_backup", detail=source.name)
                with staged_db.engine.connect() as conn:
                    conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            staged_db.dispose()
        if sqlite_target:
            path = Path(str(url.database))
            for suffix in ("-wal", "-shm"):
                Path(str(path) + suffix).unlink(missing_ok=True)
            os.replace(staged, path)
        else:
            _restore_into_server(staged, url, actor, source.name, progress, passphrase)
        return actor
    finally:
        for leftover in (staged, unsealed):
            for suffix in ("", "-wal", "-shm"):
                Path(str(leftover) + suffix).unlink(missing_ok=True)


def _restore_into_server(
    staged: Path,
    url: URL,
    actor: Actor,
    name: str,
    progress: Progress | None,
    passphrase: str | None,
) -> None:
    db = open_database(url, create=True)
    backup_db = open_database(staged, passphrase=passphrase)
    try:
        with backup_db.engine.connect() as src, db.engine.begin() as dst:
            clear_tables(dst)
            copy_tables(src, dst, progress)
        with db.unit_of_work() as session:
            audit.record(session, actor, "restored_backup", detail=name)
    finally:
        backup_db.dispose()
        db.dispose()
