"""A note typed in a file's Contacts form survives a crash: kept shortly after typing stops,
offered back when the file opens again or at the next start, gone once saved or cancelled, and
sealed when the database is encrypted."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from caseapp.gui.participant_file.file_view import ParticipantFileView
from caseapp.gui.participant_file.record_page import RecordPage
from caseapp.gui.workspace import Workspace
from caseapp.services import accounts
from caseapp.storage.database import Database, open_database
from caseapp.storage.models import Contact, Draft
from tests.services.sample_caseload import build

from .conftest import ADMIN, LEAD, PASSWORD, WORKER, wait_idle

pytestmark = pytest.mark.gui

NOTE = "She told me about the eviction notice"


def _start(qtbot: QtBot, db: Database) -> Workspace:
    workspace = Workspace(db, WORKER)
    workspace.start()
    qtbot.waitUntil(lambda: workspace.caseload.ready, timeout=10000)
    return workspace


def _open(qtbot: QtBot, workspace: Workspace, key: str, keep: bool = True) -> ParticipantFileView:
    view = ParticipantFileView(workspace, key)
    if keep:
        qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.loaded, timeout=10000)
    return view


def _contacts(view: ParticipantFileView) -> RecordPage:
    page = view.show_page("contact")
    assert isinstance(page, RecordPage)
    return page


def _type_and_crash(qtbot: QtBot, workspace: Workspace, key: str) -> str:
    """Type a note in a new contact in `key`'s file; the program then dies without saving."""
    view = _open(qtbot, workspace, key, keep=False)
    page = _contacts(view)
    page.add_button.click()
    qtbot.keyClicks(page.form.editors["note"].focus_widget(), NOTE)
    store = page.drafts.store
    qtbot.waitUntil(store.exists, timeout=5000)  # written shortly after typing stops
    view.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(view))
    workspace.stop()
    return store.name


def _kept(db: Database, name: str) -> str | None:
    with db.reader() as s:
        return s.scalar(select(Draft.data).where(Draft.name == name))


def test_the_file_offers_back_a_note_typed_before_a_crash(qtbot: QtBot, gui_db: Database) -> None:
    name = _type_and_crash(qtbot, _start(qtbot, gui_db), "P-0002")
    assert NOTE in (_kept(gui_db, name) or "")  # inside the database
    workspace = _start(qtbot, gui_db)  # the next start
    other = _open(qtbot, workspace, "P-0001")
    assert not other.draft_bar.isVisible()  # only the file it was typed in offers it
    view = _open(qtbot, workspace, "P-0002")
    assert view.draft_bar.isVisible() and "was not saved" in view.draft_bar.text.text()
    view.draft_bar.resume_button.click()
    page = _contacts(view)
    assert page.form.editors["note"].raw() == NOTE and page.has_unsaved()
    assert page.form.editing is None  # a new contact, as it was
    assert not view.draft_bar.isVisible()
    page.form.save_requested.emit()
    qtbot.waitUntil(lambda: not page.has_unsaved(), timeout=10000)
    wait_idle(qtbot, workspace)
    with gui_db.reader() as s:
        assert s.scalar(select(Contact).where(Contact.note == NOTE)) is not None
    workspace.drafts.flush()
    assert _kept(gui_db, name) is None  # saved: the draft is gone
    workspace.stop()


def test_the_main_window_offers_an_edit_left_behind_and_cancelling_drops_it(
    qtbot: QtBot, gui_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from caseapp.gui.main_window import MainWindow

    first = _start(qtbot, gui_db)
    view = _open(qtbot, first, "P-0001", keep=False)
    page = _contacts(view)
    page.table.selectRow(0)
    edited = page.model.rows[0].uuid
    page.edit_button.click()
    page.form.editors["note"].set_value(NOTE)
    qtbot.waitUntil(page.drafts.store.exists, timeout=5000)
    view.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(view))
    first.stop()

    workspace = _start(qtbot, gui_db)
    window = MainWindow(workspace)
    window.closing_for_rebuild = True  # type: ignore[attr-defined]
    qtbot.addWidget(window)
    window.show()
    assert window.draft_bar.isVisible()
    assert "Sara Nielsen (P-0001)" in window.draft_bar.text.text()
    window.draft_bar.resume_button.click()
    participants = window.participants_page()
    assert participants is not None
    reopened = participants.file("P-0001")
    assert reopened is not None
    qtbot.waitUntil(lambda: "contact" in reopened.pages, timeout=10000)
    page = _contacts(reopened)
    assert page.form.editing is not None and page.form.editing[0] == edited
    assert page.form.editors["note"].raw() == NOTE
    assert not window.draft_bar.isVisible() and not reopened.draft_bar.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    page.cancel()
    assert not page.drafts.store.exists()
    wait_idle(qtbot, workspace)
    workspace.stop()


@pytest.fixture
def encrypted_db(tmp_path: Path) -> Iterator[Database]:
    pytest.importorskip("sqlcipher3", reason="this installation has no SQLCipher driver")
    db = open_database(tmp_path / "sealed.db", create=True, passphrase="a long passphrase")
    with db.unit_of_work() as s:
        accounts.create_first_admin(s, ADMIN.key, ADMIN.name, "admin-password")
        accounts.add_user(s, ADMIN, WORKER.key, WORKER.name, WORKER.role, PASSWORD)
        accounts.add_user(s, ADMIN, LEAD.key, LEAD.name, LEAD.role, PASSWORD)
    build(db, WORKER, LEAD, date.today())
    yield db
    db.dispose()


def test_drafts_of_an_encrypted_database_are_inside_it(
    qtbot: QtBot, encrypted_db: Database
) -> None:
    name = _type_and_crash(qtbot, _start(qtbot, encrypted_db), "P-0002")
    assert NOTE in (_kept(encrypted_db, name) or "")
    assert encrypted_db.path is not None
    raw = encrypted_db.path.read_bytes()
    assert b"eviction" not in raw and "eviction".encode("utf-16-le") not in raw
    workspace = _start(qtbot, encrypted_db)
    view = _open(qtbot, workspace, "P-0002")
    assert view.draft_bar.isVisible()
    view.draft_bar.resume_button.click()
    assert _contacts(view).form.editors["note"].raw() == NOTE
    wait_idle(qtbot, workspace)
    workspace.stop()


def test_a_task_discarded_on_quitting_is_never_offered_back(
    qtbot: QtBot, gui_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from caseapp.gui.main_window import MainWindow

    workspace = _start(qtbot, gui_db)
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    workspace.open_participant.emit("P-0001")
    participants = window.participants_page()
    assert participants is not None
    qtbot.waitUntil(lambda: participants.file("P-0001") is not None, timeout=10000)
    view = participants.file("P-0001")
    assert view is not None
    qtbot.waitUntil(lambda: view.loaded, timeout=10000)
    tasks = view.show_page("task")
    assert isinstance(tasks, RecordPage)
    tasks.add_button.click()
    qtbot.keyClicks(tasks.form.editors["title"].focus_widget(), "Ring til udlejer")
    qtbot.waitUntil(tasks.drafts.store.exists, timeout=5000)
    # Ctrl+Q, and "Discard" to the question about unsaved changes.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    wait_idle(qtbot, workspace)
    workspace.stop()
    assert _kept(gui_db, tasks.drafts.store.name) is None

    again = _start(qtbot, gui_db)
    second = MainWindow(again)
    second.closing_for_rebuild = True  # type: ignore[attr-defined]
    qtbot.addWidget(second)
    second.show()
    assert not second.draft_bar.isVisible()
    again.stop()
