"""Opening a case database: refuse what must not be touched, back up, upgrade, hand out sessions.

A database is created only when asked (`create=True`); a mistyped path never makes an empty one.
Before a schema upgrade a SQLite file is copied beside itself; PostgreSQL upgrades in one
transaction (its DDL is transactional), so a failed upgrade leaves it as it was.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, inspect
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from caseapp.domain.errors import ConnectionLost, DatabaseUnusable, NotFound, StaleEdit
from caseapp.storage import encryption, migrate, server
from caseapp.storage.engine import make_engine, writer
from caseapp.storage.location import safe_display, sqlite_path, to_url
from caseapp.storage.locks import lock_schema


@dataclass
class Database:
    url: URL
    engine: Engine
    backup_made: Path | None = None
    # Kept in memory only, to key new connections and copies of an encrypted database.
    passphrase: str | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        self._write = sessionmaker(writer(self.engine), expire_on_commit=False)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def display(self) -> str:
        return safe_display(self.url)

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    def set_session_info(self, **info: object) -> None:
        """Tag every session handed out from now on (`session.info`): a field laptop's."""
        for maker in (self._read, self._write):
            maker.configure(info=dict(info))

    def reader(self) -> Session:
        """A session for reading; it never takes the write lock."""
        return self._read()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A reader session for a block; a server out of reach becomes `ConnectionLost`."""
        with self.reader() as session:
            try:
                yield session
            except DBAPIError as exc:
                self._raise_if_lost(exc)
                raise

    def _raise_if_lost(self, exc: DBAPIError) -> None:
        if server.is_server(self.url) and server.lost_connection(exc):
            raise ConnectionLost(server.CONNECTION_LOST) from exc

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """One write transaction: commits when the block ends, rolls back on any exception.

        A stale edit (the version read is no longer the stored one) becomes `StaleEdit`.
        """
        session = self._write()
        try:
            yield session
            session.commit()
        except StaleDataError as exc:
            session.rollback()
            raise StaleEdit(
                "Someone else changed this record after you opened it. "
                "Your change was not saved; reopen the record and try again."
            ) from exc
        except DBAPIError as exc:
            session.rollback()
            self._raise_if_lost(exc)
            raise
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(
    db: str | os.PathLike[str] | URL | None = None,
    *,
    create: bool = False,
    passphrase: str | None = None,
    upgrade: bool = True,
) -> Database:
    """Open (and, with `create`, make) a database, upgrading its schema to the program's.

    `passphrase` opens (or makes) an encrypted SQLite file (`encryption`). `upgrade=False`
    refuses a database at another schema than the program's instead of upgrading it (a field
    laptop never upgrades its team server)."""
    url = db if isinstance(db, URL) else to_url(db)
    path = sqlite_path(url)
    if path is not None:
        if not path.exists() and not create:
            raise NotFound(
                "No database at {path}. Create one with 'caseapp init' or 'caseapp demo'.",
                path=path,
            )
        if passphrase is None and encryption.looks_encrypted(path):
            raise DatabaseUnusable(
                "{path} is encrypted (or not a database): give its passphrase in "
                "CASEAPP_DB_PASSPHRASE.",
                path=path,
            )
        if create:
            path.parent.mkdir(parents=True, exist_ok=True)
            _create_private(path)
    from caseapp.storage import outbox  # it builds on this module

    engine = make_engine(url, passphrase)
    if server.is_server(url):
        server.check_connects(engine, safe_display(url))
    database = Database(url, engine, passphrase=passphrase)
    try:
        database.backup_made = _bring_up_to_date(database, create=create, upgrade=upgrade)
        # Reads a setting: a damaged database (its settings table gone) is refused here too.
        outbox.attach(database)
    except DatabaseUnusable:
        engine.dispose()
        raise
    except (OperationalError, DBAPIError) as exc:
        engine.dispose()
        raise DatabaseUnusable(
            "{database} cannot be used: {orig}", database=safe_display(url), orig=exc.orig
        ) from exc
    except sqlite3.DatabaseError as exc:
        engine.dispose()
        raise DatabaseUnusable(
            "{database} cannot be used: {exc}", database=safe_display(url), exc=exc
        ) from exc
    return database


def _create_private(path: Path) -> None:
    """A new database file readable by its owner only (0600), like every file the program
    writes; SQLite gives its journal files the same permissions. An existing file is left as
    it is."""
    with suppress(FileExistsError):
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))


def _bring_up_to_date(database: Database, *, create: bool, upgrade: bool = True) -> Path | None:
    head = migrate.head_revision()
    with database.engine.connect() as conn:
        current = migrate.current_revision(conn)
        has_tables = bool(inspect(conn).get_table_names())
    if current == head:
        return None
    if current is not None and current not in migrate.known_revisions():
        raise DatabaseUnusable(
            "{display} was made by a newer version of caseapp (schema {current}); it was not "
            "changed. Install the newer caseapp to open it.",
            display=database.display,
            current=current,
        )
    if current is None and has_tables:
        raise DatabaseUnusable(
            "{display} is not a caseapp database; it was not changed.", display=database.display
        )
    if current is None and not create:
        raise DatabaseUnusable("{display} holds no caseapp database.", display=database.display)
    if not upgrade:
        raise DatabaseUnusable(
            "{display} is at schema {current}, this caseapp at {head}: update caseapp on the "
            "server (its administrator) first; nothing was changed.",
            display=database.display,
            current=current,
            head=head,
        )
    # One upgrader at a time (SQLite: the write lock taken at BEGIN; PostgreSQL: an advisory
    # lock); the revision is read again under the lock, since another process may have
    # upgraded meanwhile.
    with writer(database.engine).begin() as conn:
        lock_schema(conn)
        current = migrate.current_revision(conn)
        if current == head:
            return None
        backup = backup_before_upgrade(database, current) if current is not None else None
        migrate.upgrade(conn, head)
    return backup


def backup_before_upgrade(database: Database, revision: str) -> Path | None:
    path = database.path
    if path is None:
        return None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.before-upgrade-{revision}-{stamp}{path.suffix}")
    copy_sqlite(path, target, database.passphrase)
    return target


def copy_sqlite(source: Path, target: Path, passphrase: str | None = None) -> None:
    """A consistent copy of a live SQLite database (its WAL included), via the backup API.

    The copy of an encrypted database is encrypted with the same passphrase."""
    tmp = target.with_name(target.name + ".partial")
    tmp.unlink(missing_ok=True)
    if passphrase is not None:
        src = encryption.connect(source, passphrase)
    else:
        src = sqlite3.connect(source)
    try:
        dst = encryption.connect(tmp, passphrase) if passphrase else sqlite3.connect(tmp)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    os.replace(tmp, target)
