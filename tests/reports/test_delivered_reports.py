"""Delivered council reports are kept as delivered, and the next report names what a late
correction changed in them."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from sqlalchemy import select

from caseapp.reports.council import make_council_report
from caseapp.services import case_records, delivered_reports
from caseapp.storage.database import Database
from caseapp.storage.models import AuditEntry
from tests.reports.conftest import LEAD
from tests.reports.pdf_text import pdf_text

AS_OF = date(2024, 6, 30)


def test_a_late_correction_shows_in_the_next_reports_restatement(
    sample: Database, tmp_path: Path
) -> None:
    first = tmp_path / "q2.pdf"
    with sample.unit_of_work() as session:
        delivered = make_council_report(session, LEAD, "DEMO-HF", AS_OF, "en", first, deliver=True)
    assert delivered.restatement is None
    with sample.reader() as session:
        kept = delivered_reports.last_delivered(session, "DEMO-HF")
        assert kept is not None
        entry, figures = kept
        assert entry.fingerprint == delivered.fingerprint
        assert figures["printed"]["total_amount"] == round(delivered.figures.total_amount * 100)
        actions = session.scalars(select(AuditEntry.action)).all()
        assert "delivered_council_report" in actions

    # Entered late: a verified job in the spring, which earns money in the delivered quarter.
    with sample.unit_of_work() as session:
        case_records.add(
            session,
            LEAD,
            "P-08",
            "activity",
            {
                "type": "ordinary_job",
                "start": "2024-03-04",
                "end": "2024-05-26",
                "hours_per_week": 30,
                "verified": True,
            },
        )
    buffer = io.BytesIO()
    with sample.unit_of_work() as session:
        later = make_council_report(session, LEAD, "DEMO-HF", date(2024, 9, 30), "en", buffer)
    r = later.restatement
    assert r is not None and r.delivered.id == entry.id
    assert r.late_records >= 1
    assert r.fingerprint_now != entry.fingerprint
    changed = {c.key: c for c in r.changed}
    # 12 more paid weeks at DKK 1,000 (the metric's total cap keeps the amount itself).
    uncapped = changed["metric:work-edu:amount_uncapped"]
    assert uncapped.old == figures["printed"]["metric:work-edu:amount_uncapped"]
    assert uncapped.new == uncapped.old + 12 * 1000 * 100  # type: ignore[operator]
    # One more person with an ordinary job: a change of one, so the new count is not shown.
    assert changed["activity_ever:ordinary_job"].new in ("x", "<5")
    out = tmp_path / "q3.pdf"
    out.write_bytes(buffer.getvalue())
    text = pdf_text(out)
    assert "Changed since the last delivered report" in text
    assert "Before cap" in text and "DKK 103,400.00" in text


def test_without_a_delivered_report_the_section_says_so(sample: Database, tmp_path: Path) -> None:
    out = tmp_path / "q2.pdf"
    with sample.unit_of_work() as session:
        make_council_report(session, LEAD, "DEMO-HF", AS_OF, "da", out)
    text = pdf_text(out)
    assert "Der er endnu ikke leveret en rapport for projektet." in text


def test_a_contact_entered_late_is_restated(sample: Database, tmp_path: Path) -> None:
    with sample.unit_of_work() as session:
        make_council_report(session, LEAD, "DEMO-HF", AS_OF, "en", tmp_path / "a.pdf", deliver=True)
    with sample.unit_of_work() as session:
        case_records.add(
            session, LEAD, "P-02", "contact", {"at": "2024-05-02T10:00", "mode": "video"}
        )
    with sample.unit_of_work() as session:
        later = make_council_report(session, LEAD, "DEMO-HF", AS_OF, "en", io.BytesIO())
    assert later.restatement is not None
    changed = {c.key: c for c in later.restatement.changed}
    total = changed["contacts:total"]
    assert total.new == total.old + 1  # type: ignore[operator]
    assert changed["contacts:mode:video:all"].new == changed["contacts:mode:video:all"].old + 1  # type: ignore[operator]


def test_a_delivered_pdf_comes_back_byte_for_byte_on_either_database(db: Database) -> None:
    from tests.reports.sample_db import load_sample

    load_sample(db, LEAD)
    buffer = io.BytesIO()
    with db.unit_of_work() as session:
        make_council_report(session, LEAD, "DEMO-HF", AS_OF, "da", buffer, deliver=True)
    with db.unit_of_work() as session:
        [entry] = delivered_reports.listing(session, LEAD, "DEMO-HF")
        assert delivered_reports.pdf_of(session, LEAD, "DEMO-HF", entry.id) == buffer.getvalue()
