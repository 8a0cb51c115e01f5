"""Databases for the hardening runs: SQLite files and fresh PostgreSQL databases, made at the
program's schema or at an older one."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine

from caseapp.services import accounts
from caseapp.storage import migrate
from caseapp.storage.database import open_database
from caseapp.storage.location import to_url
from tests.conftest import PG_ADMIN_URL, POSTGRES, _pg_plain_url
from tests.hardening.conftest import ADMIN, PW

# The revision the oldest supported database is at (for the concurrent-upgrade runs).
OLD_REVISION = "0002"


@contextmanager
def postgres_database() -> Iterator[str]:
    """The URL of a new, empty PostgreSQL database, dropped afterwards."""
    import psycopg

    if not POSTGRES:
        raise RuntimeError("no PostgreSQL server answers")
    name = f"caseapp_hard_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(_pg_plain_url(), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield PG_ADMIN_URL.rsplit("/", 1)[0] + "/" + name
    finally:
        with psycopg.connect(_pg_plain_url(), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextmanager
def database(kind: str, folder: Path) -> Iterator[str]:
    """An empty database (URL or file path) of `kind` 'sqlite' or 'postgres'."""
    if kind == "postgres":
        with postgres_database() as url:
            yield url
    else:
        folder.mkdir(parents=True, exist_ok=True)
        yield str(folder / f"case-{uuid.uuid4().hex[:8]}.db")


def make_team(db_name: str) -> None:
    """The program's schema and the accounts the runs act as (team lead 'lead', admin 'admin')."""
    db = open_database(db_name, create=True)
    try:
        with db.unit_of_work() as s:
            accounts.create_first_admin(s, "admin", "Admin", PW)
            accounts.add_user(s, ADMIN, "lead", "Erik", "team_lead", PW)
    finally:
        db.dispose()


def make_old(db_name: str) -> None:
    """A database at OLD_REVISION, as an older caseapp left it."""
    engine = create_engine(to_url(db_name))
    try:
        with engine.begin() as conn:
            migrate.upgrade(conn, OLD_REVISION)
    finally:
        engine.dispose()
