"""Failure 6 (short run; `make soak` runs the long one): concurrent writers, sign-ins and upgrades
on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.hardening import concurrency

KINDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


@pytest.fixture(autouse=True)
def _need_postgres(request: pytest.FixtureRequest) -> None:
    if request.node.get_closest_marker("postgres"):
        request.getfixturevalue("postgres_template")  # skips when no server answers


@pytest.mark.parametrize("kind", KINDS)
def test_four_writers_register_people_without_a_clash(kind: str, tmp_path: Path) -> None:
    counts = concurrency.writers(kind, tmp_path, processes=4, writes=30)
    assert counts.failed == 0, counts
    assert counts.held == 120


@pytest.mark.parametrize("kind", KINDS)
def test_parallel_sign_ins_to_one_account(kind: str, tmp_path: Path) -> None:
    counts = concurrency.sign_ins(kind, tmp_path, processes=4, times=8)
    assert counts.failed == 0, counts


@pytest.mark.parametrize("kind", KINDS)
def test_three_programs_upgrading_one_old_database(kind: str, tmp_path: Path) -> None:
    counts = concurrency.upgrades(kind, tmp_path, rounds=2, processes=3)
    assert counts.failed == 0, counts
