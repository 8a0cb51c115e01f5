"""The journal through the real widgets: the reading pane shows a whole note (timeline and
contacts page), a file's notes are searched as you type, and notes across every file the
account may see are found, marked and opened."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from caseapp.gui.journal_search import JournalSearchDialog
from caseapp.gui.participant_file.record_page import RecordPage
from caseapp.gui.participant_file.timeline_page import TimelinePage
from caseapp.storage.database import Database
from caseapp.storage.models import AuditEntry

from .conftest import wait_idle

NOTE = "Met at the cafe.\nTalked about flats."  # Sara's contact (tests/services/sample_caseload)


def test_the_timeline_reads_whole_notes_and_searches_them(qtbot: QtBot, open_file) -> None:  # type: ignore[no-untyped-def]
    view = open_file("P-0001")
    page = view.show_page("timeline")
    assert isinstance(page, TimelinePage)
    row = next(i for i, e in enumerate(page.model.rows) if e.event == "contact")
    started = time.perf_counter()
    page.table.selectRow(row)
    followed_ms = (time.perf_counter() - started) * 1000
    assert "Talked about flats." in page.pane.toPlainText()  # the table shows the first line
    assert "#ffe58a" not in page.pane.toHtml()  # nothing searched, nothing marked
    assert followed_ms < 50
    qtbot.keyClicks(page.search, "flat")
    assert [e.event for e in page.model.rows] == ["contact"]
    assert (
        '<span style="background:#ffe58a">flats</span>'
        in page.pane.toHtml().replace("background-color", "background")
        or "flats" in page.pane.toPlainText()
    )
    page.search.clear()
    qtbot.keyClicks(page.search, "nowhere to be found")
    assert page.model.rowCount() == 0
    assert page.empty.isVisible() and "No notes hold these words" in page.empty.text()


def test_the_contacts_page_reads_the_selected_note_in_full(qtbot: QtBot, open_file) -> None:  # type: ignore[no-untyped-def]
    contacts = open_file("P-0001").show_page("contact")
    assert isinstance(contacts, RecordPage) and contacts.pane is not None
    row = next(i for i, r in enumerate(contacts.model.rows) if r.values["note"] == NOTE)
    contacts.table.selectRow(row)
    assert contacts.pane.toPlainText().endswith("Met at the cafe.\nTalked about flats.")


def test_notes_are_found_across_files_and_the_search_is_logged(
    qtbot: QtBot, workspace, gui_db: Database
) -> None:  # type: ignore[no-untyped-def]
    dialog = JournalSearchDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.query, "flat caf")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=10000)
    hit = dialog.model.rows[0]
    assert hit.participant_key == "P-0001" and hit.kind == "contact"
    assert dialog.status.text() == "1 note found"
    assert "Talked about flats." in dialog.pane.toPlainText()
    with qtbot.waitSignal(workspace.open_participant, timeout=5000) as opened:
        dialog.table.setFocus()
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert opened.args == ["P-0001"]
    wait_idle(qtbot, workspace)
    with gui_db.reader() as s:
        logged = s.scalars(
            select(AuditEntry.participant_key).where(AuditEntry.action == "searched_journal")
        ).all()
    assert "P-0001" in logged


def test_the_journal_of_a_period_is_printed_to_pdf_and_logged(
    qtbot: QtBot, workspace, gui_db: Database, open_file, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    import pypdfium2
    from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

    out = tmp_path / "journal.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    page = open_file("P-0001").show_page("timeline")
    assert isinstance(page, TimelinePage)
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    dialog = page.print_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    wait_idle(qtbot, workspace)
    pdf = pypdfium2.PdfDocument(out)
    words = " ".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    assert "Sara Nielsen (P-0001)" in words and "Talked about flats." in words
    assert "010203" not in words  # never the CPR number
    with gui_db.reader() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "printed_journal")).one()
    assert entry.participant_key == "P-0001" and "Talked" not in (entry.detail or "")


def test_every_save_is_confirmed_in_the_status_bar(qtbot: QtBot, main_window, workspace) -> None:  # type: ignore[no-untyped-def]
    workspace.open_participant.emit("P-0003")
    participants = main_window.participants_page()
    qtbot.waitUntil(lambda: participants.file("P-0003") is not None, timeout=10000)
    view = participants.file("P-0003")
    qtbot.waitUntil(lambda: view.loaded, timeout=10000)
    tasks = view.show_page("task")
    tasks.add_button.click()
    qtbot.keyClicks(tasks.form.editors["title"].focus_widget(), "Ring til Jonas")
    tasks.form.save_requested.emit()
    qtbot.waitUntil(lambda: main_window.statusBar().currentMessage().startswith("Saved at"))
    wait_idle(qtbot, workspace)
