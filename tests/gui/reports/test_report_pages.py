"""The reports page and the data-quality page, driven through their widgets."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, QTimer
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from caseapp.gui import i18n
from caseapp.gui.navigation import pages_for
from caseapp.gui.reports import report_page
from caseapp.gui.reports.quality_page import DataQualityPage
from caseapp.gui.reports.report_page import ReportsPage
from caseapp.gui.workspace import Workspace
from caseapp.services.actor import Actor
from caseapp.storage.database import Database, open_database
from caseapp.storage.models import AuditEntry
from tests.reports.pdf_text import pdf_text
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


def _preview(qtbot: QtBot, page: ReportsPage, lang: str) -> None:
    page.lang_box.setCurrentIndex(page.lang_box.findData(lang))
    page.preview_button.click()
    qtbot.waitUntil(lambda: page.pdf is not None and not page.busy, timeout=20000)
    qtbot.waitUntil(lambda: 1 in page.pages.drawn_pages(), timeout=10000)


@pytest.mark.parametrize(("lang", "amount"), [("en", "DKK 195,000.00"), ("da", "195.000,00 kr.")])
def test_preview_shows_every_page_of_the_report(
    qtbot: QtBot, sample: Database, tmp_path: Path, lang: str, amount: str
) -> None:
    i18n.install(lang)  # the program in the report's language
    page = _reports(qtbot, sample)
    assert page.project_box.currentData() == "DEMO-HF"
    _preview(qtbot, page, lang)
    assert page.pdf is not None and page.report is not None
    assert page.report.as_of == date(2024, 6, 30)
    made = tmp_path / "preview.pdf"
    made.write_bytes(page.pdf)
    assert amount in pdf_text(made)
    count = len(pdfium.PdfDocument(page.pdf))
    assert count > 1 and page.pages.page_count == count and len(page.pages.labels) == count
    pages_text = f"Page 1 of {count}" if lang == "en" else f"Side 1 af {count}"
    assert page.pages.page_label.text() == pages_text
    first = page.pages.labels[0].pixmap()
    assert not first.isNull() and first.width() > 100
    # The first page fills the width of the view, as a page on paper is tall.
    assert abs(page.pages.labels[0].width() - page.pages.area.viewport().width()) < 40
    assert page.pages.labels[0].height() > page.pages.labels[0].width()


def test_pages_are_drawn_as_they_come_into_sight_and_again_on_zoom(
    qtbot: QtBot, sample: Database
) -> None:
    page = _reports(qtbot, sample)
    page.resize(900, 700)
    _preview(qtbot, page, "en")
    view = page.pages
    last = view.page_count
    assert last not in view.drawn_pages()  # far below: not drawn yet
    view.area.verticalScrollBar().setValue(view.area.verticalScrollBar().maximum())
    qtbot.waitUntil(lambda: last in view.drawn_pages(), timeout=10000)
    assert 1 not in view.drawn_pages()  # far above now: its picture was given back
    assert view.page_label.text() == f"Page {last} of {last}"
    fitted = view.labels[0].width()
    view.zoom_in_button.click()
    assert view.zoom is not None and not view.fit_button.isChecked()
    assert view.labels[0].width() > fitted
    assert view.page_label.text() == f"Page {last} of {last}"  # still at the same place
    qtbot.waitUntil(lambda: last in view.drawn_pages(), timeout=10000)
    pixmap = view.labels[last - 1].pixmap()
    assert abs(pixmap.width() / pixmap.devicePixelRatio() - view.labels[0].width()) <= 2
    view.fit_button.click()
    assert view.zoom is None and view.labels[0].width() == fitted


def test_the_window_keeps_responding_while_the_preview_is_made(
    qtbot: QtBot, sample: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    real = report_page.write_council_pdf

    def slow(*args: Any) -> Any:
        release.wait(10)  # as if the report were long
        return real(*args)

    monkeypatch.setattr(report_page, "write_council_pdf", slow)
    page = _reports(qtbot, sample)
    page.preview_button.click()
    assert page.busy
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    qtbot.waitUntil(lambda: len(ticks) >= 5)  # the event loop runs while the PDF is made
    timer.stop()
    assert page.pdf is None
    release.set()
    qtbot.waitUntil(lambda: 1 in page.pages.drawn_pages(), timeout=20000)


def test_saving_writes_the_previewed_pdf_without_making_it_again(
    qtbot: QtBot, sample: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _reports(qtbot, sample)
    _preview(qtbot, page, "da")
    monkeypatch.setattr(report_page, "make_council_report", None)  # would fail if called
    out = tmp_path / "council.pdf"
    page.save_pdf(out)
    qtbot.waitUntil(lambda: not page.busy, timeout=20000)
    assert page.last_saved == out and out.read_bytes() == page.pdf
    with sample.reader() as s:
        made = s.scalars(select(AuditEntry).where(AuditEntry.action == "made_council_report"))
        assert [e.detail for e in made] == ["DEMO-HF 2024-06-30 da"]
    page.lang_box.setCurrentIndex(page.lang_box.findData("en"))  # another choice
    assert page.pdf is None and page.pages.page_count == 0


def test_save_pdf_and_workbook_off_the_gui_thread(
    qtbot: QtBot, sample: Database, tmp_path: Path
) -> None:
    page = _reports(qtbot, sample)
    page.lang_box.setCurrentIndex(page.lang_box.findData("da"))
    pdf = tmp_path / "out" / "council.pdf"
    page.save_pdf(pdf)
    qtbot.waitUntil(lambda: not page.busy, timeout=20000)
    assert page.last_saved == pdf
    assert "195.000,00 kr." in pdf_text(pdf)
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
