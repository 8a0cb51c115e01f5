"""Engines with the settings that keep data safe: SQLite pragmas, write locks taken up front."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL

from caseapp.storage import encryption, server

WRITE = "caseapp_write"


def make_engine(url: URL, passphrase: str | None = None) -> Engine:
    """`passphrase` makes an encrypted (SQLCipher) SQLite engine; see `encryption`."""
    if url.drivername.startswith("sqlite"):
        return _sqlite_engine(url, passphrase)
    if passphrase is not None:
        raise encryption.server_refused()
    return server.server_engine(url)


def _sqlite_engine(url: URL, passphrase: str | None = None) -> Engine:
    options = encryption.engine_options() if passphrase is not None else {}
    # hide_parameters: SQL errors and logs never show values (a CPR number, a note).
    engine = create_engine(url, connect_args={"timeout": 30}, hide_parameters=True, **options)
    if passphrase is not None:
        encryption.use_key(engine, passphrase)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event below decide how each transaction starts.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA busy_timeout = 30000")
        if url.database and url.database != ":memory:":
            cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA secure_delete = ON")
        # 64 MiB of page cache: bulk imports and the list queries touch many pages.
        cursor.execute("PRAGMA cache_size = -65536")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # A writer takes the write lock at BEGIN, so two writers queue on the busy timeout
        # instead of one failing halfway with "database is locked".
        if conn.get_execution_options().get(WRITE):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")

    return engine


def writer(engine: Engine) -> Engine:
    """The same engine (same pool), marked so that its transactions take the write lock."""
    return engine.execution_options(**{WRITE: True})
