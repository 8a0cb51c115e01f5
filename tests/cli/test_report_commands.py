"""`caseapp report council|workbook|caseload` and `caseapp check`, typed as a user would."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook

from caseapp.services.actor import Actor
from caseapp.storage.database import open_database
from tests.cli.conftest import Run
from tests.reports.pdf_text import pdf_text
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
    text = pdf_text(out)
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
    text = " ".join(pdf_text(pdf).split())
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


@pytest.mark.parametrize(
    "command",
    [
        ("outcomes", "--project", "DEMO-HF"),
        ("check",),
        ("report", "council", "--project", "DEMO-HF", "--out", "c.pdf"),
        ("report", "workbook", "--project", "DEMO-HF", "--out", "w.xlsx"),
        ("report", "caseload", "--out", "k.pdf"),
    ],
)
def test_an_as_of_after_today_is_refused_unless_a_forecast_is_asked_for(
    team: Path, tmp_path: Path, run: Run, command: tuple[str, ...]
) -> None:
    later = (date.today() + timedelta(days=1)).isoformat()
    args = [tmp_path / a if a.endswith((".pdf", ".xlsx")) else a for a in command]
    refused = run(*args, "--db", team, "--as-of", later, user="boss", password=LEAD_PW)
    assert refused.code == 2
    assert "--as-of" in refused.err and "--forecast" in refused.err
    assert not list(tmp_path.glob("*.pdf")) and not list(tmp_path.glob("*.xlsx"))
    asked = run(*args, "--db", team, "--as-of", later, "--forecast", user="boss", password=LEAD_PW)
    assert asked.code == 0, asked.err


def test_a_delivered_report_is_listed_and_written_back_byte_for_byte(
    team: Path, tmp_path: Path, run: Run
) -> None:
    out = tmp_path / "q2.pdf"
    made = run(
        "report", "council", "--db", team, "--project", "DEMO-HF", "--as-of", "2024-06-30",
        "--lang", "en", "--out", out, "--deliver", user="boss", password=LEAD_PW,
    )  # fmt: skip
    assert made.code == 0, made.err
    listed = run(
        "report", "delivered", "--db", team, "--project", "DEMO-HF", "--json",
        user="boss", password=LEAD_PW,
    )  # fmt: skip
    assert listed.code == 0, listed.err
    [entry] = json.loads(listed.out)
    assert entry["as_of"] == "2024-06-30" and entry["lang"] == "en"
    assert entry["delivered_by"] == "boss" and len(entry["fingerprint"]) == 64
    back = tmp_path / "back.pdf"
    wrote = run(
        "report", "delivered", "--db", team, "--project", "DEMO-HF", "--write", str(entry["id"]),
        "--out", back, user="boss", password=LEAD_PW,
    )  # fmt: skip
    assert wrote.code == 0, wrote.err
    assert back.read_bytes() == out.read_bytes()
    text = pdf_text(out)
    assert entry["fingerprint"] in text and entry["audit_head"] in text
    missing = run(
        "report", "delivered", "--db", team, "--project", "DEMO-HF", "--write", "999",
        "--out", tmp_path / "none.pdf", user="boss", password=LEAD_PW,
    )  # fmt: skip
    assert missing.code == 2 and "999" in missing.err
    worker = run(
        "report", "delivered", "--db", team, "--project", "DEMO-HF", user="cw", password=CW_PW
    )
    assert worker.code == 3


def test_export_indigo_writes_the_project_in_the_standards_shape(
    team: Path, tmp_path: Path, run: Run
) -> None:
    out = tmp_path / "indigo.json"
    missing = run("export", "indigo", "--db", team, user="boss", password=LEAD_PW)
    assert missing.code == 2 and "--project" in missing.err and "--out" in missing.err
    made = run(
        "export", "indigo", "--db", team, "--project", "DEMO-HF", "--as-of", "2024-06-30",
        "--out", out, user="boss", password=LEAD_PW,
    )  # fmt: skip
    assert made.code == 0, made.err
    doc = json.loads(out.read_text("utf-8"))
    assert doc["alternative_names"] == {"value": "DEMO-HF"}
    assert doc["overall_project_finance"]["total_outcome_payments_made"]["amount"]["value"] > 0


def test_a_forecast_is_not_delivered(team: Path, tmp_path: Path, run: Run) -> None:
    later = (date.today() + timedelta(days=30)).isoformat()
    out = tmp_path / "forecast.pdf"
    refused = run(
        "report", "council", "--db", team, "--project", "DEMO-HF", "--as-of", later,
        "--forecast", "--deliver", "--out", out, user="boss", password=LEAD_PW,
    )  # fmt: skip
    assert refused.code == 2
    assert "forecast" in refused.err and "cannot be delivered" in refused.err
    assert not out.exists()
    listed = run(
        "report", "delivered", "--db", team, "--project", "DEMO-HF", "--json",
        user="boss", password=LEAD_PW,
    )  # fmt: skip
    assert json.loads(listed.out) == []
