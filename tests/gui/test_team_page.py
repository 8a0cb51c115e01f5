"""The team lead's screen: the team's caseloads, a reassignment that shows at once in both
workers' caseloads, and files opened outside access reviewed there."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from caseapp.services import access, accounts, caseload
from caseapp.services.actor import Actor
from caseapp.storage.database import Database
from tests.gui.conftest import ADMIN, LEAD, wait_idle

pytestmark = pytest.mark.gui

NEWCOMER = Actor("nk", "Nina Kjær", "caseworker")
OUTSIDER = Actor("oc", "Olga Cort", "caseworker")


@pytest.fixture
def lead_workspace(qtbot: QtBot, gui_db: Database) -> Iterator[object]:
    from caseapp.gui.workspace import Workspace

    with gui_db.unit_of_work() as s:
        accounts.add_user(s, ADMIN, NEWCOMER.key, NEWCOMER.name, NEWCOMER.role, None)
        access.grant(s, LEAD, NEWCOMER.key, "AAR-HF")
        accounts.add_user(s, ADMIN, OUTSIDER.key, OUTSIDER.name, OUTSIDER.role, None)
    ws = Workspace(gui_db, LEAD)
    ws.start()
    qtbot.waitUntil(lambda: ws.caseload.ready, timeout=10000)
    yield ws
    ws.stop()


@pytest.fixture
def page(qtbot: QtBot, lead_workspace: object):  # type: ignore[no-untyped-def]
    from caseapp.gui.team.page import TeamPage

    view = TeamPage(lead_workspace)  # type: ignore[arg-type]
    qtbot.addWidget(view)
    view.show()
    view.page_shown()
    wait_idle(qtbot, lead_workspace)
    return view


def _counts(page) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    model = page.workers
    return {
        model.index(r, 0).data(): [model.index(r, c).data() for c in range(1, 5)]
        for r in range(model.rowCount())
    }


def _caseload_of(db: Database, worker: str) -> list[str]:
    with db.reader() as s:
        rows = caseload.participant_rows(s, LEAD, date.today(), key_worker=worker)
    return [r.key for r in rows if r.status != "exited"]


def test_the_lead_sees_each_key_workers_caseload(page) -> None:  # type: ignore[no-untyped-def]
    counts = _counts(page)
    mine = _caseload_of(page.workspace.db, "mmp")
    assert counts["Mette Mondrup Pedersen"][0] == str(len(mine)) and len(mine) >= 3
    assert counts["Nina Kjær"] == ["0", "0", "0", "0"]
    assert "Olga Cort" not in counts  # not on the lead's projects' team


def test_double_click_lists_who_and_reassigning_shows_at_once(
    qtbot: QtBot,
    page,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db = page.workspace.db
    before = _caseload_of(db, "mmp")
    row = next(r for r in range(page.workers.rowCount()) if page.workers.rows[r].key == "mmp")
    index = page.workers.index(row, 1)
    page.worker_table.setCurrentIndex(index)
    page.worker_table.doubleClicked.emit(index)
    assert [r.key for r in page.people.rows] == before
    assert "Mette Mondrup Pedersen" in page.list_title.text()

    # Select the first two and move them to the newcomer, with the keyboard's selection.
    page.people_table.selectRow(0)
    selection = page.people_table.selectionModel()
    selection.select(
        page.people.index(1, 0),
        selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
    )
    moved = page.selected_keys()
    assert len(moved) == 2
    page.target.setCurrentIndex(page.target.findData("nk"))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.reassign_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, page.workspace)
    qtbot.waitUntil(lambda: _counts(page)["Nina Kjær"][0] == "2", timeout=5000)

    assert _counts(page)["Mette Mondrup Pedersen"][0] == str(len(before) - 2)
    assert sorted(_caseload_of(db, "nk")) == sorted(moved)
    assert set(_caseload_of(db, "mmp")) == set(before) - set(moved)
    assert "Nina Kjær is now the key worker of 2 participants." in page.message.text()


def test_reassigning_to_someone_without_access_is_refused_whole(
    qtbot: QtBot,
    page,  # type: ignore[no-untyped-def]
) -> None:
    before = _caseload_of(page.workspace.db, "mmp")
    page.target.addItem("Olga Cort", "oc")  # not on the team: the service must refuse
    page.reassign(before[:2], "oc")
    wait_idle(qtbot, page.workspace)
    assert "no access to AAR-HF" in page.message.text()
    assert _caseload_of(page.workspace.db, "mmp") == before


def test_a_file_opened_outside_access_is_flagged_and_reviewed(
    qtbot: QtBot,
    page,  # type: ignore[no-untyped-def]
) -> None:
    db = page.workspace.db
    with db.unit_of_work() as s:
        access.break_glass(s, OUTSIDER, "P-0001", "She called our number at night")
    page.reload()
    wait_idle(qtbot, page.workspace)
    assert [b.participant for b in page.breaks_model.rows] == ["P-0001"]
    assert page.breaks_model.index(0, 3).data() == "She called our number at night"
    assert "1 to review" in page.breaks_box.title()
    page.breaks_table.selectRow(0)
    qtbot.mouseClick(page.review_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, page.workspace)
    assert page.breaks_model.rows == []  # only those not reviewed are shown
    page.unreviewed_only.setChecked(False)
    wait_idle(qtbot, page.workspace)
    assert page.breaks_model.rows[0].reviewed_by == "lead"


def test_the_team_page_is_the_leads_first_page(qtbot: QtBot, lead_workspace: object) -> None:
    from caseapp.gui.main_window import MainWindow

    window = MainWindow(lead_workspace)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    try:
        qtbot.waitUntil(lambda: window.current_page_key() == "team", timeout=5000)
    finally:
        window.closing_for_rebuild = True  # type: ignore[attr-defined]


def test_a_file_outside_access_opens_with_a_reason(qtbot: QtBot, gui_db: Database) -> None:
    """A case worker of another project types a key: the file asks why before it opens."""
    from caseapp.gui.participant_file.file_view import ParticipantFileView
    from caseapp.gui.workspace import Workspace

    with gui_db.unit_of_work() as s:
        accounts.add_user(s, ADMIN, OUTSIDER.key, OUTSIDER.name, OUTSIDER.role, None)
    ws = Workspace(gui_db, OUTSIDER)
    ws.start()
    try:
        view = ParticipantFileView(ws, "P-0001")
        qtbot.addWidget(view)
        view.show()
        qtbot.waitUntil(lambda: view.glass is not None, timeout=10000)
        assert view.glass is not None and not view.header.isVisible()
        assert "Sara" not in view.glass.findChild(type(view.status)).text()
        view.glass.reason.setText("ok")
        qtbot.mouseClick(view.glass.button, Qt.MouseButton.LeftButton)
        wait_idle(qtbot, ws)
        assert "5 characters or more" in view.glass.message.text()
        qtbot.keyClicks(view.glass.reason, " - she called our night line")
        qtbot.keyClick(view.glass.reason, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: view.loaded, timeout=10000)
        assert view.ctx.current is not None
        assert view.ctx.current.header.name == "Sara Nielsen"
        with gui_db.unit_of_work() as s:
            assert [b.reason for b in access.breaks(s, LEAD)] == ["ok - she called our night line"]
    finally:
        ws.stop()
