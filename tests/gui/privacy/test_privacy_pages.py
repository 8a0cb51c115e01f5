"""The privacy screens: audit search and export, who looked at a file, insight, the idle lock."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from caseapp.gui.workspace import Workspace
from caseapp.services.actor import Actor
from caseapp.storage.database import Database
from caseapp.storage.models import AuditEntry, Staff
from tests.gui.conftest import LEAD, PASSWORD, WORKER, wait_idle

pytestmark = pytest.mark.gui


@pytest.fixture
def lead_space(qtbot: QtBot, gui_db: Database) -> Iterator[Workspace]:
    ws = Workspace(gui_db, LEAD)
    yield ws
    ws.stop()


def test_audit_page_finds_one_persons_entries_and_exports_them(
    qtbot: QtBot, lead_space: Workspace, tmp_path: Path
) -> None:
    from caseapp.gui.privacy.audit_page import AuditPage

    page = AuditPage(lead_space)
    qtbot.addWidget(page)
    page.participant.setText("P-0002")
    qtbot.mouseClick(page.search_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, lead_space)
    assert page.model.rowCount() > 0
    assert {row.participant for row in page.model.rows} == {"P-0002"}
    whats = [page.model.data(page.model.index(r, 2)) for r in range(page.model.rowCount())]
    assert "Personal details added" in whats  # action codes shown as words
    page.since.setText("not a day")
    page.search()
    assert "Not a date" in page.message.text()
    page.since.clear()
    out = tmp_path / "log.json"
    page.export_to(out)
    wait_idle(qtbot, lead_space)
    rows = json.loads(out.read_text(encoding="utf-8"))
    assert rows and {r["participant"] for r in rows} == {"P-0002"}


def test_a_file_shows_who_has_looked_at_it_and_makes_insight(
    qtbot: QtBot, lead_space: Workspace, gui_db: Database, tmp_path: Path
) -> None:
    from caseapp.gui.participant_file.context import FileContext
    from caseapp.gui.participant_file.registry import file_pages
    from caseapp.gui.privacy.access_page import AccessLogPage

    assert "access_log" in [spec.key for spec in file_pages()]
    ctx = FileContext(lead_space, "P-0001")
    page = AccessLogPage(ctx)
    qtbot.addWidget(page)
    assert page.insight_button.isVisibleTo(page)
    qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, lead_space)
    names = {page.model.data(page.model.index(r, 1)) for r in range(page.model.rowCount())}
    assert WORKER.name in names
    out = tmp_path / "insight.pdf"
    page.make_insight(out)
    wait_idle(qtbot, lead_space)
    assert out.read_bytes().startswith(b"%PDF") and out.with_suffix(".json").exists()
    assert "insight.pdf" in page.message.text()


def test_caseworkers_see_no_insight_button(qtbot: QtBot, gui_db: Database) -> None:
    from caseapp.gui.participant_file.context import FileContext
    from caseapp.gui.privacy.access_page import AccessLogPage

    ws = Workspace(gui_db, WORKER)
    page = AccessLogPage(FileContext(ws, "P-0001"))
    qtbot.addWidget(page)
    assert not page.insight_button.isVisibleTo(page)
    ws.stop()


def test_idle_lock_covers_the_window_and_keeps_open_work(
    qtbot: QtBot, lead_space: Workspace, gui_db: Database
) -> None:
    from caseapp.gui.privacy.idle_lock import IdleLock

    window = QWidget()
    draft = QLineEdit("half-written note")
    QVBoxLayout(window).addWidget(draft)
    qtbot.addWidget(window)
    window.resize(500, 400)
    window.show()
    lock = IdleLock(lead_space, window, interval_ms=100)
    qtbot.waitUntil(lambda: lock.is_locked, timeout=3000)
    prompt = lock.prompt
    assert prompt is not None and prompt.password is not None
    assert prompt.geometry() == window.rect()
    qtbot.keyClicks(draft, " more")  # the covered window takes no input
    assert draft.text() == "half-written note"

    qtbot.keyClicks(prompt.password, "wrong")
    qtbot.keyClick(prompt.password, Qt.Key.Key_Return)
    wait_idle(qtbot, lead_space)
    assert lock.is_locked and "wrong password" in prompt.message.text()

    qtbot.keyClicks(prompt.password, PASSWORD)
    with qtbot.waitSignal(lock.unlocked, timeout=5000):
        qtbot.keyClick(prompt.password, Qt.Key.Key_Return)
    assert not lock.is_locked and draft.text() == "half-written note"
    with gui_db.reader() as s:
        actions = s.scalars(
            select(AuditEntry.action).where(AuditEntry.account == "lead").order_by(AuditEntry.id)
        ).all()
        assert actions[-2:] == ["sign_in_failed", "signed_in"]
        staff = s.scalar(select(Staff).where(Staff.key == "lead"))
        assert staff is not None and staff.failed_logins == 0
    lock.timer.stop()


def test_lock_minutes_come_from_the_database_setting(
    qtbot: QtBot, lead_space: Workspace, gui_db: Database
) -> None:
    from caseapp.gui.privacy.idle_lock import IdleLock
    from caseapp.services import settings

    with gui_db.unit_of_work() as s:
        settings.set_value(s, Actor("admin", "Administrator", "admin"), "idle_lock_minutes", 3)
    window = QWidget()
    qtbot.addWidget(window)
    lock = IdleLock(lead_space, window)
    assert lock.timer.interval() == 3 * 60_000
    lock.timer.stop()


def test_retention_page_lists_and_erases_those_past_the_period(
    qtbot: QtBot, lead_space: Workspace, gui_db: Database
) -> None:
    from caseapp.gui.privacy.retention_page import RetentionPage
    from caseapp.services import case_records, participants

    with gui_db.unit_of_work() as s:
        person, _ = participants.create(s, WORKER, {"first_name": "Gammel", "cpr": "010180-1234"})
        case_records.add(
            s,
            WORKER,
            person.key,
            "enrolment",
            {
                "project": "AAL-SIB",
                "referred_on": "2014-01-01",
                "enrolled_on": "2014-02-01",
                "exited_on": "2015-01-01",
                "exit_reason": "completed",
            },
        )
        key = person.key
    page = RetentionPage(lead_space)
    qtbot.addWidget(page)
    page.page_shown()
    wait_idle(qtbot, lead_space)
    assert page.years.value() == 5
    assert key in [page.due.item(i).text().split(":")[0] for i in range(page.due.count())]
    page.erase([key])
    wait_idle(qtbot, lead_space)
    assert "Erased the personal data of 1 person." in page.message.text()
    with gui_db.reader() as s:
        from caseapp.storage.models import Participant

        gone = s.scalar(select(Participant).where(Participant.key == key))
        assert gone is not None and gone.first_name is None and gone.cpr is None


def test_the_danish_audit_log_speaks_in_words(qtbot: QtBot, lead_space: Workspace) -> None:
    from caseapp.gui import i18n
    from caseapp.gui.privacy.audit_page import AuditPage

    i18n.install("da")
    page = AuditPage(lead_space)
    qtbot.addWidget(page)
    # The action is picked by its words, never typed as a code.
    index = page.action.findText("Kontakt oprettet")
    assert index > 0 and page.action.itemData(index) == "added_contact"
    page.action.setCurrentIndex(index)
    qtbot.mouseClick(page.search_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, lead_space)
    assert page.model.rowCount() > 0
    for r in range(page.model.rowCount()):
        assert page.model.data(page.model.index(r, 2)) == "Kontakt oprettet"
        assert page.model.data(page.model.index(r, 4)) == ""  # no record UUID to read
    # The search just made is itself in the log, its filters in words.
    page.action.setCurrentIndex(page.action.findText("Adgangsloggen blev læst"))
    page.search()
    wait_idle(qtbot, lead_space)
    details = [page.model.data(page.model.index(r, 4)) for r in range(page.model.rowCount())]
    assert "handling: Kontakt oprettet" in details


def test_a_project_and_its_days_read_as_words_and_dates() -> None:
    from datetime import UTC, datetime

    from caseapp.gui import i18n
    from caseapp.gui.privacy.audit_model import detail_text
    from caseapp.services.audit import Row

    def shown(detail: str) -> str:
        return detail_text(Row(1, datetime.now(UTC), "lead", "viewed_figures", None, detail))

    i18n.install("da")
    try:
        assert shown("AAR-HF 2026-12-01") == "AAR-HF · 01.12.2026"
        assert shown("* 2024-01-01 2024-06-30") == "alle projekter · 01.01.2024 · 30.06.2024"
        assert shown("needed for the court 2024-01-01") == "needed for the court 2024-01-01"
    finally:
        i18n.install("en")
