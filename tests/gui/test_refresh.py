"""Edits made elsewhere (another window, another user) show up without the user asking."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from caseapp.gui.participants.list_controller import ParticipantListController
from caseapp.gui.participants.list_view import ParticipantListView
from caseapp.services import case_records
from caseapp.storage.database import Database

from .conftest import LEAD


def test_a_colleagues_change_reaches_the_list_and_the_open_file(
    qtbot: QtBot, workspace, open_file, gui_db: Database
) -> None:  # type: ignore[no-untyped-def]
    view = ParticipantListView()
    qtbot.addWidget(view)
    controller = ParticipantListController(view, workspace.caseload)
    file = open_file("P-0004")
    assert file.header.facts["housing"].text() == "–"
    with gui_db.unit_of_work() as s:
        case_records.add(
            s, LEAD, "P-0004", "housing", {"type": "homeless_hostel", "start": "2024-01-02"}
        )
    # The periodic check would find it within seconds; the test looks at once.
    workspace.watcher.check_now()
    qtbot.waitUntil(
        lambda: file.header.facts["housing"].text().startswith("Homeless hostel"), timeout=10000
    )
    row = controller.model.row_of("P-0004")
    qtbot.waitUntil(
        lambda: controller.model.data(controller.model.index(row, 6)) == "Homeless hostel (§110)",
        timeout=10000,
    )


def test_reading_alone_does_not_reload_anything(qtbot: QtBot, workspace, open_file) -> None:  # type: ignore[no-untyped-def]
    seen: list[object] = []
    workspace.data_changed.connect(seen.append)
    open_file("P-0001")  # opening a file writes the audit log, but changes no data
    workspace.watcher.check_now()
    qtbot.waitUntil(lambda: not workspace.ops.busy)
    assert seen == []


def test_the_pickers_are_loaded_once_and_again_after_an_account_is_added(
    qtbot: QtBot, workspace, open_file, gui_db: Database
) -> None:  # type: ignore[no-untyped-def]
    from caseapp.services import accounts

    from .conftest import ADMIN

    first = open_file("P-0001")
    second = open_file("P-0002")
    assert second.ctx.choices is first.ctx.choices  # the second file did not load them again
    assert "nyt" not in first.ctx.choices.staff_names()
    with gui_db.unit_of_work() as s:
        accounts.add_user(s, ADMIN, "nyt", "Nina Ytting", "caseworker", "secret-pw-2")
    workspace.watcher.check_now()
    qtbot.waitUntil(lambda: "nyt" in first.ctx.choices.staff_names(), timeout=10000)
    qtbot.waitUntil(lambda: "nyt" in second.ctx.choices.staff_names(), timeout=10000)
