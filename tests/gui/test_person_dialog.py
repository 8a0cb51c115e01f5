"""Registering a new participant with their referral, and correcting who someone is."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from caseapp.gui.forms.choices import load_choices
from caseapp.gui.participants.page import ParticipantsPage
from caseapp.gui.participants.person_dialog import PersonDialog
from caseapp.services import access
from caseapp.storage.database import Database

from .conftest import LEAD, WORKER, wait_idle


def test_a_new_referral_opens_its_file(qtbot: QtBot, workspace, gui_db: Database) -> None:  # type: ignore[no-untyped-def]
    page = ParticipantsPage(workspace)
    qtbot.addWidget(page)
    page.show()
    page.list_view.new_button.click()
    qtbot.waitUntil(lambda: page.person_dialog is not None, timeout=10000)
    dialog = page.person_dialog
    assert dialog is not None and dialog.referral is not None
    form, referral = dialog.person, dialog.referral
    assert referral.editors["key_worker"].raw() == "mmp"
    form.editors["first_name"].set_value("Noah")
    form.editors["last_name"].set_value("Lund")
    form.editors["cpr"].set_value("010203-4321")
    assert "modulus-11" in dialog.warning.text()  # a warning, not a refusal
    form.editors["cpr"].set_value("310203-4321")
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert form.problem_labels["cpr"].text() == "does not hold a real date"
    assert referral.problem_labels["project"].text() == "is required"
    form.editors["cpr"].set_value("010203-4321")
    referral.editors["project"].set_value("AAR-HF")
    referral.editors["referral_source"].set_value("shelter")
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.file("P-0006") is not None, timeout=10000)
    view = page.file("P-0006")
    assert view is not None
    qtbot.waitUntil(lambda: view.loaded, timeout=10000)
    assert view.header.name.text() == "Noah Lund"
    assert view.header.facts["project"].text() == "AAR-HF (Referred)"
    assert view.header.cpr.text() == "CPR 010203-XXXX"
    qtbot.waitUntil(lambda: workspace.caseload.index.position("P-0006") is not None, timeout=10000)
    wait_idle(qtbot, workspace)


def test_editing_details_leaves_the_cpr_number_out(qtbot: QtBot, workspace, open_file) -> None:  # type: ignore[no-untyped-def]
    view = open_file("P-0003")
    view.header.edit_button.click()
    dialog = view.header.person_dialog
    assert isinstance(dialog, PersonDialog)
    assert "cpr" not in dialog.person.editors
    assert dialog.person.editors["first_name"].raw() == "Jonas"
    dialog.person.editors["phone"].set_value("+45 20 30 40 50")
    dialog.save()
    qtbot.waitUntil(lambda: "Phone +45 20 30 40 50" in view.header.identity.text(), timeout=10000)
    wait_idle(qtbot, workspace)


def test_choices_list_ones_projects_and_active_staff(gui_db: Database) -> None:
    with gui_db.unit_of_work() as s:
        choices = load_choices(s, WORKER)
        access.revoke(s, LEAD, WORKER.key, "AAL-SIB")
        narrowed = load_choices(s, WORKER)
    assert [key for key, _ in choices.projects] == ["AAL-SIB", "AAR-HF"]
    assert [key for key, _ in narrowed.projects] == ["AAR-HF"]
    assert choices.staff_names()["mmp"] == "Mette Mondrup Pedersen"
