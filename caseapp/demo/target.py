"""Where a demo is written, so that a failed or interrupted run never leaves half a demo behind.

A SQLite file is built under a temporary name beside the target and moved into place only when it
is complete. A server database (PostgreSQL) is filled in one transaction, which on `force` also
empties it first. An existing database is never touched without `force`.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from caseapp.domain.errors import Problem, ValidationFailed
from caseapp.storage.database import Database, open_database
from caseapp.storage.location import sqlite_path, to_url
from caseapp.storage.models import Participant, Project, Staff

# The files SQLite may keep beside a database; a stale one must never sit beside a new file.
_SIDECARS = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class Target:
    database: Database  # the database to fill
    clear: bool  # whether what it holds must be deleted first (in the same transaction)
    shown: str  # where the demo ends up, for messages


def _refuse(where: str) -> ValidationFailed:
    return ValidationFailed(
        Problem(
            "--db", "{where} already exists; add --force to replace it with a demo", where=where
        )
    )


@contextlib.contextmanager
def demo_database(db: str | os.PathLike[str] | None, *, force: bool) -> Iterator[Target]:
    """Where to write the demo; it is in place when the block ends without an error."""
    url = to_url(db)
    path = sqlite_path(url)
    if path is None:
        database = open_database(url, create=True)
        try:
            with database.reader() as session:
                held = any(
                    session.scalar(select(model.id).limit(1)) is not None
                    for model in (Staff, Project, Participant)
                )
            if held and not force:
                raise _refuse(database.display)
            yield Target(database, held, database.display)
        finally:
            database.dispose()
        return
    if path.is_dir():
        raise ValidationFailed(
            Problem("--db", "{path} is a folder, not a database file", path=path)
        )
    if path.exists() and not force:
        raise _refuse(str(path))
    partial = path.with_name(path.name + ".demo-partial")
    _remove(partial)
    database = open_database(partial, create=True)
    try:
        yield Target(database, False, str(path))
    except BaseException:
        database.dispose()
        _remove(partial)
        raise
    database.dispose()
    _checkpoint(partial)
    if path.exists():
        _checkpoint(path)
        for suffix in _SIDECARS:
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    os.replace(partial, path)
    _remove(partial)  # an emptied log may be left under the temporary name


def _checkpoint(path: Path) -> None:
    """Fold a SQLite file's write-ahead log into it, so that the file alone holds everything."""
    if not Path(f"{path}-wal").exists():
        return
    try:
        connection = sqlite3.connect(path)
        try:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            connection.close()
    except sqlite3.Error:
        pass  # not a database we can read: it is being replaced anyway


def _remove(path: Path) -> None:
    path.unlink(missing_ok=True)
    for suffix in _SIDECARS:
        Path(f"{path}{suffix}").unlink(missing_ok=True)
