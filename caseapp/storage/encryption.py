"""Encrypted SQLite databases (SQLCipher): the driver, and the key given on every connection.

The key comes from a passphrase that is handed in by the caller and kept only in memory: it is
never put in a URL (URLs end up in messages and logs) nor written anywhere. Each new connection
runs `PRAGMA key` before anything else reads the file.
"""

from __future__ import annotations

import os
from pathlib import Path
from types import ModuleType
from typing import Any

from sqlalchemy import Engine, event

from caseapp.domain.errors import DatabaseUnusable, Message, Problem, ValidationFailed

MISSING_DRIVER = Message(
    "this installation cannot open encrypted databases: install sqlcipher3-binary "
    "(pip install sqlcipher3-binary)"
)
WRONG_PASSPHRASE = Message("the passphrase is wrong, or the file is not a caseapp database")
SQLITE_HEADER = b"SQLite format 3\x00"
MIN_PASSPHRASE = 8


def driver() -> ModuleType:
    """The SQLCipher DB-API module; a clear error where this installation has none."""
    try:
        from sqlcipher3 import dbapi2
    except ImportError:
        raise DatabaseUnusable(MISSING_DRIVER) from None
    return dbapi2


def available() -> bool:
    try:
        driver()
    except DatabaseUnusable:
        return False
    return True


def looks_encrypted(path: Path) -> bool:
    """True for a non-empty file that does not start like a plain SQLite database."""
    try:
        with path.open("rb") as f:
            head = f.read(len(SQLITE_HEADER))
    except OSError:
        return False
    return bool(head) and head != SQLITE_HEADER


def check_new_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise ValidationFailed(
            Problem(
                "passphrase",
                "must be at least {min_passphrase} characters",
                min_passphrase=MIN_PASSPHRASE,
            )
        )


def _key_statement(passphrase: str) -> str:
    if not passphrase:
        raise ValidationFailed(Problem("passphrase", "is empty"))
    return "PRAGMA key = '" + passphrase.replace("'", "''") + "'"


def connect(path: str | os.PathLike[str], passphrase: str, **kwargs: Any) -> Any:
    """A keyed SQLCipher connection; DatabaseUnusable when the passphrase does not open it."""
    module = driver()
    conn = module.connect(os.fspath(path), **kwargs)
    try:
        # SQLCipher writes its own errors (a failed key check) to standard error; keep quiet.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(_key_statement(passphrase))
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except module.DatabaseError:
        conn.close()
        raise DatabaseUnusable(WRONG_PASSPHRASE) from None
    return conn


def server_refused() -> ValidationFailed:
    return ValidationFailed(
        Problem(
            "--encrypted",
            "applies to SQLite database files; a database server encrypts its own storage",
        )
    )


def engine_options() -> dict[str, Any]:
    """Extra `create_engine` arguments for an encrypted SQLite database."""
    return {"module": driver()}


def use_key(engine: Engine, passphrase: str) -> None:
    """Make every connection the engine opens a keyed one."""
    _key_statement(passphrase)  # refuse an empty passphrase now, not at the first query

    @event.listens_for(engine, "do_connect")
    def _connect(_dialect: Any, _record: Any, cargs: Any, cparams: Any) -> Any:
        return connect(cargs[0], passphrase, **cparams)
