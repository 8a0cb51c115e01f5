"""Edits made elsewhere (another window, another user) show up without the user asking."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from caseapp.gui.participants.list_controller import ParticipantListController
from caseapp.gui.participants.list_view import ParticipantListView
from caseapp.services import case_records
from caseapp.storage.database import Database

from .conftest import LEAD, WORKER


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


def _list(qtbot: QtBot, workspace) -> ParticipantListController:  # type: ignore[no-untyped-def]
    view = ParticipantListView()
    qtbot.addWidget(view)
    return ParticipantListController(view, workspace.caseload)


def _shown(controller: ParticipantListController) -> list[str]:
    return [controller.model.key_at(row) for row in range(controller.model.rowCount())]


def test_a_change_to_one_person_redraws_their_row_alone(
    qtbot: QtBot, workspace, gui_db: Database
) -> None:  # type: ignore[no-untyped-def]
    controller = _list(qtbot, workspace)
    model, store = controller.model, workspace.caseload
    model.sort(1, Qt.SortOrder.DescendingOrder)  # by name, so the order is not the keys'
    controller.select_key("P-0002")
    order = _shown(controller)
    events: list[str] = []
    store.loaded.connect(lambda: events.append("whole list loaded"))
    model.modelAboutToBeReset.connect(lambda: events.append("model reset"))
    model.layoutAboutToBeChanged.connect(lambda *_: events.append("rows moved"))
    redrawn: list[int] = []
    model.dataChanged.connect(lambda first, _last, *_: redrawn.append(first.row()))
    changed: list[frozenset[str]] = []
    store.rows_changed.connect(changed.append)

    with gui_db.unit_of_work() as s:
        case_records.add(
            s, LEAD, "P-0004", "housing", {"type": "homeless_hostel", "start": "2024-01-02"}
        )
    workspace.watcher.check_now()
    row = model.row_of("P-0004")
    assert row is not None
    qtbot.waitUntil(
        lambda: model.data(model.index(row, 6)) == "Homeless hostel (§110)", timeout=10000
    )
    assert changed == [frozenset({"P-0004"})]
    assert events == []  # no whole reload, no reset, nothing moved
    assert redrawn == [row]
    assert _shown(controller) == order and controller.selected_key() == "P-0002"


def test_a_changed_name_moves_the_row_and_keeps_the_selection(
    qtbot: QtBot, workspace, gui_db: Database
) -> None:  # type: ignore[no-untyped-def]
    from caseapp.services import participants

    controller = _list(qtbot, workspace)
    model, store = controller.model, workspace.caseload
    model.sort(1, Qt.SortOrder.AscendingOrder)
    controller.select_key("P-0003")
    assert _shown(controller)[0] == "P-0002"  # Ali Hassan, first by name
    loads: list[str] = []
    store.loaded.connect(lambda: loads.append("loaded"))
    with gui_db.unit_of_work() as s:
        from caseapp.services import scope

        person = scope.require_participant(s, LEAD, "P-0002")
        participants.update(s, LEAD, "P-0002", person.version, {"first_name": "Østen"})
    workspace.watcher.check_now()
    # Østen Hassan sorts between Maja Holm and Sara Nielsen (in English, as the tests run).
    moved = ["P-0005", "P-0003", "P-0004", "P-0002", "P-0001"]
    qtbot.waitUntil(lambda: _shown(controller) == moved, timeout=10000)
    assert loads == []
    assert controller.selected_key() == "P-0003"


def test_a_change_that_names_no_one_or_someone_new_reloads_the_list(
    qtbot: QtBot, workspace, gui_db: Database
) -> None:  # type: ignore[no-untyped-def]
    from caseapp.services import participants

    controller = _list(qtbot, workspace)
    store = workspace.caseload
    loads: list[str] = []
    store.loaded.connect(lambda: loads.append("loaded"))
    workspace.refresh()  # the user asked for everything
    qtbot.waitUntil(lambda: loads == ["loaded"], timeout=10000)
    before = controller.model.total()
    with gui_db.unit_of_work() as s:
        participants.create(s, WORKER, {"key": "P-0100", "first_name": "Ny", "last_name": "Person"})
    workspace.watcher.check_now()
    qtbot.waitUntil(lambda: controller.model.total() == before + 1, timeout=10000)
    assert loads == ["loaded", "loaded"]
    assert controller.model.row_of("P-0100") is not None
