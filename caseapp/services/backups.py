"""Backups and restores: a backup is a complete caseapp SQLite database file, whatever the source.

A backup can be opened directly by caseapp. It carries a checksum of its content and the audit
head at the time it was made (`storage.content_checksum`), which restore checks. A backup of an
encrypted database is encrypted with the same passphrase, and any backup can also be sealed with
a passphrase of its own (a sealed file, `sealed_files`). A plain copy is built in memory and
written whole, or sealed as it is written, so no plaintext copy is ever left half-written.

Restoring verifies the file first (integrity, schema version, checksum, audit chain) and replaces
the target only when everything is right. A SQLite target is overwritten page by page through
SQLite itself (its backup API), under its write lock: a program that still has the database open
goes on working on the restored content, instead of writing to a file that is no longer there.
A PostgreSQL target is emptied and refilled in one transaction.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine
from sqlalchemy.orm import Session
from sqlalchemy.pool import StaticPool

from caseapp.domain.errors import DatabaseUnusable
from caseapp.services import audit, scope, sealed_files
from caseapp.services.actor import Actor, Can
from caseapp.storage import audit_chain, content_checksum, encryption, migrate
from caseapp.storage.copying import clear_tables, copy_tables
from caseapp.storage.database import Database, copy_sqlite, open_database
from caseapp.storage.location import to_url

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class BackupSummary:
    path: Path
    rows: int
    sealed: bool
    # The audit head the backup holds, to note on paper (`audit.head_for_print`).
    audit_head: str = "audit -"


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
    key = audit_chain.load_key(create=False)
    if db.passphrase is not None:
        return _encrypted_backup(db, out, key, seal_passphrase)
    memory = sqlite3.connect(":memory:")
    try:
        rows = -1
        if db.path is not None:
            source = sqlite3.connect(db.path)
            try:
                source.backup(memory)  # one consistent snapshot, while others go on writing
            finally:
                source.close()
        else:
            rows = _copy_server(db, memory, progress)
        head = _head(memory)
        content_checksum.stamp(memory, head, key)
        problem = verify_connection(memory)
        if problem:
            raise DatabaseUnusable("The backup could not be verified: {problem}", problem=problem)
        # A backup is one self-contained file: marked as a rollback-journal database, so that
        # whoever opens it later (even to edit it) changes the file itself, not a -wal beside it.
        data = bytearray(memory.serialize())
        data[18:20] = b"\x01\x01"
    finally:
        memory.close()
    if seal_passphrase is not None:
        sealed_files.seal_bytes(bytes(data), out, seal_passphrase)
    else:
        with sealed_files.owner_only_partial(out) as f:
            f.write(data)
    return BackupSummary(out, rows, seal_passphrase is not None, head)


def _encrypted_backup(
    db: Database, out: Path, key: bytes | None, seal_passphrase: str | None
) -> BackupSummary:
    """The copy of an encrypted database is encrypted as it is written (no plaintext on disk)."""
    assert db.path is not None and db.passphrase is not None
    partial = out.with_name(out.name + ".copying")
    try:
        copy_sqlite(db.path, partial, db.passphrase)
        conn = encryption.connect(partial, db.passphrase)
        try:
            head = _head(conn)
            content_checksum.stamp(conn, head, key)
            problem = verify_connection(conn)
        finally:
            conn.close()
        if problem:
            raise DatabaseUnusable("The backup could not be verified: {problem}", problem=problem)
        if seal_passphrase is not None:
            sealed_files.seal_file(partial, out, seal_passphrase)
        else:
            os.replace(partial, out)
    finally:
        partial.unlink(missing_ok=True)
    return BackupSummary(out, -1, seal_passphrase is not None, head)


def _head(conn: Any) -> str:
    row = conn.execute("SELECT value FROM setting WHERE key = ?", (audit.HEAD_SETTING,)).fetchone()
    return audit_chain.printed_head(row[0] if row else None)


def _engine_on(conn: sqlite3.Connection) -> Engine:
    """An engine whose one connection is `conn` (an in-memory database)."""
    return create_engine("sqlite://", creator=lambda: conn, poolclass=StaticPool)


def _copy_server(db: Database, memory: sqlite3.Connection, progress: Progress | None) -> int:
    target = _engine_on(memory)
    with target.begin() as conn:
        migrate.upgrade(conn, migrate.head_revision())
    with db.engine.connect() as src, target.begin() as dst:
        if db.dialect == "postgresql":
            # One snapshot of the whole server database, while others go on writing.
            src.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
        clear_tables(dst)
        return copy_tables(src, dst, progress)


def verify_file(path: Path, passphrase: str | None = None) -> str | None:
    """Why a backup file cannot be restored, or None when it can. Never changes the file."""
    if not path.exists():
        return f"{path} does not exist"
    if passphrase is None and encryption.looks_encrypted(path):
        return "it is encrypted: its database passphrase is needed"
    try:
        if passphrase is not None:
            conn = encryption.connect(path, passphrase)
        else:
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.DatabaseError:
        return "not a caseapp database"
    try:
        return verify_connection(conn)
    finally:
        conn.close()


def verify_connection(conn: Any) -> str | None:
    """Why the database behind `conn` cannot be restored, or None when it can."""
    try:
        (status,) = conn.execute("PRAGMA integrity_check").fetchone()
        if status != "ok":
            return f"the file is damaged ({status})"
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        if row is None or row[0] not in migrate.known_revisions():
            return "made by a newer or unknown version of caseapp"
        keyed = "setting" in _tables(conn) and _has_keyed_chain(conn)
        if keyed or content_checksum.recorded_head(conn) is not None:
            # Made by a caseapp that writes checksums: the checksum must be there and hold.
            problem = content_checksum.problem(conn, audit_chain.load_key(create=False))
            if problem:
                return problem
    except Exception as exc:  # sqlite3's or the SQLCipher driver's own DatabaseError
        if isinstance(exc, sqlite3.DatabaseError) or type(exc).__name__ == "DatabaseError":
            return f"not a caseapp database, or the wrong passphrase ({exc})"
        raise
    if row[0] == migrate.head_revision() and isinstance(conn, sqlite3.Connection):
        return _audit_problem(_engine_on(conn))
    return None


def _tables(conn: Any) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _has_keyed_chain(conn: Any) -> bool:
    found = conn.execute(
        "SELECT 1 FROM setting WHERE key = ?", (audit_chain.KEYED_SETTING,)
    ).fetchone()
    return found is not None


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

    The backup is opened in memory (unsealed when sealed) and brought up to the program's schema
    there, so the backup file itself is never changed, no plaintext copy is written beside it,
    and a failure leaves the target as it was. The account is checked against that copy
    (`authenticate`), since the target may be missing or damaged. `passphrase` is the backed-up
    database's own passphrase when it was encrypted; the restored database keeps it.
    """
    url = to_url(target)
    if passphrase is not None:
        return _restore_encrypted(source, url, authenticate, passphrase, seal_passphrase)
    data = _backup_bytes(source, seal_passphrase)
    memory = sqlite3.connect(":memory:")
    try:
        _load(memory, data, source)
        problem = verify_connection(memory)
        if problem:
            raise DatabaseUnusable(
                "{source} cannot be restored: {problem}", source=source, problem=problem
            )
        memory.execute("DELETE FROM setting WHERE key = ?", (content_checksum.SETTING,))
        memory.commit()
        staged = Database(URL.create("sqlite"), _engine_on(memory))
        with staged.engine.begin() as conn:
            if migrate.current_revision(conn) != migrate.head_revision():
                migrate.upgrade(conn, migrate.head_revision())
        problem = _audit_problem(staged.engine)
        if problem:
            raise DatabaseUnusable(
                "{source} cannot be restored: {problem}", source=source, problem=problem
            )
        actor = authenticate(staged)
        actor.require(Can.BACKUP)
        if url.drivername.startswith("sqlite"):
            with staged.unit_of_work() as session:
                audit.record(session, actor, "restored_backup", detail=source.name)
            _overwrite(memory, Path(str(url.database)), None)
        else:
            _restore_into_server(staged.engine, url, actor, source.name, progress)
        return actor
    finally:
        memory.close()


def _backup_bytes(source: Path, seal_passphrase: str | None) -> bytes:
    if sealed_files.is_sealed(source):
        if seal_passphrase is None:
            raise DatabaseUnusable("{source} is sealed: its passphrase is needed", source=source)
        return sealed_files.open_sealed_bytes(source, seal_passphrase)
    if not source.is_file():
        raise DatabaseUnusable("{source} cannot be restored: it does not exist", source=source)
    if encryption.looks_encrypted(source):
        raise DatabaseUnusable(
            "{source} cannot be restored: it is encrypted: its database passphrase is needed",
            source=source,
        )
    return source.read_bytes()


def _load(memory: sqlite3.Connection, data: bytes, source: Path) -> None:
    if not data.startswith(encryption.SQLITE_HEADER) or len(data) < 100:
        raise DatabaseUnusable("{source} cannot be restored: not a caseapp database", source=source)
    image = bytearray(data)
    image[18:20] = b"\x01\x01"  # as a rollback-journal database: memory holds no WAL
    try:
        memory.deserialize(bytes(image))
    except sqlite3.DatabaseError as exc:
        raise DatabaseUnusable(
            "{source} cannot be restored: the file is damaged ({exc})", source=source, exc=exc
        ) from exc


def _overwrite(source: Any, path: Path, passphrase: str | None) -> None:
    """Write `source`'s content into the database file at `path`, through SQLite and under its
    write lock, so that programs which have it open see the restored content from their next
    transaction on. A target that does not exist, or is not a readable database, is replaced."""
    if path.exists():
        try:
            target = encryption.connect(path, passphrase) if passphrase else sqlite3.connect(path)
            try:
                target.execute("PRAGMA busy_timeout = 30000")
                source.backup(target)
            finally:
                target.close()
            return
        except sqlite3.DatabaseError:
            pass  # not a database SQLite can write into (damaged): replaced below
        except Exception as exc:  # the SQLCipher driver's own DatabaseError
            if type(exc).__name__ != "DatabaseError":
                raise
    partial = path.with_name(f".{path.name}.restoring-{os.getpid()}")
    try:
        target = encryption.connect(partial, passphrase) if passphrase else sqlite3.connect(partial)
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode = WAL")
        finally:
            target.close()
        for suffix in ("-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        os.replace(partial, path)
    finally:
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(str(partial) + suffix).unlink(missing_ok=True)


def _restore_encrypted(
    source: Path,
    url: URL,
    authenticate: Callable[[Database], Actor],
    passphrase: str,
    seal_passphrase: str | None,
) -> Actor:
    """An encrypted backup is staged as a file: it is ciphertext, so nothing readable is left."""
    sqlite_target = url.drivername.startswith("sqlite")
    place = Path(str(url.database)).parent if sqlite_target else Path(tempfile.gettempdir())
    place.mkdir(parents=True, exist_ok=True)
    staged = place / f".caseapp-restoring-{os.getpid()}.db"
    unsealed = place / f".caseapp-unsealed-{os.getpid()}.db"
    try:
        if sealed_files.is_sealed(source):
            if seal_passphrase is None:
                raise DatabaseUnusable(
                    "{source} is sealed: its passphrase is needed", source=source
                )
            sealed_files.open_sealed(source, unsealed, seal_passphrase)
            source_file = unsealed
        else:
            source_file = source
        problem = verify_file(source_file, passphrase)
        if problem:
            raise DatabaseUnusable(
                "{source} cannot be restored: {problem}", source=source, problem=problem
            )
        copy_sqlite(source_file, staged, passphrase)
        staged_db = open_database(staged, passphrase=passphrase)
        try:
            actor = authenticate(staged_db)
            actor.require(Can.BACKUP)
            if not sqlite_target:
                _restore_into_server(staged_db.engine, url, actor, source.name, None)
                return actor
            with staged_db.unit_of_work() as session:
                audit.record(session, actor, "restored_backup", detail=source.name)
        finally:
            staged_db.dispose()
        conn = encryption.connect(staged, passphrase)
        try:
            _overwrite(conn, Path(str(url.database)), passphrase)
        finally:
            conn.close()
        return actor
    finally:
        for leftover in (staged, unsealed):
            for suffix in ("", "-wal", "-shm"):
                Path(str(leftover) + suffix).unlink(missing_ok=True)


def _restore_into_server(
    staged: Engine, url: URL, actor: Actor, name: str, progress: Progress | None
) -> None:
    db = open_database(url, create=True)
    try:
        with staged.connect() as src, db.engine.begin() as dst:
            clear_tables(dst)
            copy_tables(src, dst, progress)
        with db.unit_of_work() as session:
            audit.record(session, actor, "restored_backup", detail=name)
    finally:
        db.dispose()
