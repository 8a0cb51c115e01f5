"""The participant file: validation as you type, stale edits explained, deleting, the CPR number,
the flags a case worker must see, and going from the timeline to a record."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from caseapp.gui import i18n
from caseapp.gui.participant_file.record_page import RecordPage
from caseapp.services import case_records
from caseapp.storage.database import Database
from caseapp.storage.models import AuditEntry, HousingSpell, Task

from .conftest import LEAD, wait_idle


def page_of(view, kind: str) -> RecordPage:  # type: ignore[no-untyped-def]
    page = view.show_page(kind)
    assert isinstance(page, RecordPage)
    return page


def test_the_form_names_each_problem_as_you_type(qtbot: QtBot, open_file) -> None:  # type: ignore[no-untyped-def]
    housing = page_of(open_file("P-0003"), "housing")
    housing.add_button.click()
    form = housing.form
    assert not any(label.isVisible() for label in form.problem_labels.values())
    form.editors["end"].set_value("01-01-2000")
    assert form.problem_labels["end"].text() == "is before the start"
    form.editors["end"].set_value("31-02-2025")
    assert form.problem_labels["end"].text() == "'31-02-2025' is not a real date"
    form.editors["end"].set_value("")
    assert not form.problem_labels["end"].isVisible()
    # Saving with the type not chosen names it and writes nothing.
    form.save_requested.emit()
    assert form.problem_labels["type"].text() == "is required"
    assert housing.form_area.isVisible()


def test_problems_are_in_danish_in_danish(qtbot: QtBot, open_file) -> None:  # type: ignore[no-untyped-def]
    i18n.install("da")
    housing = page_of(open_file("P-0003"), "housing")
    housing.add_button.click()
    housing.form.editors["end"].set_value("01-01-2000")
    assert housing.form.problem_labels["end"].text() == "ligger før start"
    housing.form.save_requested.emit()
    assert housing.form.problem_labels["type"].text() == "skal udfyldes"


def test_a_stale_edit_is_explained_and_the_input_kept(
    qtbot: QtBot, open_file, gui_db: Database, workspace
) -> None:  # type: ignore[no-untyped-def]
    view = open_file("P-0003")
    housing = page_of(view, "housing")
    housing.table.selectRow(0)
    housing.edit_button.click()
    housing.form.editors["address"].set_value("Vestergade 12")
    # Meanwhile a colleague changes the same spell.
    uuid = housing.model.rows[0].uuid
    with gui_db.unit_of_work() as s:
        case_records.update(s, LEAD, "housing", uuid, 1, {"address": "Nørregade 3"})
    housing.form.save_requested.emit()
    qtbot.waitUntil(lambda: housing.form.theirs.isVisible(), timeout=10000)
    assert housing.form_area.isVisible()
    assert "Someone else changed this record" in housing.form.banner.text()
    assert housing.form.editors["address"].raw() == "Vestergade 12"
    assert "Nørregade 3" in housing.form.theirs_text.text()
    # Saving again, knowingly, replaces their version.
    housing.form.save_requested.emit()
    qtbot.waitUntil(lambda: not housing.form_area.isVisible(), timeout=10000)
    with gui_db.reader() as s:
        stored = s.scalar(select(HousingSpell).where(HousingSpell.uuid == uuid))
        assert stored is not None and stored.address == "Vestergade 12" and stored.version == 3
    wait_idle(qtbot, workspace)


def test_deleting_asks_first(
    qtbot: QtBot, open_file, gui_db: Database, monkeypatch: pytest.MonkeyPatch, workspace
) -> None:  # type: ignore[no-untyped-def]
    tasks = page_of(open_file("P-0001"), "task")
    tasks.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    tasks.delete_button.click()
    wait_idle(qtbot, workspace)
    assert tasks.model.rowCount() == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    tasks.delete_button.click()
    qtbot.waitUntil(lambda: tasks.model.rowCount() == 0, timeout=10000)
    with gui_db.reader() as s:
        assert s.scalars(select(Task)).all() == []


def test_marking_a_task_done_takes_one_click(qtbot: QtBot, open_file) -> None:  # type: ignore[no-untyped-def]
    view = open_file("P-0001")
    tasks = page_of(view, "task")
    assert "1 overdue" in tasks.summary.text()
    tasks.table.selectRow(0)
    done = next(b for b in tasks.extra_buttons if b.objectName() == "mark-done")
    done.click()
    qtbot.waitUntil(lambda: tasks.model.rows[0].values["done_on"] == date.today(), timeout=10000)
    assert tasks.summary.text() == ""


def test_overlapping_housing_and_unverified_jobs_are_flagged(open_file) -> None:  # type: ignore[no-untyped-def]
    view = open_file("P-0002")
    housing = page_of(view, "housing")
    assert "2 spells overlap another" in housing.summary.text()
    assert housing.model.data(housing.model.index(0, 0), Qt.ItemDataRole.DecorationRole)
    jobs = page_of(view, "activity")
    assert "without evidence" in jobs.summary.text()
    assert "no evidence" in view.header.facts["activity"].text()


def test_the_cpr_number_is_masked_until_asked_and_asking_is_logged(
    qtbot: QtBot, open_file, gui_db: Database
) -> None:  # type: ignore[no-untyped-def]
    view = open_file("P-0001")
    assert view.header.cpr.text() == "CPR 010203-XXXX"
    view.header.reveal.click()
    qtbot.waitUntil(lambda: view.header.cpr.text() == "CPR 010203-4321", timeout=10000)
    with gui_db.reader() as s:
        logged = s.scalars(
            select(AuditEntry.action).where(AuditEntry.participant_key == "P-0001")
        ).all()
    assert logged[-2:] == ["viewed_file", "viewed_cpr"]
    view.header.reveal.click()
    assert view.header.cpr.text() == "CPR 010203-XXXX"


def test_the_timeline_leads_to_the_record(qtbot: QtBot, open_file) -> None:  # type: ignore[no-untyped-def]
    view = open_file("P-0002")
    timeline = view.pages["timeline"]
    row = next(i for i, e in enumerate(timeline.model.rows) if e.kind == "activity")
    timeline.table.activated.emit(timeline.model.index(row, 0))
    jobs = view.pages["activity"]
    assert view.tabs.currentWidget().objectName() == "tab-activity"
    assert jobs.selected_row() is not None and jobs.selected_row().values["type"] == "flex_job"


def test_adding_a_task_assigns_it_to_me(qtbot: QtBot, open_file, gui_db: Database) -> None:  # type: ignore[no-untyped-def]
    tasks = page_of(open_file("P-0004"), "task")
    tasks.add_button.click()
    assert tasks.form.editors["assigned_to"].raw() == "mmp"
    tasks.form.editors["title"].set_value("Book the intake meeting")
    tasks.form.editors["due_on"].set_value(date.today() + timedelta(days=2))
    tasks.form.save_requested.emit()
    qtbot.waitUntil(lambda: tasks.model.rowCount() == 1, timeout=10000)
    assert tasks.model.data(tasks.model.index(0, 2)) == "Mette Mondrup Pedersen"


def test_consent_is_recorded_beside_the_enrolment_and_its_renewal_is_a_task(
    qtbot: QtBot, workspace, gui_db: Database, open_file
) -> None:  # type: ignore[no-untyped-def]
    view = open_file("P-0004")  # Maja: referred, no consent yet
    page_of(view, "enrolment")
    consent = view.pages["consent"]  # on the same tab, below the enrolment
    assert isinstance(consent, RecordPage)
    assert view.tabs.currentWidget() is view._holders["consent"]
    consent.add_button.click()
    assert consent.form.editors["covers"].raw() == ["case_work"]
    assert consent.form.editors["expires_on"].raw() is not None  # a year ahead
    consent.form.save_requested.emit()
    qtbot.waitUntil(lambda: consent.model.rowCount() == 1, timeout=10000)
    tasks = page_of(view, "task")
    qtbot.waitUntil(lambda: tasks.model.rowCount() == 1, timeout=10000)
    assert tasks.model.rows[0].values["title"].startswith("Forny samtykke")
    qtbot.waitUntil(lambda: "until" in view.header.facts["consent"].text(), timeout=10000)
    wait_idle(qtbot, workspace)
