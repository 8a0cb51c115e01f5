"""The payment claim: per pseudonymised participant and metric, the quarter's weeks and amounts
add up to the engine's figures for the quarter, with the spells and evidence behind them, and
no name, key or CPR number."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from caseapp.domain.errors import NotAllowed, ValidationFailed
from caseapp.reports.claim import make_claim, quarter_days
from caseapp.reports.claim_pdf import write_claim
from caseapp.services.actor import Actor
from caseapp.storage.database import Database
from tests.reports.conftest import LEAD
from tests.reports.pdf_text import pdf_text
from tests.reports.sample_db import FIXTURES, sample_document

TODAY = date(2024, 7, 15)


def test_the_claim_adds_up_to_the_engine_figures_of_the_quarter(
    sample: Database, tmp_path: Path
) -> None:
    expected = json.loads((FIXTURES / "sample-outcomes.json").read_text("utf-8"))
    claim = make_claim(sample, LEAD, "DEMO-HF", "2024Q1", today=TODAY)
    for total in claim.totals:
        metric = next(m for m in expected["metrics"] if m["id"] == total.metric)
        quarter = next((q for q in metric["by_quarter"] if q["quarter"] == "2024Q1"), None)
        assert total.claimed == Decimal(str(quarter["amount"] if quarter else 0))
        lines = [ln for ln in claim.lines if ln.metric == total.metric]
        if metric["kind"] == "weekly_activity" and quarter:
            assert sum(ln.weeks or 0 for ln in lines) == quarter["paid_weeks"]
    assert all(ln.pseudonym.startswith("X-") for ln in claim.lines)
    assert any(s.kind == "activity" for ln in claim.lines for s in ln.spells)

    out = tmp_path / "claim.pdf"
    beside = write_claim(claim, "da", out)
    text = pdf_text(out) + beside.read_text("utf-8")
    assert "FORTROLIGT" in text
    for p in sample_document()["participants"]:
        for secret in (p["key"], p.get("first_name"), p.get("last_name"), p.get("cpr")):
            if secret:
                assert secret not in text, secret
    assert (out.stat().st_mode & 0o777) == 0o600


def test_a_claim_needs_an_ended_quarter_and_a_team_lead(sample: Database) -> None:
    with pytest.raises(ValidationFailed, match="--quarter"):
        quarter_days("2024-2")
    with pytest.raises(ValidationFailed, match="has not ended"):
        make_claim(sample, LEAD, "DEMO-HF", "2024Q3", today=TODAY)
    with pytest.raises(NotAllowed):
        make_claim(sample, Actor("mmp", "M", "coordinator"), "DEMO-HF", "2024Q1", today=TODAY)
