"""Quick contact logging: pick the person by typing, mode and place remembered, and a note that
survives a crash."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from caseapp.gui.quick_contact import QuickContactDialog
from caseapp.gui.workspace import Workspace
from caseapp.storage.database import Database
from caseapp.storage.models import Contact, Draft

from .conftest import WORKER, wait_idle


def new_dialog(qtbot: QtBot, workspace, participant: str = "") -> QuickContactDialog:  # type: ignore[no-untyped-def]
    dialog = QuickContactDialog(workspace, participant)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_person_is_picked_by_typing(qtbot: QtBot, workspace) -> None:  # type: ignore[no-untyped-def]
    dialog = new_dialog(qtbot, workspace)
    qtbot.keyClicks(dialog.person, "hass")
    assert dialog.participant_key() == "P-0002"
    assert dialog.person_status.text() == "✓ Ali Hassan (P-0002)"
    dialog.person.setText("4321")  # the last digits of Sara's CPR number
    assert dialog.participant_key() == "P-0001"
    dialog.person.setText("a")  # several people match
    assert dialog.participant_key() is None
    assert "pick one from the list" in dialog.person_status.text()
    dialog.note.edit.clear()
    dialog.reject()


def test_ctrl_enter_without_a_person_names_the_problem_and_saves_nothing(
    qtbot: QtBot, workspace, gui_db: Database
) -> None:  # type: ignore[no-untyped-def]
    dialog = new_dialog(qtbot, workspace)
    qtbot.keyClicks(dialog.note.edit, "Short chat at the station")
    qtbot.keyClick(dialog.note.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible()
    assert dialog.problem.text().startswith("Choose the participant")
    with gui_db.reader() as s:
        assert s.scalar(select(Contact).where(Contact.note == "Short chat at the station")) is None


def test_mode_and_place_are_remembered_for_the_next_contact(qtbot: QtBot, workspace) -> None:  # type: ignore[no-untyped-def]
    dialog = new_dialog(qtbot, workspace, "P-0003")
    dialog.mode.set_value("phone")
    dialog.location.set_value("outreach")
    dialog.topics.set_value(["housing"])
    qtbot.keyClick(dialog.note.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    following = new_dialog(qtbot, workspace, "P-0002")
    assert (following.mode.raw(), following.location.raw()) == ("phone", "outreach")


def test_a_note_being_typed_survives_a_crash_privately(
    qtbot: QtBot, workspace, gui_db: Database
) -> None:  # type: ignore[no-untyped-def]
    dialog = QuickContactDialog(workspace, "P-0001")  # not closed by the test: it "crashes"
    dialog.show()
    qtbot.keyClicks(dialog.note.edit, "She told me about the eviction notice")
    store = workspace.drafts.store("contact")
    qtbot.waitUntil(store.exists, timeout=5000)  # written shortly after typing stops
    assert store.load()["note"] == "She told me about the eviction notice"  # type: ignore[index]
    workspace.drafts.flush()
    with gui_db.reader() as s:  # inside the database, naming the person it is about
        kept = s.execute(select(Draft.participant_key, Draft.data)).one()
        assert kept[0] == "P-0001" and "eviction notice" in kept[1]
    # The program dies: the dialog is gone without saving or cancelling.
    dialog.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog))

    from caseapp.gui.main_window import MainWindow

    restarted = Workspace(gui_db, WORKER)  # the next start: a new session
    restarted.start()
    qtbot.waitUntil(lambda: restarted.caseload.ready, timeout=10000)
    window = MainWindow(restarted)
    window.closing_for_rebuild = True  # type: ignore[attr-defined]
    qtbot.addWidget(window)
    window.show()
    assert window.draft_bar.isVisible()
    assert "was not saved" in window.draft_bar.text.text()
    window.draft_bar.resume_button.click()
    resumed = window.quick_contact
    assert resumed is not None
    assert resumed.note.raw() == "She told me about the eviction notice"
    assert resumed.participant_key() == "P-0001"
    qtbot.keyClick(resumed.note.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not resumed.isVisible(), timeout=10000)
    restarted.drafts.flush()
    with gui_db.reader() as s:  # saved: the draft is gone
        assert s.scalar(select(Draft.id)) is None
    restarted.stop()


def test_cancelling_asks_before_dropping_a_note_and_then_deletes_the_draft(
    qtbot: QtBot, workspace, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    dialog = new_dialog(qtbot, workspace, "P-0001")
    qtbot.keyClicks(dialog.note.edit, "Half a thought")
    dialog.keep_draft()
    answers = iter([QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: next(answers))
    dialog.reject()
    assert dialog.isVisible() and dialog.drafts.exists()  # the user changed their mind
    dialog.reject()
    assert not dialog.isVisible() and not dialog.drafts.exists()
    wait_idle(qtbot, workspace)


def test_the_person_is_found_as_danish_is_typed(qtbot: QtBot, workspace) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLineEdit

    from caseapp.gui.quick_contact import FoldingCompleter

    field = QLineEdit()
    qtbot.addWidget(field)
    completer = FoldingCompleter(["Søren Holm (P-0009)", "Sara Nielsen (P-0001)"], field)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    field.setCompleter(completer)
    for typed in ("soren", "soeren", "Søren", "holm"):
        completer.setCompletionPrefix(typed)
        assert completer.completionCount() == 1, typed
        assert completer.currentCompletion() == "Søren Holm (P-0009)"  # shown and put in as is
    completer.setCompletionPrefix("sar")
    assert completer.currentCompletion() == "Sara Nielsen (P-0001)"
