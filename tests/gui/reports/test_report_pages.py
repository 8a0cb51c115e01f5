"""The reports page and the data-quality page, driven through their widgets."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from caseapp.gui.navigation import pages_for
from caseapp.gui.reports.quality_page import DataQualityPage
from caseapp.gui.reports.report_page import ReportsPage
from caseapp.gui.workspace import Workspace
from caseapp.services.actor import Actor
from caseapp.storage.database import Database, open_database
from tests.reports.pdf_text import reportlab_text
from tests.reports.sample_db import load_sample

LEAD = Actor("lead", "Erik Kaastrup", "team_lead")
CASEWORKER = Actor("jh", "Jonas Holm", "caseworker")

pytestmark = pytest.mark.gui


@pytest.fixture
def sample(tmp_path: Path) -> Iterator[Database]:
    db = open_database(tmp_path / "case.db", create=True)
    load_sample(db, LEAD)
    yield db
    db.dispose()


def _workspace(qtbot: QtBot, db: Database, actor: Actor) -> Workspace:
    workspace = Workspace(db, actor)
    return workspace


def _reports(qtbot: QtBot, db: Database, actor: Actor = LEAD) -> ReportsPage:
    workspace = _workspace(qtbot, db, actor)
    page = ReportsPage(workspace)
    qtbot.addWidget(page)
    page.show()
    page.page_shown()
    qtbot.waitUntil(lambda: page.project_box.count() > 0, timeout=10000)
    page.as_of.setDate(QDate(2024, 6, 30))
    return page


def test_preview_shows_the_summary_of_the_report(qtbot: QtBot, sample: Database) -> None:
    page = _reports(qtbot, sample)
    assert page.project_box.currentData() == "DEMO-HF"
    page.lang_box.setCurrentIndex(page.lang_box.findData("en"))
    page.preview_button.click()
    qtbot.waitUntil(lambda: page.report is not None and not page.busy, timeout=20000)
    text = page.preview.toPlainText()
    assert "The project is on plan" in text
    assert "DKK 195,000.00" in text and "71.4%" in text
    assert page.report is not None and page.report.as_of == date(2024, 6, 30)


def test_save_pdf_and_workbook_off_the_gui_thread(
    qtbot: QtBot, sample: Database, tmp_path: Path
) -> None:
    page = _reports(qtbot, sample)
    page.lang_box.setCurrentIndex(page.lang_box.findData("da"))
    pdf = tmp_path / "out" / "council.pdf"
    page.save_pdf(pdf)
    qtbot.waitUntil(lambda: not page.busy, timeout=20000)
    assert page.last_saved == pdf
    assert "195.000,00 kr." in reportlab_text(pdf)
    xlsx = tmp_path / "out" / "figures.xlsx"
    page.save_workbook(xlsx)
    qtbot.waitUntil(lambda: not page.busy, timeout=20000)
    assert load_workbook(xlsx).sheetnames[0] == "Oversigt"
    caseload = tmp_path / "out" / "caseload.pdf"
    page.save_caseload(caseload)
    qtbot.waitUntil(lambda: not page.busy, timeout=20000)
    assert caseload.exists()


def test_a_case_worker_cannot_make_reports(qtbot: QtBot, sample: Database) -> None:
    page = ReportsPage(_workspace(qtbot, sample, CASEWORKER))
    qtbot.addWidget(page)
    assert not page.pdf_button.isEnabled() and not page.preview_button.isEnabled()
    assert "team lead" in page.status.text()


def test_data_quality_lists_findings_and_opens_the_file(qtbot: QtBot, sample: Database) -> None:
    workspace = _workspace(qtbot, sample, LEAD)
    page = DataQualityPage(workspace)
    qtbot.addWidget(page)
    page.show()
    page.page_shown()
    qtbot.waitUntil(lambda: page.result is not None and not page.busy, timeout=20000)
    model = page.model
    assert model.rowCount() == len(page.result.findings) > 0
    keys = {model.index(r, 0).data() for r in range(model.rowCount())}
    assert all(k.startswith("P-") for k in keys)
    opened: list[str] = []
    workspace.open_participant.connect(opened.append)
    page.table.doubleClicked.emit(model.index(0, 1))
    assert opened == [model.finding(0).participant]


def test_both_pages_are_in_the_navigation(qtbot: QtBot) -> None:
    keys = [spec.key for spec in pages_for(LEAD)]
    assert "reports" in keys and "data_quality" in keys
    assert "data_quality" in [spec.key for spec in pages_for(CASEWORKER)]
    assert "reports" not in [spec.key for spec in pages_for(CASEWORKER)]
