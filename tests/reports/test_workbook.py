"""The figures workbook: expected sheets, pseudonyms instead of keys, text that stays text, and
the weekly ledger as a CSV beside it when it is large."""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from caseapp.domain.errors import NotAllowed
from caseapp.reports import workbook
from caseapp.reports.workbook import make_workbook
from caseapp.services.actor import Actor
from caseapp.storage.database import Database
from tests.reports.conftest import LEAD
from tests.reports.sample_db import FIXTURES, load_document, sample_document

AS_OF = date(2024, 6, 30)


def test_the_workbook_holds_the_figures_under_pseudonyms(sample: Database, tmp_path: Path) -> None:
    out = tmp_path / "figures.xlsx"
    result = make_workbook(sample, LEAD, "DEMO-HF", AS_OF, "en", out)
    assert result.weekly_csv is None
    wb = load_workbook(out)
    assert wb.sheetnames == ["Summary", "By quarter", "Participants", "Weeks"]
    summary = {row[0].value: row[1].value for row in wb["Summary"].iter_rows(min_row=2)}
    expected = json.loads((FIXTURES / "sample-outcomes.json").read_text("utf-8"))
    assert summary["Total earned"] == expected["total_amount"]
    assert summary["Counted"] == expected["participants"]["counted"]
    assert summary["Success rate"] == pytest.approx(expected["success"]["rate"], abs=1e-4)
    assert len(summary["Fingerprint (SHA-256)"]) == 64

    quarters = list(wb["By quarter"].iter_rows(min_row=2, values_only=True))
    work_edu = [q for q in quarters if q[0] == "work-edu"]
    assert [(q[3], q[4], q[6]) for q in work_edu] == [
        (q["quarter"], q["paid_weeks"], q["amount"]) for q in expected["metrics"][0]["by_quarter"]
    ]

    people = list(wb["Participants"].iter_rows(min_row=2, values_only=True))
    assert len(people) == 3 * expected["participants"]["counted"]  # one row per person and metric
    names = {row[0] for row in people}
    assert all(n.startswith("X-") for n in names) and len(names) == 7
    flat = json.dumps([list(map(str, r)) for r in people])
    assert "P-0" not in flat and "Sara" not in flat

    weeks = list(wb["Weeks"].iter_rows(min_row=2, values_only=True))
    assert weeks and {w[1] for w in weeks} == {"work-edu"}
    assert sum(w[6] for w in weeks) == pytest.approx(
        sum(p["amount"] for p in expected["metrics"][0]["by_participant"])
    )
    assert result.weekly_rows == len(weeks)


def test_text_that_looks_like_a_formula_stays_text(sqlite_db: Database, tmp_path: Path) -> None:
    doc = sample_document()
    project = doc["projects"][0]
    project["name"] = '=HYPERLINK("http://example.invalid","click")'
    project["contract"]["metrics"][0]["name"] = "+cmd|' /C calc'!A0"
    load_document(sqlite_db, LEAD, doc)
    out = tmp_path / "figures.xlsx"
    make_workbook(sqlite_db, LEAD, "DEMO-HF", AS_OF, "da", out)
    wb = load_workbook(out)
    cells = [c for ws in wb for row in ws.iter_rows() for c in row]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    name = next(c for c in cells if c.value == project["name"])
    assert name.data_type == "s" and name.quotePrefix
    metric = next(c for c in cells if c.value == "+cmd|' /C calc'!A0")
    assert metric.data_type == "s" and metric.quotePrefix


def test_a_large_weekly_ledger_goes_to_a_csv_beside_the_workbook(
    sample: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(workbook, "SHEET_ROWS", 10)
    out = tmp_path / "figures.xlsx"
    result = make_workbook(sample, LEAD, "DEMO-HF", AS_OF, "en", out)
    assert result.weekly_csv == tmp_path / "figures-weekly.csv"
    with result.weekly_csv.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:3] == ["Pseudonym", "Metric id", "Week"]
    assert len(rows) - 1 == result.weekly_rows > 10
    note = load_workbook(out)["Weeks"]["A2"].value
    assert "figures-weekly.csv" in note


def test_the_workbook_needs_a_team_lead(sample: Database, tmp_path: Path) -> None:
    with pytest.raises(NotAllowed):
        make_workbook(
            sample, Actor("e", "Eva", "evaluator"), "DEMO-HF", AS_OF, "en", tmp_path / "x.xlsx"
        )
    assert not (tmp_path / "x.xlsx").exists()


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_opens_it_and_reads_formula_text_as_text(
    sqlite_db: Database, tmp_path: Path
) -> None:
    doc = sample_document()
    doc["projects"][0]["name"] = '=HYPERLINK("http://example.invalid","click")'
    load_document(sqlite_db, LEAD, doc)
    out = tmp_path / "figures.xlsx"
    make_workbook(sqlite_db, LEAD, "DEMO-HF", AS_OF, "en", out)
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "csv", "--outdir", str(tmp_path), str(out)],
        check=True,
        capture_output=True,
        timeout=120,
        env={**os.environ, "HOME": str(tmp_path)},
    )
    summary = (tmp_path / "figures.csv").read_text("utf-8")  # the first sheet
    assert '=HYPERLINK(""http://example.invalid"",""click"")' in summary


def test_a_danish_workbook_prints_to_width_with_headings_and_no_english_codes(
    sample: Database, tmp_path: Path
) -> None:
    out = tmp_path / "tal.xlsx"
    make_workbook(sample, LEAD, "DEMO-HF", AS_OF, "da", out)
    wb = load_workbook(out)
    for ws in wb.worksheets:
        assert ws.print_title_rows == "$1:$1"
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
    kinds = {row[2] for row in wb["Kvartaler"].iter_rows(min_row=2, values_only=True)}
    assert kinds <= {"Betaling pr. uge", "Fastholdt job/uddannelse", "Fastholdt bolig"}
    reasons = {row[7] for row in wb["Uger"].iter_rows(min_row=2, values_only=True) if row[7]}
    rules = {row[8] for row in wb["Uger"].iter_rows(min_row=2, values_only=True) if row[8]}
    assert reasons and not any("_" in r for r in reasons)
    assert rules and all(r.startswith("regel ") for r in rules)
