"""Opening databases: creation only when asked, upgrades with a backup, newer schemas refused."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, select, text

from caseapp.domain.errors import DatabaseUnusable, NotFound, StaleEdit
from caseapp.storage import migrate
from caseapp.storage.database import Database, open_database
from caseapp.storage.models import Project, ProjectGrant, Staff


def test_a_missing_file_is_not_created(tmp_path: Path) -> None:
    with pytest.raises(NotFound):
        open_database(tmp_path / "typo.db")
    assert not (tmp_path / "typo.db").exists()


def test_sqlite_runs_with_safe_settings(sqlite_db: Database) -> None:
    with sqlite_db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 10000


def _old_database(path: Path) -> None:
    """A database as the first released schema (0001) made it, with one staff row."""
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        migrate.upgrade(conn, "0001")
        conn.execute(
            text(
                "INSERT INTO staff (key, name, role, active, failed_logins, uuid, created_at,"
                " updated_at, version) VALUES ('mmp', 'Mette', 'coordinator', 1, 0, 'u-1',"
                " '2024-01-01 00:00:00', '2024-01-01 00:00:00', 1)"
            )
        )
    engine.dispose()


def test_an_older_database_is_upgraded_after_a_backup_copy(tmp_path: Path) -> None:
    path = tmp_path / "team.db"
    _old_database(path)
    db = open_database(path)
    try:
        assert db.backup_made is not None and db.backup_made.parent == tmp_path
        assert "0001" in db.backup_made.name
        with db.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.head_revision()
            assert "audit_entry" in inspect(conn).get_table_names()
        with db.reader() as s:
            assert s.scalars(select(Staff.key)).all() == ["mmp"]
    finally:
        db.dispose()
    backup = sqlite3.connect(db.backup_made)
    assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    assert backup.execute("SELECT key FROM staff").fetchall() == [("mmp",)]
    backup.close()


def test_a_newer_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    open_database(path, create=True).dispose()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseUnusable, match="newer version"):
        open_database(path)
    assert path.read_bytes() == before
    assert list(tmp_path.glob("*before-upgrade*")) == []


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("this is not a database" * 100)
    with pytest.raises(DatabaseUnusable):
        open_database(path)


def test_two_writers_queue_instead_of_failing(sqlite_db: Database) -> None:
    """Each writer holds the write lock for a moment; none may fail with 'database is locked'."""
    errors: list[BaseException] = []
    other = open_database(sqlite_db.url)

    def write(db: Database, prefix: str) -> None:
        try:
            for i in range(15):
                with db.unit_of_work() as s:
                    s.add(Staff(key=f"{prefix}{i}", name="x", role="caseworker"))
                    s.flush()
                    s.scalars(select(Staff)).all()
        except BaseException as exc:
            errors.append(exc)

    threads = [
        threading.Thread(target=write, args=(sqlite_db, "a")),
        threading.Thread(target=write, args=(other, "b")),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    other.dispose()
    assert errors == []
    with sqlite_db.reader() as s:
        assert len(s.scalars(select(Staff)).all()) == 30


def test_a_failed_unit_of_work_writes_nothing(db: Database) -> None:
    with pytest.raises(RuntimeError), db.unit_of_work() as s:
        s.add(Staff(key="half", name="Half", role="caseworker"))
        s.flush()
        raise RuntimeError("crash in the middle")
    with db.reader() as s:
        assert s.scalars(select(Staff)).all() == []


def test_a_stale_write_is_refused(db: Database) -> None:
    with db.unit_of_work() as s:
        s.add(Staff(key="k", name="First", role="caseworker"))
    with db.reader() as s:
        mine = s.scalars(select(Staff)).one()
    with db.unit_of_work() as s:
        theirs = s.scalars(select(Staff)).one()
        theirs.name = "Theirs"
    with pytest.raises(StaleEdit), db.unit_of_work() as s:
        s.add(mine)
        mine.name = "Mine"
    with db.reader() as s:
        assert s.scalars(select(Staff.name)).one() == "Theirs"


def test_an_upgrade_keeps_what_each_account_saw(tmp_path: Path) -> None:
    """Access by project arrives at 0003: accounts of an older database keep every project (an
    administrator narrows them afterwards), administrators get none."""
    path = tmp_path / "team.db"
    _old_database(path)
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO staff (key, name, role, active, failed_logins, uuid, created_at,"
                " updated_at, version) VALUES ('root', 'Root', 'admin', 1, 0, 'u-2',"
                " '2024-01-01 00:00:00', '2024-01-01 00:00:00', 1)"
            )
        )
        for key in ("HF", "SIB"):
            conn.execute(
                text(
                    "INSERT INTO project (key, name, uuid, created_at, updated_at, version)"
                    f" VALUES ('{key}', '{key}', 'p-{key}', '2024-01-01 00:00:00',"
                    " '2024-01-01 00:00:00', 1)"
                )
            )
    engine.dispose()
    db = open_database(path)
    try:
        with db.reader() as s:
            rows = s.execute(
                select(Staff.key, Project.key)
                .join(ProjectGrant, ProjectGrant.staff_id == Staff.id)
                .join(Project, Project.id == ProjectGrant.project_id)
                .order_by(Staff.key, Project.key)
            ).all()
            narrowed = s.scalars(select(Project.own_caseload_only)).all()
    finally:
        db.dispose()
    assert [tuple(r) for r in rows] == [("mmp", "HF"), ("mmp", "SIB")]
    assert narrowed == [False, False]


def test_a_new_database_file_is_readable_by_its_owner_only(tmp_path: Path) -> None:
    db = open_database(tmp_path / "new.db", create=True)
    try:
        with db.unit_of_work() as session:
            session.execute(text("SELECT 1"))
    finally:
        db.dispose()
    assert ((tmp_path / "new.db").stat().st_mode & 0o777) == 0o600
