"""A report for a day still to come says on every page and sheet that it is a forecast, and is
never kept as delivered."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from caseapp.domain.errors import ValidationFailed
from caseapp.reports.council import make_council_report
from caseapp.reports.workbook import make_workbook
from caseapp.services import delivered_reports
from caseapp.storage.database import Database
from caseapp.storage.models import DeliveredReport
from tests.reports.conftest import LEAD

LATER = date.today() + timedelta(days=40)
PAST = date(2024, 6, 30)


def _pages(path: Path) -> list[str]:
    doc = pdfium.PdfDocument(str(path))
    try:
        return [page.get_textpage().get_text_range() for page in doc]
    finally:
        doc.close()


def _title(path: Path) -> str:
    doc = pdfium.PdfDocument(str(path))
    try:
        return str(doc.get_metadata_dict()["Title"])
    finally:
        doc.close()


@pytest.mark.parametrize(
    ("lang", "banner", "title"),
    [
        ("en", "FORECAST, not an account", "FORECAST: Report to the investment council"),
        ("da", "PROGNOSE, ikke en opgørelse", "PROGNOSE: Rapport til investeringsrådet"),
    ],
)
def test_every_page_of_a_forecast_says_so(
    sample: Database, tmp_path: Path, lang: str, banner: str, title: str
) -> None:
    out = tmp_path / "forecast.pdf"
    with sample.unit_of_work() as session:
        report = make_council_report(session, LEAD, "DEMO-HF", LATER, lang, out)
    assert report.is_forecast
    pages = _pages(out)
    assert len(pages) > 3
    for number, page in enumerate(pages, start=1):
        assert banner in page, f"page {number} does not say it is a forecast"
    assert title in " ".join(pages[0].split())  # the cover's title, over two lines
    assert _title(out).startswith(title)


def test_a_report_for_a_past_day_carries_no_forecast_mark(sample: Database, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    with sample.unit_of_work() as session:
        report = make_council_report(session, LEAD, "DEMO-HF", PAST, "en", out)
    assert not report.is_forecast
    assert not any("FORECAST" in page for page in _pages(out))
    assert not _title(out).startswith("FORECAST")


def test_a_forecast_is_refused_for_delivery_and_nothing_is_written(
    sample: Database, tmp_path: Path
) -> None:
    out = tmp_path / "forecast.pdf"
    with pytest.raises(ValidationFailed) as refused, sample.unit_of_work() as session:
        make_council_report(session, LEAD, "DEMO-HF", LATER, "en", out, deliver=True)
    assert "forecast" in str(refused.value) and "cannot be delivered" in str(refused.value)
    assert not out.exists()
    with sample.reader() as session:
        assert session.scalar(select(func.count()).select_from(DeliveredReport)) == 0


def test_the_store_itself_refuses_a_day_after_today(sample: Database) -> None:
    with pytest.raises(ValidationFailed, match="cannot be delivered"), sample.unit_of_work() as s:
        delivered_reports.store(s, LEAD, "DEMO-HF", LATER, "en", b"%PDF", {}, "f" * 64, "h")
    delivered_reports.require_deliverable(date.today())  # today itself is a report, not a forecast


def test_every_sheet_of_a_forecast_workbook_says_so(sample: Database, tmp_path: Path) -> None:
    out = tmp_path / "forecast.xlsx"
    make_workbook(sample, LEAD, "DEMO-HF", LATER, "en", out)
    wb = load_workbook(out)
    assert wb.properties.title is not None and wb.properties.title.startswith("FORECAST:")
    for ws in wb.worksheets:
        assert str(ws["A1"].value).startswith("FORECAST, not an account"), ws.title
        assert "FORECAST" in ws.oddHeader.center.text
        assert ws.print_title_rows == "$1:$2"  # banner and heads on every printed page
        assert ws.freeze_panes == "A3", ws.title  # banner and heads stay while scrolling
    summary = wb.worksheets[0]
    assert summary["A2"].value == "Figure"  # the column heads follow the banner
    past = tmp_path / "past.xlsx"
    make_workbook(sample, LEAD, "DEMO-HF", PAST, "en", past)
    plain = load_workbook(past)
    assert all("FORECAST" not in str(ws["A1"].value) for ws in plain.worksheets)
    assert all(ws.freeze_panes == "A2" for ws in plain.worksheets)


def test_a_caseload_report_for_a_period_still_to_come_says_so_on_every_page(
    sample: Database, tmp_path: Path
) -> None:
    from caseapp.reports.caseload_report import make_caseload_report

    out = tmp_path / "caseload.pdf"
    with sample.unit_of_work() as session:
        report = make_caseload_report(session, LEAD, "DEMO-HF", PAST, LATER, "en", out)
    assert report.is_forecast
    assert all("FORECAST, not an account" in page for page in _pages(out))
    assert _title(out).startswith("FORECAST: ")
    past = tmp_path / "past.pdf"
    with sample.unit_of_work() as session:
        make_caseload_report(session, LEAD, "DEMO-HF", PAST, PAST, "en", past)
    assert not any("FORECAST" in page for page in _pages(past))
