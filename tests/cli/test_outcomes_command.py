"""`caseapp outcomes` on the worked example: the JSON is exactly the expected figures."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.conftest import Run

FIXTURES = Path(__file__).parents[1] / "fixtures"


@pytest.fixture
def example(tmp_path: Path, run: Run) -> Path:
    path = tmp_path / "example.db"
    assert run("import", FIXTURES / "sample-dataset.json", "--db", path, "--create").code == 0
    assert (
        run(
            "users",
            "add",
            "boss",
            "--name",
            "Admin",
            "--role",
            "admin",
            "--db",
            path,
            CASEAPP_NEW_PASSWORD="boss-password",
        ).code
        == 0
    )
    assert (
        run(
            "users",
            "passwd",
            "lead",
            "--db",
            path,
            user="boss",
            password="boss-password",
            CASEAPP_NEW_PASSWORD="lead-password",
        ).code
        == 0
    )
    return path


def test_json_is_exactly_the_worked_example(example: Path, run: Run) -> None:
    r = run(
        "outcomes",
        "--db",
        example,
        "--project",
        "DEMO-HF",
        "--as-of",
        "2024-06-30",
        "--json",
        user="lead",
        password="lead-password",
    )
    assert r.code == 0, r.err
    expected = json.loads((FIXTURES / "sample-outcomes.json").read_text(encoding="utf-8"))
    assert json.loads(r.out) == expected


def test_readable_table_holds_the_figures(example: Path, run: Run) -> None:
    r = run(
        "outcomes",
        "--db",
        example,
        "--project",
        "DEMO-HF",
        "--as-of",
        "2024-06-30",
        user="lead",
        password="lead-password",
    )
    assert r.code == 0, r.err
    assert "counted 7" in r.out
    assert "90,000.00 DKK" in r.out and "(capped)" in r.out
    assert "195,000.00 DKK" in r.out
    assert "39.0% of the investment" in r.out


def test_bad_date_and_unknown_project_exit_2(example: Path, run: Run) -> None:
    bad = run(
        "outcomes",
        "--db",
        example,
        "--project",
        "DEMO-HF",
        "--as-of",
        "2024-02-30",
        user="lead",
        password="lead-password",
    )
    assert bad.code == 2 and "--as-of" in bad.err
    unknown = run(
        "outcomes", "--db", example, "--project", "NOPE", user="lead", password="lead-password"
    )
    assert unknown.code == 2 and "NOPE" in unknown.err


def test_a_case_worker_may_not_see_figures(example: Path, run: Run) -> None:
    run(
        "users",
        "passwd",
        "jh",
        "--db",
        example,
        user="boss",
        password="boss-password",
        CASEAPP_NEW_PASSWORD="jonas-password",
    )
    r = run(
        "outcomes", "--db", example, "--project", "DEMO-HF", user="jh", password="jonas-password"
    )
    assert r.code == 3


@pytest.mark.skipif(
    shutil.which("caseapp") is None and not Path(sys.executable).with_name("caseapp").exists(),
    reason="the caseapp command is not installed",
)
def test_the_installed_command_runs_as_a_user_would(example: Path) -> None:
    exe = shutil.which("caseapp") or str(Path(sys.executable).with_name("caseapp"))
    done = subprocess.run(
        [
            exe,
            "outcomes",
            "--db",
            str(example),
            "--project",
            "DEMO-HF",
            "--as-of",
            "2024-06-30",
            "--json",
        ],
        env={"CASEAPP_USER": "lead", "CASEAPP_PASSWORD": "lead-password", "PATH": "/usr/bin"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["total_amount"] == 195000.0
