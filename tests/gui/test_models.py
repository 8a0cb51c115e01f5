"""Every table model passes Qt's model tester, and shows what a user expects to read."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPersistentModelIndex, Qt

from caseapp.gui import i18n
from caseapp.gui.admin.accounts_model import AccountsModel
from caseapp.gui.overview.list_model import Column, OverviewListModel
from caseapp.gui.participant_file.record_model import RecordTableModel
from caseapp.gui.participant_file.timeline_page import TimelineModel
from caseapp.gui.participants.list_model import ParticipantListModel
from caseapp.services import accounts, caseload, participant_file
from caseapp.services.caseload_search import CaseloadIndex, ListFilter
from caseapp.storage.database import Database

from .conftest import ADMIN, WORKER


def _index(db: Database) -> CaseloadIndex:
    with db.reader() as s:
        return CaseloadIndex(caseload.participant_rows(s, WORKER, date.today()))


def test_participant_list_model(qtmodeltester, gui_db: Database) -> None:  # type: ignore[no-untyped-def]
    model = ParticipantListModel()
    model.set_index(_index(gui_db), date.today())
    qtmodeltester.check(model)
    model.sort(8, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)
    model.set_filter(ListFilter(text="sara"))
    qtmodeltester.check(model)
    assert model.rowCount() == 1 and model.key_at(0) == "P-0001"
    assert model.data(model.index(0, 8)) == "20 days"
    assert model.data(model.index(0, 8), Qt.ItemDataRole.ForegroundRole) is not None


def test_sorting_keeps_the_selected_row(gui_db: Database) -> None:
    model = ParticipantListModel()
    model.set_index(_index(gui_db), date.today())
    kept = QPersistentModelIndex(model.index(0, 0))  # P-0001
    model.sort(1, Qt.SortOrder.AscendingOrder)  # by name: Ali, Emil, Jonas, Maja, Sara
    assert kept.row() == 4 and model.key_at(kept.row()) == "P-0001"


def test_list_texts_are_danish_in_danish(qapp: object, gui_db: Database) -> None:
    i18n.install("da")
    model = ParticipantListModel()
    model.set_index(_index(gui_db), date.today())
    assert model.headerData(6, Qt.Orientation.Horizontal) == "Bolig nu"
    assert model.data(model.index(0, 6)) == "Sofasurfing"
    assert model.data(model.index(3, 8)) == "aldrig"  # Maja: never seen


def test_file_models(qtmodeltester, gui_db: Database) -> None:  # type: ignore[no-untyped-def]
    with gui_db.unit_of_work() as s:
        pf = participant_file.load(s, WORKER, "P-0002", date.today())
    for kind in participant_file.FILE_KINDS:
        model = RecordTableModel(kind)
        model.set_rows(pf.records[kind], {"mmp": WORKER.name})
        qtmodeltester.check(model)
    housing = RecordTableModel("housing")
    housing.set_rows(pf.records["housing"], {})
    tip = housing.data(housing.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert "Overlaps another housing spell" in tip
    timeline = TimelineModel()
    timeline.set_rows(pf.timeline)
    qtmodeltester.check(timeline)
    assert timeline.data(timeline.index(0, 1)) == "Contact: Phone"


def test_overview_and_account_models(qtmodeltester, gui_db: Database) -> None:  # type: ignore[no-untyped-def]
    with gui_db.reader() as s:
        view = caseload.overview(s, WORKER, date.today())
        rows = accounts.list_users(s, ADMIN)
    model = OverviewListModel([Column("Task", lambda t: t.title)], lambda t: t.participant_key)
    model.set_rows(view.tasks)
    qtmodeltester.check(model)
    assert model.participant_key(0) == "P-0001"
    accounts_model = AccountsModel()
    accounts_model.set_rows(rows)
    qtmodeltester.check(accounts_model)
    assert [accounts_model.data(accounts_model.index(r, 0)) for r in range(3)] == [
        "admin",
        "lead",
        "mmp",
    ]


def _row(key: str, name: str) -> caseload.ParticipantRow:
    return caseload.ParticipantRow(
        id=int(key[2:]),
        key=key,
        name=name,
        age=None,
        project=None,
        status=None,
        key_worker=None,
        key_worker_name=None,
        housing=None,
        activity=None,
        last_contact=None,
        next_task_due=None,
        next_task_title=None,
        unverified_job=False,
        cpr_tail="",
    )


DANES = [
    _row("P-1000", "Zaki Hassan"),
    _row("P-10000", "Aage Holm"),
    _row("P-1001", "Åse Berg"),
    _row("P-999", "Ærø Sørensen"),
    _row("P-2", "Øster Boe"),
]


def test_the_list_sorts_as_the_language_does_and_keys_by_number(qapp: object) -> None:
    i18n.install("da")
    model = ParticipantListModel()
    model.set_index(CaseloadIndex(DANES), date.today())
    model.sort(1, Qt.SortOrder.AscendingOrder)
    names = [model.data(model.index(r, 1)) for r in range(model.rowCount())]
    assert names == ["Zaki Hassan", "Ærø Sørensen", "Øster Boe", "Aage Holm", "Åse Berg"]
    model.sort(0, Qt.SortOrder.AscendingOrder)
    keys = [model.key_at(r) for r in range(model.rowCount())]
    assert keys == ["P-2", "P-999", "P-1000", "P-1001", "P-10000"]


def test_the_list_finds_soren_and_aase_as_people_type_them(qapp: object) -> None:
    model = ParticipantListModel()
    model.set_index(CaseloadIndex(DANES), date.today())
    for typed, key in (("soren", "P-999"), ("aase", "P-1001"), ("aero", "P-999"), ("oster", "P-2")):
        model.set_filter(ListFilter(text=typed))
        assert [model.key_at(r) for r in range(model.rowCount())] == [key], typed
