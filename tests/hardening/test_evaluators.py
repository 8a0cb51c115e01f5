"""Failure 8: evaluators see people only by the pseudonyms of their own export, in the figures
and the data-quality check alike, so joining the two links nobody back to a key."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from caseapp.services import access, accounts
from caseapp.storage.database import open_database
from tests.cli.conftest import Run
from tests.hardening import fuzzing
from tests.hardening.conftest import ADMIN, PW
from tests.hardening.databases import make_team

KEY = re.compile(r'"P-\d+"')


@pytest.fixture
def project(tmp_path: Path, run: Run) -> Path:
    """The worked example (project DEMO-HF, four people) and an evaluator 'eva'."""
    path = tmp_path / "team.db"
    make_team(str(path))
    db = open_database(path)
    with db.unit_of_work() as s:
        accounts.add_user(s, ADMIN, "eva", "Eva", "evaluator", PW)
    sample = tmp_path / "sample.json"
    sample.write_text(json.dumps(fuzzing.base()), encoding="utf-8")
    assert run("import", sample, "--db", path, user="admin", password=PW).code == 0
    with db.unit_of_work() as s:
        for user in ("lead", "eva"):
            access.grant(s, ADMIN, user, fuzzing.PROJECT)
    db.dispose()
    return path


def test_figures_and_check_show_evaluators_their_export_pseudonyms(
    project: Path, tmp_path: Path, run: Run
) -> None:
    export = tmp_path / "eva.json"
    made = run(
        "export", export, "--db", project, "--pseudonymise", "--project", fuzzing.PROJECT,
        user="eva", password=PW,
    )  # fmt: skip
    assert made.code == 0
    pseudonyms = {p["key"] for p in json.loads(export.read_text())["participants"]}

    figures = run(
        "outcomes", "--db", project, "--project", fuzzing.PROJECT, "--as-of", "2024-06-30",
        "--json", user="eva", password=PW,
    )  # fmt: skip
    assert figures.code == 0, figures.err
    assert not KEY.search(figures.out)
    shown = set(re.findall(r'"participant": "([^"]+)"', figures.out))
    assert shown and shown <= pseudonyms

    check = run(
        "check", "--db", project, "--json", "--as-of", "2024-06-30", user="eva", password=PW
    )
    assert check.code == 0, check.err
    assert not KEY.search(check.out)
    findings = json.loads(check.out)["findings"]
    assert findings and {f["participant"] for f in findings} <= pseudonyms


def test_those_who_read_case_files_still_see_keys(project: Path, run: Run) -> None:
    check = run(
        "check", "--db", project, "--json", "--as-of", "2024-06-30", user="lead", password=PW
    )
    assert check.code == 0 and KEY.search(check.out)
