"""Failure 3: every tamper case makes `caseapp audit verify` exit 4; `make soak` runs the same."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.conftest import Run
from tests.hardening import tampering
from tests.hardening.conftest import PW


@pytest.mark.parametrize("case", sorted(tampering.CASES))
def test_a_tampered_log_does_not_verify(team: Path, tmp_path: Path, case: str) -> None:
    copy = tmp_path / "copy.db"
    tampering._copy(team, copy)
    import contextlib
    import sqlite3

    with contextlib.closing(sqlite3.connect(copy)) as conn, conn:
        tampering.CASES[case](conn)
    code, err = tampering.verify(copy)
    assert code == 4, err


def test_all_cases_and_the_untouched_log(team: Path, tmp_path: Path) -> None:
    counts = tampering.run_cases(team, tmp_path)
    assert counts.failed == 0, counts.failures


def test_verify_does_not_mend_a_removed_head_by_signing_in(team: Path, run: Run) -> None:
    import sqlite3

    with sqlite3.connect(team) as conn:
        conn.execute("DELETE FROM setting WHERE key='audit.head'")
    for _ in range(2):  # the sign-in of the first run must not make the second pass
        assert run("audit", "verify", "--db", team, user="lead", password=PW).code == 4
