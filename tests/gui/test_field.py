"""Field laptops in the GUI: take the caseload offline from the main window, sync from the
laptop's status bar, and decide a conflict on the conflicts page."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog
from pytestqt.qtbot import QtBot

from caseapp.gui.field import offline_dialog
from caseapp.gui.field.conflicts_page import ConflictsPage
from caseapp.storage.database import Database, open_database
from tests.gui.conftest import PASSWORD, WORKER, wait_idle
from tests.services.sync_sample import edit_person, person_values

pytestmark = pytest.mark.gui


@pytest.fixture
def laptop_path(qtbot: QtBot, main_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:  # type: ignore[no-untyped-def]
    """The worker takes their caseload offline through File › Take my caseload offline."""
    target = tmp_path / "laptop.db"

    def fill_in(dialog: offline_dialog.OfflineDialog) -> int:
        dialog.path.setText(str(target))
        dialog.encrypt.setChecked(False)
        dialog._accept()
        return dialog.result()

    monkeypatch.setattr(offline_dialog.OfflineDialog, "exec", fill_in)
    qtbot.waitUntil(lambda: main_window.workspace.caseload.ready, timeout=10000)
    main_window.offline_action.trigger()
    wait_idle(qtbot, main_window.workspace)
    qtbot.waitUntil(
        lambda: " participant" in main_window.statusBar().currentMessage(),
        timeout=10000,
    )
    assert target.exists()
    return target


@pytest.fixture
def laptop_window(qtbot: QtBot, laptop_path: Path) -> Iterator[object]:
    from caseapp.gui.main_window import MainWindow
    from caseapp.gui.workspace import Workspace

    db = open_database(laptop_path)
    ws = Workspace(db, WORKER)
    ws.start()
    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.sync_bar.status is not None, timeout=10000)
    yield window
    window.closing_for_rebuild = True  # type: ignore[attr-defined]
    ws.stop()
    db.dispose()


def test_the_dialog_asks_for_a_file_and_matching_passphrases(qtbot: QtBot) -> None:
    dialog = offline_dialog.OfflineDialog(["AAR-HF"])
    qtbot.addWidget(dialog)
    dialog._accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "Choose where" in dialog.problem.text()
    dialog.path.setText("/tmp/x.db")
    dialog.encrypt.setEnabled(True)
    dialog.encrypt.setChecked(True)
    dialog.passphrase.setText("a long field passphrase")
    dialog.repeat.setText("a long field passphrasE")
    dialog._accept()
    assert dialog.problem.text() == "The two passphrases differ."
    assert [dialog.scope.itemData(i) for i in range(dialog.scope.count())] == [
        "mine",
        "project:AAR-HF",
    ]


def test_sync_from_the_laptop_and_decide_the_conflict(
    qtbot: QtBot,
    laptop_window,
    gui_db: Database,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    window = laptop_window
    assert window.sync_bar.isVisible() or window.sync_bar.status is not None
    assert "Last synced" in window.sync_bar.label.text()
    laptop = window.workspace.db
    edit_person(laptop, WORKER, "P-0001", phone="11 11 11 11")
    edit_person(gui_db, WORKER, "P-0001", phone="22 22 22 22")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (PASSWORD, True))
    qtbot.mouseClick(window.sync_bar.button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window.workspace)
    qtbot.waitUntil(lambda: "1 conflicts open" in window.statusBar().currentMessage())
    assert person_values(laptop, "P-0001")["phone"] == "22 22 22 22"

    page = ConflictsPage(window.workspace)
    qtbot.addWidget(page)
    page.show()
    page.page_shown()
    wait_idle(qtbot, window.workspace)
    assert page.model.rowCount() == 1
    texts = [page.model.index(0, c).data() for c in range(page.model.columnCount())]
    assert texts[0] == "P-0001" and "22 22 22 22" in texts[2] and "11 11 11 11" in texts[4]
    qtbot.mouseClick(page.mine, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window.workspace)
    assert "is now 11 11 11 11" in page.message.text()
    assert page.model.rowCount() == 0 and page.empty.isVisible()

    qtbot.mouseClick(window.sync_bar.button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window.workspace)
    qtbot.waitUntil(lambda: "0 conflicts open" in window.statusBar().currentMessage())
    assert person_values(gui_db, "P-0001")["phone"] == "11 11 11 11"


def test_a_wrong_password_loses_nothing(
    qtbot: QtBot, laptop_window, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    window = laptop_window
    edit_person(window.workspace.db, WORKER, "P-0002", email="ny@example.dk")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("wrong", True))
    qtbot.mouseClick(window.sync_bar.button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window.workspace)
    qtbot.waitUntil(lambda: "did not finish" in window.statusBar().currentMessage())
    window.sync_bar.refresh()
    wait_idle(qtbot, window.workspace)
    assert "1 change to send" in window.sync_bar.label.text()
