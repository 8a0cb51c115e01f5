"""A case worker's day, through the real widgets: sign in, find Sara, log a contact, move her
into her own flat, record a flex job with evidence, add a goal and a task, exit Ali; then look
at what the list, the file and the overview show.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from caseapp.gui.app import Program
from caseapp.gui.main_window import MainWindow
from caseapp.gui.participant_file.exit_tidy import ExitTidyDialog
from caseapp.gui.participant_file.file_view import ParticipantFileView
from caseapp.gui.participant_file.record_page import RecordPage
from caseapp.gui.participants.page import ParticipantsPage
from caseapp.services import accounts
from caseapp.storage.database import Database
from caseapp.storage.models import Contact, HousingSpell

from .conftest import PASSWORD, on_next_modal


def save(qtbot: QtBot, page: RecordPage) -> None:
    """Ctrl+Enter in the form, then wait for the saved record to show."""
    qtbot.keyClick(page.form.first_editor(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not page.form_area.isVisible(), timeout=10000)
    workspace = page.ctx.workspace
    qtbot.waitUntil(lambda: not workspace.ops.busy, timeout=10000)


def choose(page: RecordPage, field: str, code: str) -> None:
    combo = page.form.editors[field].combo  # type: ignore[attr-defined]
    combo.setCurrentIndex(combo.findData(code))


def type_into(qtbot: QtBot, page: RecordPage, field: str, text: str) -> None:
    editor = page.form.editors[field]
    widget = editor.focus_widget()
    widget.clear()  # type: ignore[attr-defined]
    if text.isascii():
        qtbot.keyClicks(widget, text)
    else:  # QTest types ASCII only
        widget.insert(text)  # type: ignore[attr-defined]


def sign_in(qtbot: QtBot, gui_db: Database) -> tuple[Program, MainWindow]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    program = Program(app, gui_db)
    assert program.start()
    dialog = program.sign_in
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.user, "mmp")
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: program.window is not None, timeout=15000)
    window = program.window
    assert window is not None
    qtbot.addWidget(window)
    assert program.workspace is not None
    qtbot.waitUntil(lambda: program.workspace.caseload.ready, timeout=10000)  # type: ignore[union-attr]
    return program, window


@pytest.fixture
def day(qtbot: QtBot, gui_db: Database, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    program, window = sign_in(qtbot, gui_db)
    yield program, window
    window.closing_for_rebuild = True  # type: ignore[attr-defined]
    window.close()
    program.shutdown()


def test_a_day_of_case_work(qtbot: QtBot, gui_db: Database, day) -> None:  # type: ignore[no-untyped-def]
    _program, window = day
    today = date.today()
    assert window.user_label.text() == "Mette Mondrup Pedersen · Coordinator"

    # Find Sara by typing, open her file with Enter.
    window.show_page("participants")
    page = window.participants_page()
    assert isinstance(page, ParticipantsPage)
    qtbot.keyClicks(page.list_view.search, "sara")
    assert page.list.model.rowCount() == 1
    qtbot.keyClick(page.list_view.search, Qt.Key.Key_Return)
    view = page.current_file()
    assert isinstance(view, ParticipantFileView) and view.key == "P-0001"
    qtbot.waitUntil(lambda: view.loaded, timeout=10000)
    assert view.header.facts["housing"].text().startswith("Couch surfing since")
    stray = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window]
    assert stray == []  # no widget escaped its layout as a window of its own

    # Log a contact with the quick dialog (Ctrl+K): the open file's person is already chosen.
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = window.quick_contact
    assert dialog is not None and dialog.participant_key() == "P-0001"
    qtbot.mouseClick(dialog.topics.buttons["housing"], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.note.edit, "Viewed the flat on Vestergade together.")
    qtbot.keyClick(dialog.note.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    with gui_db.reader() as s:
        contact = s.scalars(select(Contact).order_by(Contact.id.desc())).first()
        assert contact is not None and contact.topics == "housing"
        assert contact.note == "Viewed the flat on Vestergade together."
    assert not dialog.drafts.exists()

    # Move her from couch surfing into an own flat: the couch surfing spell ends yesterday.
    housing = view.show_page("housing")
    assert isinstance(housing, RecordPage)
    qtbot.waitUntil(lambda: housing.model.rowCount() == 1)
    housing.add_button.click()
    assert housing.end_current.isVisible() and housing.end_current.isChecked()
    choose(housing, "type", "own_tenancy")
    type_into(qtbot, housing, "address", "Vestergade 12, 2. tv.")
    save(qtbot, housing)
    qtbot.waitUntil(lambda: housing.model.rowCount() == 2)
    assert view.header.facts["housing"].text().startswith("Own tenancy since")
    with gui_db.reader() as s:
        ended = s.scalars(select(HousingSpell).where(HousingSpell.type == "couch_surfing")).one()
        assert ended.end == today - timedelta(days=1)
    assert not any(row.flags for row in housing.model.rows)

    # Record a flex job with evidence: no warning follows it.
    jobs = view.show_page("activity")
    assert isinstance(jobs, RecordPage)
    jobs.add_button.click()
    choose(jobs, "type", "flex_job")
    type_into(qtbot, jobs, "employer", "Café Vestergade")
    type_into(qtbot, jobs, "hours_per_week", "12,5")
    jobs.form.editors["verified"].box.setChecked(True)  # type: ignore[attr-defined]
    type_into(qtbot, jobs, "evidence", "Flex job agreement signed")
    save(qtbot, jobs)
    qtbot.waitUntil(lambda: jobs.model.rowCount() == 1)
    assert jobs.model.rows[0].flags == () and jobs.model.rows[0].values["hours_per_week"] == 12.5
    assert "no evidence" not in view.header.facts["activity"].text()

    # Add a goal and a task.
    goals = view.show_page("goal")
    assert isinstance(goals, RecordPage)
    goals.add_button.click()
    type_into(qtbot, goals, "title", "Keep the flat for a year")
    choose(goals, "area", "housing")
    save(qtbot, goals)
    qtbot.waitUntil(lambda: goals.model.rowCount() == 1)
    assert goals.summary.text() == "Action plan: 0 of 1 goals achieved"
    tasks = view.show_page("task")
    assert isinstance(tasks, RecordPage)
    tasks.add_button.click()
    type_into(qtbot, tasks, "title", "Visit Sara in the new flat")
    tasks.form.editors["due_on"].set_value(today + timedelta(days=3))
    save(qtbot, tasks)
    qtbot.waitUntil(lambda: tasks.model.rowCount() == 2)

    # Exit Ali: from the list, his file, the enrolment page's Exit button.
    page.focus_search()
    page.list_view.search.clear()
    qtbot.keyClicks(page.list_view.search, "ali")
    qtbot.keyClick(page.list_view.search, Qt.Key.Key_Return)
    ali = page.current_file()
    assert ali is not None and ali.key == "P-0002"
    qtbot.waitUntil(lambda: ali.loaded, timeout=10000)
    enrolment = ali.show_page("enrolment")
    assert isinstance(enrolment, RecordPage)
    enrolment.table.selectRow(0)
    exit_button = next(b for b in enrolment.extra_buttons if b.objectName() == "exit-enrolment")
    exit_button.click()
    choose(enrolment, "exit_reason", "moved_away")
    # His hostel place and his job are open: offered to end, unticked (they may go on).
    offered: list[str] = []

    def keep_open(dialog: QWidget) -> None:
        assert isinstance(dialog, ExitTidyDialog)
        offered.extend(k for k, box in dialog.boxes.items() if not box.isChecked())
        dialog.accept()

    on_next_modal(keep_open)
    save(qtbot, enrolment)
    assert offered == ["activity", "housing"]
    qtbot.waitUntil(lambda: ali.header.facts["project"].text() == "AAR-HF (Exited)")

    # The list: Sara housed and seen today; Ali exited.
    page.list_view.search.clear()
    store = window.workspace.caseload
    qtbot.waitUntil(lambda: store.index.rows[0].housing == "own_tenancy", timeout=10000)
    model = page.list.model
    sara = model.row_of("P-0001")
    assert sara is not None
    assert model.data(model.index(sara, 6)) == "Own tenancy"
    assert model.data(model.index(sara, 7)) == "Flex job"
    assert model.data(model.index(sara, 8)) == "today"
    row_ali = model.row_of("P-0002")
    assert row_ali is not None and model.data(model.index(row_ali, 4)) == "Exited"

    # The file's timeline starts with today's events.
    first = view.pages["timeline"].model.rows[:6]  # type: ignore[attr-defined]
    assert {e.event for e in first} >= {"contact", "started", "goal_set"}

    # The overview: Sara is seen; the new task is due; Ali's unverified job left with him.
    window.show_page("overview")
    overview = window.pages["overview"]
    qtbot.waitUntil(lambda: overview.loaded_once and not window.workspace.ops.busy)  # type: ignore[attr-defined]
    not_seen = [r.key for r in overview.models["not_seen"].rows]  # type: ignore[attr-defined]
    assert not_seen == ["P-0004"]
    titles = [t.title for t in overview.models["tasks"].rows]  # type: ignore[attr-defined]
    assert titles == ["Call the housing association", "Visit Sara in the new flat"]
    assert overview.models["jobs"].rows == []  # type: ignore[attr-defined]
    recent = overview.models["contacts"].rows[0]  # type: ignore[attr-defined]
    assert recent.participant_key == "P-0001" and recent.topics == ("housing",)

    # One click on a list in the overview opens the file.
    table = overview.tables["not_seen"]  # type: ignore[attr-defined]
    rect = table.visualRect(table.model().index(0, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_page_key() == "participants"
    opened = page.current_file()
    assert opened is not None and opened.key == "P-0004"


def test_the_worker_sees_who_they_are_and_a_wrong_password_is_explained(
    qtbot: QtBot, gui_db: Database
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    program = Program(app, gui_db)
    program.start()
    dialog = program.sign_in
    assert dialog is not None
    assert not dialog.demo.isVisible()  # not a demo database: no accounts shown
    qtbot.keyClicks(dialog.user, "mmp")
    qtbot.keyClicks(dialog.password, "wrong-password")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.problem.text() == str(accounts.REFUSED), timeout=15000)
    assert program.window is None and dialog.password.text() == ""
    dialog.close()
