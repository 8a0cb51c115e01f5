"""Shared fixtures: databases (SQLite files, and PostgreSQL when a server answers), actors."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("CASEAPP_SETTINGS_SCOPE", "test")

from caseapp.services import accounts
from caseapp.services.actor import Actor
from caseapp.storage.database import Database, open_database

FIXTURES = Path(__file__).parent / "fixtures"
PG_ADMIN_URL = os.environ.get(
    "CASEAPP_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)


def _postgres_available() -> bool:
    try:
        import psycopg
    except ImportError:
        return False
    try:
        with psycopg.connect(
            PG_ADMIN_URL.replace("postgresql+psycopg", "postgresql"), connect_timeout=2
        ):
            return True
    except Exception:
        return False


POSTGRES = _postgres_available()


@pytest.fixture
def sqlite_db(tmp_path: Path) -> Iterator[Database]:
    db = open_database(tmp_path / "case.db", create=True)
    yield db
    db.dispose()


@pytest.fixture
def postgres_db() -> Iterator[Database]:
    if not POSTGRES:
        pytest.skip("no PostgreSQL server answers")
    import psycopg

    name = f"caseapp_test_{uuid.uuid4().hex[:12]}"
    plain = PG_ADMIN_URL.replace("postgresql+psycopg", "postgresql")
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = PG_ADMIN_URL.rsplit("/", 1)[0] + "/" + name
    db = open_database(url, create=True)
    try:
        yield db
    finally:
        db.dispose()
        with psycopg.connect(plain, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db(request: pytest.FixtureRequest) -> Database:
    """The same test against a SQLite file and, where it runs, PostgreSQL."""
    return request.getfixturevalue(f"{request.param}_db")


@pytest.fixture
def admin(db: Database) -> Actor:
    with db.unit_of_work() as session:
        accounts.create_first_admin(session, "admin", "Administrator", "admin-password")
    return Actor("admin", "Administrator", "admin")


@pytest.fixture
def worker(db: Database, admin: Actor) -> Actor:
    with db.unit_of_work() as session:
        accounts.add_user(
            session, admin, "mmp", "Mette Mondrup Pedersen", "coordinator", "secret-pw"
        )
        accounts.add_user(session, admin, "lead", "Erik Kaastrup", "team_lead", "secret-pw")
    return Actor("mmp", "Mette Mondrup Pedersen", "coordinator")


@pytest.fixture
def lead(worker: Actor) -> Actor:
    return Actor("lead", "Erik Kaastrup", "team_lead")
