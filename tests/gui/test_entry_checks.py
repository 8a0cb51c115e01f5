"""Checks at entry, through the real widgets: what cannot be is refused under its field, in the
user's words; what is unlikely is asked about before saving; an exit offers to close what is open;
a one-click action never saves a form the user chose to keep."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from caseapp.gui import i18n
from caseapp.gui.participant_file.exit_tidy import ExitTidyDialog
from caseapp.gui.participant_file.record_page import RecordPage
from caseapp.gui.participants.person_dialog import PersonDialog
from caseapp.gui.quick_contact import QuickContactDialog
from caseapp.services import case_records
from caseapp.storage.database import Database
from caseapp.storage.models import Contact, Goal, HousingSpell, Participant, Task

from .conftest import WORKER, answer_next_box, on_next_modal, wait_idle


def page_of(view, kind: str) -> RecordPage:  # type: ignore[no-untyped-def]
    page = view.show_page(kind)
    assert isinstance(page, RecordPage)
    return page


def ctrl_enter(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def contacts(db: Database) -> int:
    with db.reader() as s:
        return s.scalar(select(func.count(Contact.id))) or 0


def test_an_empty_quick_contact_is_refused_in_words(
    qtbot: QtBot, workspace, gui_db: Database
) -> None:  # type: ignore[no-untyped-def]
    before = contacts(gui_db)
    dialog = QuickContactDialog(workspace, "P-0003")
    qtbot.addWidget(dialog)
    dialog.show()
    ctrl_enter(qtbot, dialog.note.edit)
    assert dialog.isVisible()
    assert dialog.problem.text() == "Note: write a note or choose a topic"
    assert contacts(gui_db) == before
    dialog.note.edit.clear()
    dialog.reject()


def test_a_contact_next_year_is_asked_about_and_one_in_2200_refused(
    qtbot: QtBot, workspace, gui_db: Database, open_file
) -> None:  # type: ignore[no-untyped-def]
    i18n.install("da")
    before = contacts(gui_db)
    dialog = QuickContactDialog(workspace, "P-0003")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.at.set_value(datetime(2200, 1, 1, 10, 0))
    qtbot.keyClicks(dialog.note.edit, "Talked")
    ctrl_enter(qtbot, dialog.note.edit)
    assert dialog.problem.text() == "Tidspunkt: ligger ikke mellem årene 1900 og 2100"
    # Ten days ahead: possible (a typing slip, most likely), so asked; going back saves nothing.
    ahead = datetime.now().replace(second=0, microsecond=0) + timedelta(days=10)
    dialog.at.set_value(ahead)
    asked = answer_next_box("Gå tilbage og tjek")
    ctrl_enter(qtbot, dialog.note.edit)
    assert "Tidspunkt: ligger mere end en dag ude i fremtiden" in asked[0]
    assert dialog.isVisible() and contacts(gui_db) == before
    # Saved when the user says so; the file then says "in 10 days", never "-10 days ago".
    answer_next_box("Gem alligevel")
    ctrl_enter(qtbot, dialog.note.edit)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    assert contacts(gui_db) == before + 1
    view = open_file("P-0003")
    assert view.header.facts["contact"].text().startswith("om 10 dage (")
    wait_idle(qtbot, workspace)


def test_a_new_person_needs_a_name_and_odd_phone_and_email_are_asked_about(
    qtbot: QtBot, workspace, gui_db: Database
) -> None:  # type: ignore[no-untyped-def]
    from caseapp.gui.forms.choices import FormChoices

    dialog = PersonDialog(workspace, FormChoices(projects=[("AAR-HF", "AAR-HF")]))
    qtbot.addWidget(dialog)
    dialog.show()
    form = dialog.person
    assert dialog.referral is not None
    dialog.referral.editors["project"].set_value("AAR-HF")
    ctrl_enter(qtbot, form.first_editor())
    assert form.problem_labels["first_name"].text() == (
        "is required: a person needs a name or a key"
    )
    qtbot.keyClicks(form.editors["first_name"].focus_widget(), "Noah")
    qtbot.keyClicks(form.editors["phone"].focus_widget(), "abc")
    qtbot.keyClicks(form.editors["email"].focus_widget(), "not-an-email")
    assert form.problem_labels["phone"].text() == "⚠ does not look like a phone number"
    assert form.problem_labels["email"].text() == "⚠ does not look like an e-mail address"
    asked = answer_next_box("Go back and check")
    ctrl_enter(qtbot, form.first_editor())
    qtbot.waitUntil(lambda: bool(asked), timeout=10000)
    assert "Phone: does not look like a phone number" in asked[0]
    assert dialog.isVisible()
    with gui_db.reader() as s:
        assert s.scalar(select(Participant.id).where(Participant.first_name == "Noah")) is None
    # Esc closes the dialog, as the shortcut help says.
    qtbot.keyClick(form.editors["phone"].focus_widget(), Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    wait_idle(qtbot, workspace)


def test_text_in_a_number_field_is_named_in_words(qtbot: QtBot, open_file) -> None:  # type: ignore[no-untyped-def]
    jobs = page_of(open_file("P-0003"), "activity")
    jobs.add_button.click()
    qtbot.keyClicks(jobs.form.editors["hours_per_week"].focus_widget(), "abc")
    assert jobs.form.problem_labels["hours_per_week"].text() == "must be a number"
    i18n.install("da")
    jobs.form.check(show_all=True)
    assert jobs.form.problem_labels["hours_per_week"].text() == "skal være et tal"


def test_a_spell_before_the_open_one_is_refused_at_its_start(
    qtbot: QtBot, workspace, gui_db: Database, open_file
) -> None:  # type: ignore[no-untyped-def]
    housing = page_of(open_file("P-0003"), "housing")  # own tenancy for a year, open
    housing.add_button.click()
    assert housing.end_current.isChecked()
    housing.form.editors["type"].set_value("supported_housing")
    housing.form.editors["start"].set_value(date.today() - timedelta(days=400))
    housing.form.save_requested.emit()
    qtbot.waitUntil(lambda: housing.form.problem_labels["start"].isVisible(), timeout=10000)
    assert housing.form.problem_labels["start"].text() == (
        "must be after the start of the open one it would end"
    )
    assert not housing.form.problem_labels["end"].isVisible()
    with gui_db.reader() as s:
        assert s.scalar(select(func.count(HousingSpell.id))) is not None
        assert (
            s.scalar(select(HousingSpell.id).where(HousingSpell.type == "supported_housing"))
            is None
        )
    wait_idle(qtbot, workspace)


def test_an_exit_offers_to_close_open_tasks(
    qtbot: QtBot, workspace, gui_db: Database, open_file
) -> None:  # type: ignore[no-untyped-def]
    view = open_file("P-0001")  # Sara: an open task, and her housing
    enrolment = page_of(view, "enrolment")
    enrolment.table.selectRow(0)
    next(b for b in enrolment.extra_buttons if b.objectName() == "exit-enrolment").click()
    enrolment.form.editors["exit_reason"].set_value("moved_away")
    offered: dict[str, bool] = {}

    def close_tasks(dialog: QWidget) -> None:
        assert isinstance(dialog, ExitTidyDialog)
        offered.update({k: box.isChecked() for k, box in dialog.boxes.items()})
        dialog.accept()

    on_next_modal(close_tasks)
    enrolment.form.save_requested.emit()
    qtbot.waitUntil(lambda: not enrolment.form_area.isVisible(), timeout=10000)
    wait_idle(qtbot, workspace)
    assert offered == {"task": True, "housing": False}
    with gui_db.reader() as s:
        task = s.scalars(select(Task).where(Task.title == "Call the housing association")).one()
        assert task.done_on == date.today()
        open_housing = s.scalars(select(HousingSpell).where(HousingSpell.end.is_(None))).all()
        assert any(h.participant.key == "P-0001" for h in open_housing)


def test_cancelling_an_exit_saves_nothing(
    qtbot: QtBot, workspace, gui_db: Database, open_file
) -> None:  # type: ignore[no-untyped-def]
    enrolment = page_of(open_file("P-0001"), "enrolment")
    enrolment.table.selectRow(0)
    next(b for b in enrolment.extra_buttons if b.objectName() == "exit-enrolment").click()
    enrolment.form.editors["exit_reason"].set_value("moved_away")
    on_next_modal(lambda dialog: dialog.reject())  # type: ignore[attr-defined]
    enrolment.form.save_requested.emit()
    wait_idle(qtbot, workspace)
    assert enrolment.form_area.isVisible()
    with gui_db.reader() as s:
        person = s.scalars(select(Participant).where(Participant.key == "P-0001")).one()
        assert all(e.exited_on is None for e in person.enrolments)


@pytest.mark.parametrize("action", ["mark-done", "mark-achieved", "exit-enrolment"])
def test_cancel_in_a_one_click_action_keeps_the_form_and_saves_nothing(
    action: str, qtbot: QtBot, workspace, gui_db: Database, open_file, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    kind = {"mark-done": "task", "mark-achieved": "goal", "exit-enrolment": "enrolment"}[action]
    if kind == "goal":
        with gui_db.unit_of_work() as s:
            for title in ("Keep the flat", "Find a job"):
                case_records.add(
                    s,
                    WORKER,
                    "P-0001",
                    "goal",
                    {
                        "title": title,
                        "area": "housing",
                        "created_on": date.today(),
                        "status": "open",
                    },
                )
    if kind == "task":
        with gui_db.unit_of_work() as s:
            case_records.add(s, WORKER, "P-0001", "task", {"title": "Second task"})
    view = open_file("P-0001")
    page = page_of(view, kind)
    # Half-typed changes to one record: a new one (tasks, goals) or the enrolment itself.
    if kind == "enrolment":
        page.table.selectRow(0)
        page.edit_button.click()
        page.form.editors["referral_source"].set_value("self")
    else:
        page.add_button.click()
        qtbot.keyClicks(page.form.editors["title"].focus_widget(), "Half-typed")
        if kind == "goal":
            page.form.editors["area"].set_value("employment")  # complete enough to be saved
    assert page.has_unsaved()
    page.table.selectRow(0)
    questions: list[str] = []

    def keep(_parent: object, _title: str, text: str, *_a: object) -> QMessageBox.StandardButton:
        questions.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", keep)
    before = _stored(gui_db)
    button = next(b for b in page.extra_buttons if b.objectName() == action)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, workspace)
    assert questions == ["The form has changes that are not saved. Discard them?"]
    assert _stored(gui_db) == before
    assert page.form_area.isVisible() and page.has_unsaved()
    if kind != "enrolment":
        assert page.form.editors["title"].raw() == "Half-typed"


def _stored(db: Database) -> tuple[object, ...]:
    with db.reader() as s:
        return (
            s.scalar(select(func.count(Task.id))),
            tuple(s.scalars(select(Task.done_on).order_by(Task.id))),
            s.scalar(select(func.count(Goal.id))),
            tuple(s.scalars(select(Goal.status).order_by(Goal.id))),
            s.scalar(select(func.max(Participant.version))),
        )
