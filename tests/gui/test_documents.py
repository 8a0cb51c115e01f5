"""Documents through the real widgets: attach a flex-job agreement as evidence (the job then
counts as verified), see it listed, open it in the program (logged), delete it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import select

from caseapp.gui.participant_file.documents_page import AttachDialog, DocumentsPage
from caseapp.gui.participant_file.record_page import RecordPage
from caseapp.storage.database import Database
from caseapp.storage.models import AuditEntry

from .conftest import on_next_modal, wait_idle


def _pdf(path: Path) -> Path:
    canvas = Canvas(str(path))
    canvas.drawString(72, 720, "Fleksjobaftale")
    canvas.showPage()
    canvas.save()
    return path


def test_evidence_is_attached_opened_and_deleted(
    qtbot: QtBot, workspace, gui_db: Database, open_file, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    view = open_file("P-0002")  # Ali: a flex job without evidence
    jobs = view.show_page("activity")
    assert isinstance(jobs, RecordPage) and jobs.model.rows[0].flags
    page = view.show_page("documents")
    assert isinstance(page, DocumentsPage)
    assert view.tabs.currentWidget() is view._holders["enrolment"]  # beside the enrolment
    qtbot.waitUntil(lambda: page.empty.isVisible(), timeout=5000)
    agreement = _pdf(tmp_path / "fleksjobaftale.pdf")

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, AttachDialog)
        dialog.kind.setCurrentIndex(dialog.kind.findData("evidence"))
        dialog.evidence_for.setCurrentIndex(1)  # the flex job
        dialog.set_path(agreement)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    on_next_modal(fill)
    page.attach_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10000)
    assert page.model.rows[0].filename == "fleksjobaftale.pdf"
    qtbot.waitUntil(lambda: not jobs.model.rows[0].flags, timeout=10000)  # verified now
    assert jobs.model.rows[0].values["evidence"] == "Dokument: fleksjobaftale.pdf"

    page.table.selectRow(0)
    page.open_button.click()
    qtbot.waitUntil(lambda: page.preview is not None and page.preview.isVisible(), timeout=10000)
    assert page.preview.pages is not None and page.preview.pages.page_count == 1
    page.preview.close()
    wait_idle(qtbot, workspace)
    with gui_db.reader() as s:
        opened = s.scalars(
            select(AuditEntry.participant_key).where(AuditEntry.action == "opened_document")
        ).all()
    assert opened == ["P-0002"]

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.delete_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=10000)
    wait_idle(qtbot, workspace)
