"""Starting the program: signing in (by itself, or from a demo's account list), the start-up
check, the language, and the window remembering itself."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from caseapp.gui import i18n
from caseapp.gui.app import READY, Program
from caseapp.gui.main_window import MainWindow
from caseapp.services.demo_accounts import DEMO_SETTING
from caseapp.storage.database import Database
from caseapp.storage.models import Setting

from .conftest import PASSWORD


def app() -> QApplication:
    instance = QApplication.instance()
    assert isinstance(instance, QApplication)
    return instance


def close(program: Program) -> None:
    if program.window is not None:
        program.window.closing_for_rebuild = True  # type: ignore[attr-defined]
        program.window.close()
    program.shutdown()


def test_signs_in_by_itself_with_user_and_password_in_the_environment(
    qtbot: QtBot, gui_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CASEAPP_USER", "mmp")
    monkeypatch.setenv("CASEAPP_PASSWORD", PASSWORD)
    program = Program(app(), gui_db)
    assert program.start()
    assert program.sign_in is None and program.window is not None
    assert program.window.user_label.text() == "Mette Mondrup Pedersen · Coordinator"
    assert program.idle_lock is not None and program.idle_lock.minutes == 15
    close(program)


def test_a_demo_database_offers_its_accounts(qtbot: QtBot, gui_db: Database) -> None:
    with gui_db.unit_of_work() as s:
        s.add(Setting(key=DEMO_SETTING, value="1"))
    program = Program(app(), gui_db)
    program.start()
    dialog = program.sign_in
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.demo.isVisible(), timeout=5000)
    users = [
        dialog.demo_list.topLevelItem(i).text(2)
        for i in range(dialog.demo_list.topLevelItemCount())
    ]
    assert sorted(users) == ["admin", "lead", "mmp"]
    item = next(
        dialog.demo_list.topLevelItem(i)
        for i in range(dialog.demo_list.topLevelItemCount())
        if dialog.demo_list.topLevelItem(i).text(2) == "mmp"
    )
    dialog._pick_demo(item)
    assert dialog.user.text() == "mmp" and dialog.password.text() == "demo"
    dialog.close()


def test_an_administrator_gets_the_account_pages_and_no_case_files(
    qtbot: QtBot, gui_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CASEAPP_USER", "admin")
    monkeypatch.setenv("CASEAPP_PASSWORD", "admin-password")
    program = Program(app(), gui_db)
    program.start()
    window = program.window
    assert window is not None
    keys = [spec.key for spec in window.specs]
    assert "administration" in keys and "participants" not in keys and "overview" not in keys
    assert not window.contact_action.isVisible()
    close(program)


def test_switching_to_danish_keeps_the_open_files(
    qtbot: QtBot, gui_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CASEAPP_USER", "mmp")
    monkeypatch.setenv("CASEAPP_PASSWORD", PASSWORD)
    program = Program(app(), gui_db)
    program.start()
    window = program.window
    assert window is not None
    window.workspace.open_participant.emit("P-0002")
    window.findChild(object, "language-da").trigger()  # type: ignore[union-attr]
    danish = program.window
    assert danish is not None and danish is not window
    assert i18n.current() == "da"
    assert danish.current_page_key() == "participants"
    page = danish.participants_page()
    assert page is not None and [f.key for f in page.files()] == ["P-0002"]
    assert danish.nav.item(0).text() == "Mit overblik"
    assert danish.user_label.text() == "Mette Mondrup Pedersen · Koordinator"
    assert i18n.choose_language(None) == "da"  # remembered for the next start
    close(program)


def test_the_window_remembers_its_page(qtbot: QtBot, workspace) -> None:  # type: ignore[no-untyped-def]
    first = MainWindow(workspace)
    qtbot.addWidget(first)
    first.show()
    first.show_page("participants")
    first.resize(first.width(), 480)
    first.closing_for_rebuild = True  # type: ignore[attr-defined]
    first.close()
    second = MainWindow(workspace)
    qtbot.addWidget(second)
    second.show()
    assert second.current_page_key() == "participants"
    # (The width is not compared: the test screen is narrower than the window.)
    assert second.height() == 480
    second.closing_for_rebuild = True  # type: ignore[attr-defined]


def run_cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "caseapp", *args],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.slow
def test_quit_after_show_is_a_start_up_check(gui_db: Database, tmp_path: Path) -> None:
    path = str(gui_db.path)
    ok = run_cli(
        "gui",
        "--db",
        path,
        "--quit-after-show",
        env={"CASEAPP_USER": "mmp", "CASEAPP_PASSWORD": PASSWORD},
    )
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout.splitlines() == [READY]
    wrong = run_cli(
        "gui",
        "--db",
        path,
        "--quit-after-show",
        env={"CASEAPP_USER": "mmp", "CASEAPP_PASSWORD": "nope-nope"},
    )
    assert wrong.returncode == 3 and "wrong password" in wrong.stderr
    missing = run_cli(
        "gui",
        "--db",
        str(tmp_path / "typo.db"),
        "--quit-after-show",
        env={"CASEAPP_USER": "mmp", "CASEAPP_PASSWORD": PASSWORD},
    )
    assert missing.returncode == 2 and not (tmp_path / "typo.db").exists()


def test_signing_out_returns_to_the_sign_in_screen(
    qtbot: QtBot, gui_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CASEAPP_USER", "mmp")
    monkeypatch.setenv("CASEAPP_PASSWORD", PASSWORD)
    program = Program(app(), gui_db)
    program.start()
    window = program.window
    assert window is not None
    window.sign_out_action.trigger()
    assert program.window is None and program.workspace is None
    assert program.sign_in is not None and program.sign_in.isVisible()
    assert not window.isVisible()
    program.sign_in.close()
