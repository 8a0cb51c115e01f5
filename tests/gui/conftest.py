"""GUI test fixtures: a small caseload database (built once, copied per test) and the windows.

Every test gets its own settings and drafts folder, so nothing leaks between tests or into the
user's real settings.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from caseapp.services import accounts
from caseapp.services.actor import Actor
from caseapp.storage.database import Database, open_database
from tests.services.sample_caseload import build

ADMIN = Actor("admin", "Administrator", "admin")
WORKER = Actor("mmp", "Mette Mondrup Pedersen", "coordinator")
LEAD = Actor("lead", "Erik Kaastrup", "team_lead")
PASSWORD = "secret-pw"


@pytest.fixture(scope="session")
def caseload_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "caseload.db"
    db = open_database(path, create=True)
    with db.unit_of_work() as s:
        accounts.create_first_admin(s, "admin", "Administrator", "admin-password")
        accounts.add_user(s, ADMIN, "mmp", WORKER.name, "coordinator", PASSWORD)
        accounts.add_user(s, ADMIN, "lead", LEAD.name, "team_lead", PASSWORD)
    build(db, WORKER, LEAD, date.today())
    db.dispose()
    return path


@pytest.fixture(autouse=True)
def private_gui_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "gui-data"
    monkeypatch.setenv("CASEAPP_GUI_DATA_DIR", str(folder))
    monkeypatch.setenv("CASEAPP_SETTINGS_SCOPE", "test")
    monkeypatch.delenv("CASEAPP_USER", raising=False)
    monkeypatch.delenv("CASEAPP_PASSWORD", raising=False)
    from caseapp.gui import i18n

    i18n.install("en")
    return folder


@pytest.fixture
def gui_db(caseload_template: Path, tmp_path: Path) -> Iterator[Database]:
    path = tmp_path / "case.db"
    shutil.copy(caseload_template, path)
    db = open_database(path)
    yield db
    db.dispose()


@pytest.fixture
def workspace(qtbot: QtBot, gui_db: Database) -> Iterator[object]:
    from caseapp.gui.workspace import Workspace

    ws = Workspace(gui_db, WORKER)
    ws.start()
    qtbot.waitUntil(lambda: ws.caseload.ready and ws.watcher.watching, timeout=10000)
    yield ws
    ws.stop()


def wait_idle(qtbot: QtBot, workspace: object) -> None:
    """Wait until every background operation has delivered its result."""
    qtbot.waitUntil(lambda: not workspace.ops.busy, timeout=15000)  # type: ignore[attr-defined]


@pytest.fixture
def open_file(qtbot: QtBot, workspace: object):  # type: ignore[no-untyped-def]
    """Open a participant's file in its own widget and wait until it shows."""
    from caseapp.gui.participant_file.file_view import ParticipantFileView

    def opened(key: str) -> ParticipantFileView:
        view = ParticipantFileView(workspace, key)  # type: ignore[arg-type]
        qtbot.addWidget(view)
        view.show()
        qtbot.waitUntil(lambda: view.loaded, timeout=10000)
        return view

    return opened


@pytest.fixture
def main_window(qtbot: QtBot, workspace: object):  # type: ignore[no-untyped-def]
    """The main window for the signed-in worker (without the sign-in step)."""
    from caseapp.gui.main_window import MainWindow

    window = MainWindow(workspace)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    yield window
    window.closing_for_rebuild = True  # type: ignore[attr-defined]


def on_next_modal(handle: Callable[[QWidget], None]) -> None:
    """Run `handle` on the next modal dialog once it is open (its exec() blocks the test)."""

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, look)
        else:
            handle(dialog)

    QTimer.singleShot(0, look)


def answer_next_box(button_text: str) -> list[str]:
    """Click the button with `button_text` in the next message box; the list gets its text."""
    seen: list[str] = []

    def click(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(f"{box.text()}\n{box.informativeText()}")
        found = [b for b in box.buttons() if b.text() == button_text]
        assert found, f"no button {button_text!r} in {[b.text() for b in box.buttons()]}"
        found[0].click()

    on_next_modal(click)
    return seen
