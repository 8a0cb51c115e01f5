"""The council report: its figures are those of `caseapp outcomes --json`, small groups are
hidden, and no participant's name or CPR number reaches the PDF."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from caseapp.domain.errors import NotAllowed
from caseapp.reports import locale_format as fmt
from caseapp.reports.council import make_council_report
from caseapp.reports.council_data import build_council_report
from caseapp.services.actor import Actor
from caseapp.storage.database import Database
from caseapp.storage.models import AuditEntry
from tests.reports.conftest import LEAD
from tests.reports.pdf_text import PDFTOTEXT, pdf_text, pdftotext
from tests.reports.sample_db import FIXTURES, load_document, sample_document

AS_OF = date(2024, 6, 30)


def _make(db: Database, tmp_path: Path, lang: str, project: str = "DEMO-HF") -> Path:
    out = tmp_path / f"council-{lang}.pdf"
    with db.unit_of_work() as session:
        make_council_report(session, LEAD, project, AS_OF, lang, out)
    return out


def engine_figures(figures: dict[str, Any]) -> dict[str, int]:
    """The figures of `caseapp outcomes --json` a council report prints, by disclosure key, as
    whole numbers (amounts in øre), with each quarter period summed from the engine's quarters."""
    out = {k: figures["participants"][k] for k in ("referred", "counted", "active", "exited")}
    out["succeeded"] = figures["success"]["succeeded"]
    out["in_activity_now"] = figures["in_activity_now"]
    h = figures["housing"]
    out |= {k: h[k] for k in ("housed_now", "eligible_12m", "retained_12m")}
    out["shelter_free"] = h["shelter_free_last_365d"]
    out["total_amount"] = round(figures["total_amount"] * 100)
    for m in figures["metrics"]:
        out[f"metric:{m['id']}:amount"] = round(m["amount"] * 100)
        for k in ("qualifying_weeks", "paid_weeks", "achieved"):
            if k in m:
                out[f"metric:{m['id']}:{k}"] = m[k]
    return out


def period_figures(figures: dict[str, Any], periods: Any) -> dict[str, int]:
    out: dict[str, int] = {}
    for m in figures["metrics"]:
        by = {q["quarter"]: q for q in m["by_quarter"]}
        for period in periods.by_metric[m["id"]]:
            got = [by[q] for q in period if q in by]
            if not got:
                continue
            label = period[0] if len(period) == 1 else f"{period[0]}-{period[-1]}"
            unit = "weeks" if m["kind"] == "weekly_activity" else "achieved"
            field = "paid_weeks" if unit == "weeks" else "achieved"
            out[f"quarter:{m['id']}:{label}:{unit}"] = sum(q[field] for q in got)
            out[f"quarter:{m['id']}:{label}:amount"] = round(sum(q["amount"] for q in got) * 100)
    return out


def _names_and_cprs(doc: dict[str, Any]) -> list[str]:
    found = []
    for p in doc["participants"]:
        found += [p[k] for k in ("first_name", "last_name", "cpr") if p.get(k)]
    return found


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_pdf_holds_the_outcome_figures_it_may_show_and_no_names(
    sample: Database, tmp_path: Path, lang: str
) -> None:
    out = _make(sample, tmp_path, lang)
    expected = json.loads((FIXTURES / "sample-outcomes.json").read_text("utf-8"))
    with sample.reader() as session:
        report = build_council_report(session, LEAD, "DEMO-HF", AS_OF)
    d = report.disclosure
    engine = engine_figures(expected) | period_figures(expected, report.periods)
    shown = {k: d.shown(k) for k in engine if k in d.cells}
    # Every figure the report prints is the engine's, and those hidden are hidden for a reason.
    assert {k: v for k, v in shown.items() if v is not None} == {
        k: engine[k] for k, v in shown.items() if v is not None
    }
    assert shown["counted"] == expected["participants"]["counted"]
    assert shown["total_amount"] == round(expected["total_amount"] * 100)
    readers = [pdf_text]
    if PDFTOTEXT:
        readers.append(pdftotext)
    for read in readers:
        text = read(out)
        for key, value in shown.items():
            if value is None or key.startswith("quarter:") or "amount" in key:
                continue
            assert fmt.number(value, lang) in text, key
        assert fmt.money(expected["total_amount"], expected["currency"], lang) in text
        for secret in _names_and_cprs(sample_document()):
            assert not re.search(rf"\b{re.escape(secret)}\b", text), secret
        assert "Intake follow-up" not in text  # a contact note


def test_the_model_carries_the_engine_figures_exactly(sample: Database) -> None:
    expected = json.loads((FIXTURES / "sample-outcomes.json").read_text("utf-8"))
    with sample.reader() as session:
        report = build_council_report(session, LEAD, "DEMO-HF", AS_OF)
    assert report.figures_json == expected
    # 5 successes of 7 counted: the 2 others would be a group of two, so nothing is forecast.
    assert report.forecast.code == "hidden"
    assert report.curve[-1].successes == expected["success"]["succeeded"]
    assert len(report.fingerprint) == 64


@pytest.mark.skipif(PDFTOTEXT is None, reason="pdftotext (poppler-utils) is not installed")
def test_a_danish_report_writes_numbers_and_dates_the_danish_way(
    sample: Database, tmp_path: Path
) -> None:
    text = pdftotext(_make(sample, tmp_path, "da"))
    assert "30. juni 2024" in text
    assert "195.000,00 kr." in text
    assert "39,0 %" in text  # the share of the investment earned
    assert re.search(r"Side 2 af \d+", text)
    english = pdftotext(_make(sample, tmp_path, "en"))
    assert "30 June 2024" in english and "DKK 195,000.00" in english
    assert re.search(r"Page 2 of \d+", english)


def _tempting_document() -> dict[str, Any]:
    """Ten enrolled, eight exited: six completed and two lost contact, next to the total."""
    doc = sample_document()
    doc["projects"][0]["key"] = "TEMPT"
    people = []
    for i in range(10):
        enrolment: dict[str, Any] = {
            "project": "TEMPT",
            "referred_on": "2023-01-02",
            "referral_source": "jobcenter",
            "consent_on": "2023-01-09",
            "enrolled_on": "2023-01-09",
        }
        if i < 8:
            enrolment["exited_on"] = "2024-01-31"
            enrolment["exit_reason"] = "completed" if i < 6 else "lost_contact"
        people.append(
            {
                "key": f"T-{i:02d}",
                "first_name": f"Navn{i}",
                "last_name": "Tempting",
                "cpr": f"0101{90 + i % 10:02d}-1234"[:11],
                "enrolments": [enrolment],
                "housing": [{"type": "own_tenancy", "start": "2022-12-01", "end": None}],
            }
        )
    doc["participants"] = people
    return doc


def test_a_group_of_two_beside_its_total_cannot_be_worked_out(
    sqlite_db: Database, tmp_path: Path
) -> None:
    doc = _tempting_document()
    load_document(sqlite_db, LEAD, doc)
    with sqlite_db.reader() as session:
        report = build_council_report(session, LEAD, "TEMPT", AS_OF)
    d = report.disclosure
    assert d.mark("exit:lost_contact") == "<5"  # 2: primary
    assert d.hidden("exit:completed") or d.hidden("exited")  # else 8 - 6 gives the 2 away
    assert d.shown("counted") == 10  # the rates rest on it: always printed
    assert report.figures.participants.exited == 8
    out = _make(sqlite_db, tmp_path, "da", "TEMPT")
    text = pdf_text(out)
    assert "Mistet kontakt <5" in text.splitlines()
    for secret in _names_and_cprs(doc):
        assert secret not in text


def test_only_a_team_lead_may_make_it_and_it_is_audit_logged(
    sample: Database, tmp_path: Path
) -> None:
    coordinator = Actor("mmp", "Mette Mondrup Pedersen", "coordinator")
    with sample.unit_of_work() as session, pytest.raises(NotAllowed):
        make_council_report(session, coordinator, "DEMO-HF", AS_OF, "da", tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()
    _make(sample, tmp_path, "en")
    with sample.reader() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "made_council_report")
        ).one()
    assert entry.account == "lead"
    assert entry.participant_key is None
    assert entry.detail == "DEMO-HF 2024-06-30 en"
