"""An existing database is refused without --force, replaced whole with it, never left half-made."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from caseapp.demo import create_demo
from caseapp.domain.errors import ValidationFailed
from caseapp.storage.database import Database, open_database
from caseapp.storage.models import AuditEntry, Participant

TODAY = date(2026, 3, 18)


def _participants(db: str | Path) -> int:
    database = open_database(db)
    try:
        with database.reader() as s:
            return s.scalar(select(func.count(Participant.id))) or 0
    finally:
        database.dispose()


def test_an_existing_file_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "cases.db"
    path.write_bytes(b"somebody's work")
    with pytest.raises(ValidationFailed) as err:
        create_demo(path, participants=3, today=TODAY)
    assert [p.where for p in err.value.problems] == ["--db"]
    assert "--force" in str(err.value)
    assert path.read_bytes() == b"somebody's work"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cases.db"]


def test_force_replaces_the_whole_file(tmp_path: Path) -> None:
    path = tmp_path / "demo.db"
    create_demo(path, participants=6, today=TODAY)
    # A stale write-ahead log of the old file must not be applied to the new one.
    Path(f"{path}-wal").write_bytes(b"\0" * 4096)
    summary = create_demo(path, participants=4, seed=2, force=True, today=TODAY)
    assert summary.database == str(path)
    assert _participants(path) == 4
    assert sorted(p.name for p in tmp_path.iterdir() if "demo-partial" in p.name) == []


def test_an_interrupted_run_leaves_the_old_database_and_no_partial_file(tmp_path: Path) -> None:
    path = tmp_path / "demo.db"
    create_demo(path, participants=3, today=TODAY)
    before = path.read_bytes()

    def interrupt(done: int, total: int) -> None:
        if done > total // 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        create_demo(path, participants=8, force=True, progress=interrupt, today=TODAY)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name != "demo.db"] == []


def test_a_new_file_appears_only_when_complete(tmp_path: Path) -> None:
    path = tmp_path / "new" / "demo.db"
    seen: list[bool] = []
    create_demo(path, participants=3, progress=lambda d, t: seen.append(path.exists()), today=TODAY)
    # Only the last report, "all done", comes once the file is in place.
    assert not any(seen[:-1]) and seen[-1]
    assert _participants(path) == 3


def test_a_count_below_one_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValidationFailed) as err:
        create_demo(tmp_path / "demo.db", participants=0, today=TODAY)
    assert [p.where for p in err.value.problems] == ["participants"]
    assert list(tmp_path.iterdir()) == []


def test_a_server_database_is_refused_then_emptied_and_refilled(postgres_db: Database) -> None:
    url = postgres_db.url.render_as_string(hide_password=False)
    create_demo(url, participants=6, today=TODAY)
    with pytest.raises(ValidationFailed):
        create_demo(url, participants=4, today=TODAY)
    assert _participants(url) == 6
    create_demo(url, participants=4, force=True, today=TODAY)
    assert _participants(url) == 4
    with postgres_db.reader() as s:
        assert s.scalars(select(AuditEntry.action)).all() == ["created_demo"]
