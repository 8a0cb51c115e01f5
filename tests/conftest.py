"""Shared fixtures: databases (SQLite files, and PostgreSQL when a server answers), actors."""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("CASEAPP_SETTINGS_SCOPE", "test")
# The audit key of the test runs: never the user's own (commands started by tests inherit it).
os.environ.setdefault(
    "CASEAPP_AUDIT_KEY_FILE", os.path.join(tempfile.mkdtemp(prefix="caseapp-key-"), "audit.key")
)

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


@pytest.fixture(autouse=True, scope="session")
def cheap_password_hashing() -> Iterator[None]:
    """Argon2id at its smallest cost in this process: the tests are about behaviour, not cost.

    Hashes stay valid Argon2id hashes; the program itself uses the library's defaults.
    """
    from argon2 import PasswordHasher

    real = accounts._hasher
    accounts._hasher = PasswordHasher(time_cost=1, memory_cost=64, parallelism=1)
    yield
    accounts._hasher = real


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty database at the program's schema, made once; each test gets a copy of it."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    db = open_database(path, create=True)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    return path


@pytest.fixture
def sqlite_db(tmp_path: Path, sqlite_template: Path) -> Iterator[Database]:
    path = tmp_path / "case.db"
    shutil.copyfile(sqlite_template, path)
    db = open_database(path)
    yield db
    db.dispose()


def _pg_plain_url(name: str | None = None) -> str:
    plain = PG_ADMIN_URL.replace("postgresql+psycopg", "postgresql")
    return plain if name is None else plain.rsplit("/", 1)[0] + "/" + name


@pytest.fixture(scope="session")
def postgres_template() -> Iterator[str]:
    """A PostgreSQL database at the program's schema, made once, copied for each test."""
    if not POSTGRES:
        pytest.skip("no PostgreSQL server answers")
    import psycopg

    name = f"caseapp_template_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(_pg_plain_url(), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    open_database(PG_ADMIN_URL.rsplit("/", 1)[0] + "/" + name, create=True).dispose()
    try:
        yield name
    finally:
        with psycopg.connect(_pg_plain_url(), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def postgres_db(postgres_template: str) -> Iterator[Database]:
    import psycopg

    name = f"caseapp_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(_pg_plain_url(), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{postgres_template}"')
    db = open_database(PG_ADMIN_URL.rsplit("/", 1)[0] + "/" + name)
    try:
        yield db
    finally:
        db.dispose()
        with psycopg.connect(_pg_plain_url(), autocommit=True) as conn:
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
