"""`caseapp report council|workbook|caseload` and `caseapp check`, typed as a user would."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from caseapp.services.actor import Actor
from caseapp.storage.database import open_database
from tests.cli.conftest import Run
from tests.reports.pdf_text import reportlab_text
from tests.reports.sample_db import load_sample

LEAD_PW = "lead-password-1"
CW_PW = "worker-password-1"


@pytest.fixture
def team(initialised: Path, run: Run) -> Path:
    """The worked example, a team lead 'boss' and a case worker 'cw'."""
    for key, role, pw in (("boss", "team_lead", LEAD_PW), ("cw", "caseworker", CW_PW)):
        added = run(
            "users", "add", key, "--name", key.title(), "--role", role, "--db", initialised,
            user="admin", password="admin-password", CASEAPP_NEW_PASSWORD=pw,
        )  # fmt: skip
        assert added.code == 0, added.err
    db = open_database(initialised)
    try:
        load_sample(db, Actor("boss", "Boss", "team_lead"))
    finally:
        db.dispose()
    granted = run(
        "users", "grant", "cw", "--project", "DEMO-HF", "--db", initialised,
        user="boss", password=LEAD_PW,
    )  # fmt: skip
    assert granted.code == 0, granted.err
    return initialised


def test_report_council_writes_the_pdf(team: Path, tmp_path: Path, run: Run) -> None:
    out = tmp_path / "council.pdf"
    r = run(
        "report", "council", "--db", team, "--project", "DEMO-HF", "--as-of", "2024-06-30",
        "--lang", "en", "--out", out, user="boss", password=LEAD_PW,
    )  # fmt: skip
    assert r.code == 0, r.err
    assert "DEMO-HF" in r.out and str(out) in r.out
    text = reportlab_text(out)
    assert "DKK 195,000.00" in text and "30 June 2024" in text


def test_reports_need_a_team_lead(team: Path, tmp_path: Path, run: Run) -> None:
    r = run(
        "report", "council", "--db", team, "--project", "DEMO-HF", "--out", tmp_path / "c.pdf",
        user="cw", password=CW_PW,
    )  # fmt: skip
    assert r.code == 3
    assert not (tmp_path / "c.pdf").exists()


def test_bad_arguments_exit_2_and_write_nothing(team: Path, tmp_path: Path, run: Run) -> None:
    wrong_suffix = run(
        "report", "council", "--db", team, "--project", "DEMO-HF", "--out", tmp_path / "c.docx",
        user="boss", password=LEAD_PW,
    )  # fmt: skip
    assert wrong_suffix.code == 2 and "--out" in wrong_suffix.err
    bad_date = run(
        "report", "workbook", "--db", team, "--project", "DEMO-HF", "--as-of", "2024-02-30",
        "--out", tmp_path / "w.xlsx", user="boss", password=LEAD_PW,
    )  # fmt: skip
    assert bad_date.code == 2 and "--as-of" in bad_date.err
    no_project = run(
        "report", "council", "--db", team, "--project", "NOPE", "--out", tmp_path / "c.pdf",
        user="boss", password=LEAD_PW,
    )  # fmt: skip
    assert no_project.code == 2
    assert list(tmp_path.glob("*.pdf")) == [] and list(tmp_path.glob("*.xlsx")) == []


def test_report_workbook_and_caseload(team: Path, tmp_path: Path, run: Run) -> None:
    xlsx = tmp_path / "figures.xlsx"
    r = run(
        "report", "workbook", "--db", team, "--project", "DEMO-HF", "--as-of", "2024-06-30",
        "--out", xlsx, user="boss", password=LEAD_PW,
    )  # fmt: skip
    assert r.code == 0, r.err
    assert load_workbook(xlsx).sheetnames == ["Oversigt", "Kvartaler", "Deltagere", "Uger"]
    pdf = tmp_path / "caseload.pdf"
    r = run(
        "report", "caseload", "--db", team, "--as-of", "2024-06-30", "--from", "2023-01-01",
        "--lang", "en", "--out", pdf, user="boss", password=LEAD_PW,
    )  # fmt: skip
    assert r.code == 0, r.err
    text = " ".join(reportlab_text(pdf).split())
    assert "Mette Mondrup Pedersen (mmp, coordinator)" in text
    assert "Sara" not in text and "Ask employer" not in text


def test_check_exits_0_with_findings_and_names_people_by_key(team: Path, run: Run) -> None:
    r = run(
        "check", "--db", team, "--project", "DEMO-HF", "--as-of", "2024-06-30", "--json",
        user="cw", password=CW_PW,
    )  # fmt: skip
    assert r.code == 0, r.err
    data = json.loads(r.out)
    assert data["counts"]["unverified_earning"] >= 1
    first = data["findings"][0]
    assert {"kind", "participant", "record_kind", "record_uuid"} <= set(first)
    assert first["participant"].startswith("P-")
    readable = run("check", "--db", team, "--as-of", "2024-06-30", user="cw", password=CW_PW)
    assert readable.code == 0
    assert "Work/education without evidence" in readable.out
    for secret in ("Sara", "Nielsen", "010203"):
        assert secret not in readable.out and secret not in r.out
