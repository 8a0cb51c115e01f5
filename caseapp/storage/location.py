"""Where a database is: turning `--db`, `CASEAPP_DB` or the default into a SQLAlchemy URL."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir
from sqlalchemy.engine import URL, make_url


def default_database_path() -> Path:
    return Path(user_data_dir("caseapp", appauthor=False)) / "caseapp.db"


def to_url(db: str | os.PathLike[str] | None) -> URL:
    """A file path becomes a SQLite URL; a URL is taken as it is; None means the default."""
    if db is None:
        db = os.environ.get("CASEAPP_DB") or default_database_path()
    text = os.fspath(db)
    if "://" in text:
        url = make_url(text)
        if url.drivername == "postgresql":
            url = url.set(drivername="postgresql+psycopg")
        return url
    return URL.create("sqlite", database=str(Path(text).expanduser().absolute()))


def sqlite_path(url: URL) -> Path | None:
    """The file of a SQLite URL, or None for other databases and in-memory SQLite."""
    if not url.drivername.startswith("sqlite"):
        return None
    if not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def safe_display(url: URL) -> str:
    """The URL with any password hidden, for messages and logs."""
    return url.render_as_string(hide_password=True)
