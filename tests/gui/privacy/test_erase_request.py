"""Erasing a person on request: from the file for a team lead, by key from the retention page
for an administrator; the confirmation says what goes and what stays, and every screen then
shows the person as erased."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from caseapp.gui.participant_file.file_view import ParticipantFileView
from caseapp.gui.privacy import erase_request
from caseapp.gui.privacy.retention_page import RetentionPage
from caseapp.gui.workspace import Workspace
from caseapp.services.actor import Actor
from caseapp.storage.database import Database
from caseapp.storage.models import AuditEntry, Contact, Participant
from tests.gui.conftest import ADMIN, LEAD, WORKER, wait_idle

pytestmark = pytest.mark.gui


def _workspace(qtbot: QtBot, db: Database, actor: Actor) -> Workspace:
    workspace = Workspace(db, actor)
    workspace.start()
    qtbot.waitUntil(lambda: workspace.caseload.ready, timeout=10000)
    return workspace


@pytest.fixture
def lead_space(qtbot: QtBot, gui_db: Database) -> Iterator[Workspace]:
    workspace = _workspace(qtbot, gui_db, LEAD)
    yield workspace
    wait_idle(qtbot, workspace)
    workspace.stop()


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Confirms every erasure (recording whom), and lets notes about the log pass."""
    asked: list[str] = []

    def confirm(_parent: object, key: str, name: str = "") -> bool:
        asked.append(f"{name} ({key})" if name else key)
        return True

    monkeypatch.setattr(erase_request, "confirm_erase", confirm)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    return asked


def _person(db: Database, key: str) -> Participant:
    with db.reader() as s:
        person = s.scalar(select(Participant).where(Participant.key == key))
        assert person is not None
        return person


def test_the_confirmation_names_what_goes_and_what_stays(qtbot: QtBot) -> None:
    box = erase_request.confirmation(None, "P-0002", "Ali Hassan")
    qtbot.addWidget(box)
    assert "Ali Hassan (P-0002)" in box.text() and "cannot be undone" in box.text()
    details = box.informativeText()
    for removed in ("name", "CPR number", "address", "notes of contacts", "titles of goals"):
        assert removed in details.split("Kept:")[0]
    for kept in ("anonymous facts", "figures already reported", "audit log", "Backups"):
        assert kept in details.split("Kept:")[1]
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    assert "Ali Hassan" not in box.windowTitle()


def test_a_team_lead_erases_a_person_from_their_file(
    qtbot: QtBot, lead_space: Workspace, gui_db: Database, answers: list[str]
) -> None:
    view = ParticipantFileView(lead_space, "P-0002")
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.loaded, timeout=10000)
    header = view.header
    assert header.erase_button.isVisible() and header.name.text() == "Ali Hassan"
    header.erase_button.click()
    assert answers == ["Ali Hassan (P-0002)"]
    qtbot.waitUntil(lambda: header.name.text() == "(personal data erased)", timeout=15000)
    assert not header.erase_button.isVisible()
    row = lambda: next(r for r in lead_space.caseload.index.rows if r.key == "P-0002")  # noqa: E731
    qtbot.waitUntil(lambda: "Hassan" not in row().name, timeout=10000)  # the list too
    person = _person(gui_db, "P-0002")
    assert person.erased_at is not None and person.first_name is None and person.cpr is None
    with gui_db.reader() as s:
        notes = s.scalars(select(Contact.note).where(Contact.participant_id == person.id))
        assert not any(notes)
        entry = s.scalar(select(AuditEntry).where(AuditEntry.action == "erased_participant"))
        assert entry is not None and (entry.participant_key, entry.detail, entry.account) == (
            "P-0002",
            "request",
            "lead",
        )


def test_nothing_is_erased_when_the_question_is_declined(
    qtbot: QtBot, lead_space: Workspace, gui_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(erase_request, "confirm_erase", lambda *a: False)
    view = ParticipantFileView(lead_space, "P-0001")
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.loaded, timeout=10000)
    view.header.erase_button.click()
    wait_idle(qtbot, lead_space)
    assert _person(gui_db, "P-0001").first_name == "Sara"


def test_a_case_worker_gets_no_erase_button(qtbot: QtBot, gui_db: Database) -> None:
    workspace = _workspace(qtbot, gui_db, WORKER)
    view = ParticipantFileView(workspace, "P-0001")
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.loaded, timeout=10000)
    assert not view.header.erase_button.isVisible()
    wait_idle(qtbot, workspace)
    workspace.stop()


def test_an_administrator_erases_by_key_from_the_retention_page(
    qtbot: QtBot, gui_db: Database, answers: list[str]
) -> None:
    workspace = _workspace(qtbot, gui_db, ADMIN)
    page = RetentionPage(workspace)
    qtbot.addWidget(page)
    page.show()
    page.request_button.click()
    dialog = page.request_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.erase_button.isEnabled(), timeout=10000)
    assert dialog.keys == ["P-0001", "P-0002", "P-0003", "P-0004", "P-0005"]
    dialog.key_box.setEditText("P-9999")
    dialog.erase_button.click()
    assert "P-9999 is not a participant" in dialog.message.text() and answers == []
    dialog.key_box.setEditText("p-0003")  # typed in lower case
    dialog.erase_button.click()
    assert answers == ["P-0003"]
    qtbot.waitUntil(lambda: "was erased" in dialog.message.text(), timeout=15000)
    qtbot.waitUntil(lambda: "P-0003" not in dialog.keys, timeout=10000)
    assert _person(gui_db, "P-0003").erased_at is not None
    assert _person(gui_db, "P-0004").erased_at is None
    wait_idle(qtbot, workspace)
    dialog.close()
    workspace.stop()
