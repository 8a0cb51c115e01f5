"""The operation runner: work off the GUI thread, results and errors back on it."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from caseapp.domain.errors import ValidationFailed
from caseapp.gui.operations import Operations
from caseapp.storage.database import Database
from caseapp.storage.models import Participant


def test_results_arrive_on_the_gui_thread(qtbot: QtBot, gui_db: Database) -> None:
    ops = Operations(gui_db)
    seen: dict[str, object] = {}

    def count(session: Session) -> int:
        seen["worker"] = threading.current_thread()
        return session.scalar(select(func.count(Participant.id))) or 0

    def done(n: int) -> None:
        seen["n"], seen["gui"] = n, threading.current_thread()

    with qtbot.waitSignal(ops.busy_changed, check_params_cb=lambda busy: not busy):
        ops.read(count, done)
    assert seen["n"] == 5
    assert seen["gui"] is threading.main_thread() and seen["worker"] is not seen["gui"]
    ops.shutdown()


def test_a_failed_write_reports_its_error_and_writes_nothing(
    qtbot: QtBot, gui_db: Database
) -> None:
    ops = Operations(gui_db)
    errors: list[BaseException] = []

    def add_then_fail(session: Session) -> None:
        session.add(Participant(key="P-9999"))
        session.flush()
        raise ValidationFailed([])

    with qtbot.waitSignal(ops.busy_changed, check_params_cb=lambda busy: not busy):
        ops.write(add_then_fail, failed=errors.append)
    assert isinstance(errors[0], ValidationFailed)
    with gui_db.reader() as s:
        assert s.scalar(select(Participant).where(Participant.key == "P-9999")) is None
    ops.shutdown()


def test_errors_without_a_handler_are_announced(qtbot: QtBot, gui_db: Database) -> None:
    ops = Operations(gui_db)

    def boom(_session: Session) -> None:
        raise RuntimeError("no")

    with qtbot.waitSignal(ops.error) as signal:
        ops.read(boom)
    assert str(signal.args[0]) == "no"
    ops.shutdown()


def test_a_closed_window_gets_no_callback(qtbot: QtBot, gui_db: Database) -> None:
    ops = Operations(gui_db)
    owner = QWidget()
    called: list[int] = []
    ops.read(lambda s: 1, called.append, owner=owner)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not ops.busy)
    assert called == []
    ops.shutdown()


def test_long_work_shows_how_far_it_is(qtbot: QtBot, main_window) -> None:  # type: ignore[no-untyped-def]
    ops = main_window.workspace.ops
    release = threading.Event()

    def work(_db: Database, progress) -> str:  # type: ignore[no-untyped-def]
        progress(3, 4)
        release.wait(5)
        return "done"

    ops.run(work, owner=main_window, label="Importing")
    qtbot.waitUntil(lambda: main_window.statusBar().currentMessage() == "Importing 75 %")
    assert main_window.busy.isVisible() and main_window.busy.value() == 3
    release.set()
    qtbot.waitUntil(lambda: not ops.busy)
    assert not main_window.busy.isVisible()
