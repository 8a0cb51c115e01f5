"""Failure 7: a CPR number typed where a key belongs is never echoed, nor kept in the audit log."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.cli.conftest import Run
from tests.hardening.conftest import PW

TYPED = "150590-1234"


@pytest.mark.parametrize(
    "argv",
    [
        ("insight", "--participant", TYPED, "--out", "{tmp}/x.pdf"),
        ("erase", "--participant", TYPED),
        ("export", "{tmp}/x.json", "--project", TYPED),
        ("outcomes", "--project", TYPED, "--as-of", "2024-06-30"),
        ("report", "council", "--project", TYPED, "--as-of", "2024-06-30", "--out", "{tmp}/x.pdf"),
        ("check", "--project", TYPED),
    ],
)
def test_a_cpr_number_given_as_a_key_is_not_echoed(
    team: Path, tmp_path: Path, run: Run, argv: tuple[str, ...]
) -> None:
    args = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    result = run(*args, "--db", team, user="lead", password=PW)
    assert result.code == 2
    assert TYPED not in result.out + result.err
    assert "150590-XXXX" in result.err


def test_an_audit_search_by_cpr_number_does_not_store_it(team: Path, run: Run) -> None:
    result = run("audit", "search", "--db", team, "--participant", TYPED, user="lead", password=PW)
    assert result.code == 0
    with sqlite3.connect(team) as conn:
        stored = conn.execute("SELECT participant_key, detail FROM audit_entry").fetchall()
    assert not [row for row in stored if TYPED in "".join(v or "" for v in row)]
    assert ("150590-XXXX", "participant=150590-XXXX") in stored
