"""`caseapp init` against a PostgreSQL server: an empty database is filled, anything else refused.

Also the installation without the server driver: the driver and how to install it are named."""

from __future__ import annotations

import sys
import uuid
from collections.abc import Iterator

import pytest

from tests.cli.conftest import Run
from tests.conftest import PG_ADMIN_URL, POSTGRES, _pg_plain_url

SERVER = PG_ADMIN_URL.rsplit("/", 1)[0]


@pytest.fixture
def empty_server_database() -> Iterator[str]:
    """A new, empty database on the server (as its administrator makes one); its URL."""
    if not POSTGRES:
        pytest.skip("no PostgreSQL server answers")
    import psycopg

    name = f"caseapp_init_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(_pg_plain_url(), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"{SERVER}/{name}"
    finally:
        with psycopg.connect(_pg_plain_url(), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.mark.postgres
def test_init_fills_an_empty_server_database(empty_server_database: str, run: Run) -> None:
    made = run("init", "--db", empty_server_database, "--admin", "anna", password="anna-password")
    assert made.code == 0, made.err
    listing = run(
        "users", "list", "--db", empty_server_database, user="anna", password="anna-password"
    )
    assert listing.code == 0, listing.err
    assert "anna" in listing.out and "admin" in listing.out


@pytest.mark.postgres
def test_init_refuses_a_server_database_that_holds_caseapp(
    empty_server_database: str, run: Run
) -> None:
    assert (
        run("init", "--db", empty_server_database, "--admin", "anna", password="pw-anna-1").code
        == 0
    )
    again = run("init", "--db", empty_server_database, "--admin", "eve", password="pw-eve-12")
    assert again.code == 2
    assert "already holds a caseapp database" in again.err
    listing = run("users", "list", "--db", empty_server_database, user="anna", password="pw-anna-1")
    assert "eve" not in listing.out  # no second administrator slipped in


@pytest.mark.postgres
def test_init_refuses_a_server_database_with_other_tables(
    empty_server_database: str, run: Run
) -> None:
    import psycopg

    plain = empty_server_database.replace("postgresql+psycopg", "postgresql")
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute("CREATE TABLE invoices (id int)")
    refused = run("init", "--db", empty_server_database, "--admin", "anna", password="pw-anna-1")
    assert refused.code == 2
    assert "--db:" in refused.err and "1 other table(s)" in refused.err
    with psycopg.connect(plain) as conn:
        tables = conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
        ).fetchall()
    assert tables == [("invoices",)]  # nothing written


def test_init_names_a_server_that_does_not_answer(run: Run) -> None:
    pytest.importorskip("psycopg")
    # Port 9 (discard) on this machine: nothing listens, the connection is refused at once.
    url = "postgresql+psycopg://caseapp@127.0.0.1:9/caseapp"
    refused = run("init", "--db", url, "--admin", "anna", password="pw-anna-1")
    assert refused.code == 4
    assert "cannot connect to postgresql+psycopg://caseapp@127.0.0.1:9/caseapp" in refused.err
    assert "Connection refused" in refused.err
    assert "unexpected fault" not in refused.err


def test_a_server_url_without_the_driver_names_it_and_how_to_install(
    run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As on an installation without psycopg: importing it fails.
    monkeypatch.setitem(sys.modules, "psycopg", None)
    url = "postgresql+psycopg://caseapp@127.0.0.1:9/caseapp"
    for argv in (("init", "--db", url, "--admin", "anna"), ("users", "list", "--db", url)):
        result = run(*argv, user="anna", password="pw-anna-1")
        assert result.code == 4, result.err
        assert "the driver psycopg is not installed" in result.err
        assert 'pip install "psycopg[binary]"' in result.err
        assert "unexpected fault" not in result.err


def test_a_database_url_of_another_kind_is_refused_as_bad_input(run: Run) -> None:
    result = run(
        "users", "list", "--db", "mysql://caseapp@127.0.0.1/caseapp", user="a", password="b"
    )
    assert result.code == 2
    assert "--db: caseapp works with a SQLite file or a postgresql+psycopg:// URL" in result.err
