"""Failure 9: everything the program writes is readable by its owner only, whatever the umask."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.cli.conftest import Run
from tests.hardening.conftest import PW


@pytest.fixture
def usual_umask() -> Iterator[None]:
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def test_database_backup_insight_and_audit_export_are_owner_only(
    team: Path, tmp_path: Path, run: Run, usual_umask: None
) -> None:
    made = tmp_path / "made.db"
    assert run("init", "--db", made, "--admin", "anna", password=PW).code == 0
    assert (
        run("backup", "--db", team, "--out", tmp_path / "b.bak", user="lead", password=PW).code == 0
    )
    out = tmp_path / "P-0001.pdf"
    result = run(
        "insight", "--db", team, "--participant", "P-0001", "--out", out, user="lead", password=PW
    )
    assert result.code == 0, result.err
    csv = tmp_path / "audit.csv"
    assert run("audit", "export", "--db", team, "--out", csv, user="lead", password=PW).code == 0
    written = [made, tmp_path / "b.bak", out, out.with_suffix(".json"), csv]
    written += [p for p in tmp_path.glob("made.db-*")]
    open_to_others = {
        p.name: oct(stat.S_IMODE(p.stat().st_mode))
        for p in written
        if stat.S_IMODE(p.stat().st_mode) & 0o077
    }
    assert open_to_others == {}
