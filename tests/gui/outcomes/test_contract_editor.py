"""Editing a contract in the GUI: checked as typed, saved as revisions, read-only for others."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from caseapp.gui.outcomes.contract_editor import ContractEditor
from caseapp.gui.outcomes.contract_history import ContractHistory
from caseapp.services import contracts, projects
from caseapp.storage.database import Database

from .sample_db import COORDINATOR, LEAD, load_json


def _sample_contract() -> dict[str, Any]:
    contract: dict[str, Any] = load_json("sample-dataset.json")["projects"][0]["contract"]
    return contract


def _open(
    qtbot: QtBot, db: Database, actor: Any = LEAD, project: str = "DEMO-HF"
) -> ContractEditor:
    w = ContractEditor(db, actor, project)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.state is not None, timeout=10000)
    return w


def _stored(db: Database) -> tuple[dict[str, Any] | None, list[contracts.RevisionInfo]]:
    with db.reader() as s:
        return contracts.current(s, LEAD, "DEMO-HF").contract, contracts.history(s, LEAD, "DEMO-HF")


def _save(qtbot: QtBot, w: ContractEditor) -> None:
    assert w.save_button.isEnabled(), [w.problems.item(i).text() for i in range(w.problems.count())]
    with qtbot.waitSignal(w.saved, timeout=10000):
        qtbot.mouseClick(w.save_button, Qt.MouseButton.LeftButton)


def test_opening_and_reading_back_changes_nothing(qtbot: QtBot, sample_db: Database) -> None:
    w = _open(qtbot, sample_db)
    assert w.form.value() == _sample_contract()
    assert not w.has_unsaved() and not w.save_button.isEnabled()
    assert w.problems.isHidden()


def test_a_lead_changes_a_tariff_and_the_history_keeps_who_when_and_why(
    qtbot: QtBot, sample_db: Database
) -> None:
    w = _open(qtbot, sample_db)
    w.form.show_metric(0)
    w.form.metric_form.tariffs._boxes[0].setValue(1200)  # ordinary_job
    assert w.has_unsaved() and not w.save_button.isEnabled()  # a reason is still missing
    qtbot.keyClicks(w.comment, "Tariff agreed with the council")
    _save(qtbot, w)
    stored, revisions = _stored(sample_db)
    want = _sample_contract()
    want["metrics"][0]["tariffs"]["ordinary_job"] = 1200
    assert stored == want
    assert next((r.revision, r.changed_by, r.comment) for r in revisions) == (
        2,
        "lead",
        "Tariff agreed with the council",
    )
    assert "revision 2" in w.status.text() and not w.has_unsaved()

    history = ContractHistory(sample_db, LEAD, "DEMO-HF")
    qtbot.addWidget(history)
    with qtbot.waitSignal(history.shown, timeout=10000):
        history.show()
    row = [history.table.item(0, c) for c in range(4)]
    assert [item.text() if item else "" for item in row][2:] == [
        "Erik Kaastrup (lead)",
        "Tariff agreed with the council",
    ]
    text = history.detail.toPlainText()
    assert "Changes from revision 1" in text
    assert "Weeks in work or education › Tariffs › Ordinary job" in text
    assert "DKK 1,000.00" in text and "DKK 1,200.00" in text
    with qtbot.waitSignal(history.shown, timeout=10000):
        history.show_revision(1)
    assert "Changes from" not in history.detail.toPlainText()
    assert "imported" in history.detail.toPlainText()


def test_a_broken_edit_is_named_and_cannot_be_saved(qtbot: QtBot, sample_db: Database) -> None:
    w = _open(qtbot, sample_db)
    w.form.show_metric(1)
    w.form.metric_form.window_weeks.set_value(5)  # 13 weeks in a row cannot fit in 5
    w.comment.setText("shorter window")
    problems = [w.problems.item(i).text() for i in range(w.problems.count())]
    assert problems == [
        "13 weeks in a job of 10+ hours › Weeks in a row: is longer than the window can hold: "
        "the metric can never be achieved"
    ]
    assert not w.save_button.isEnabled()
    assert _stored(sample_db)[0] == _sample_contract()


def test_in_danish_problems_are_danish(qtbot: QtBot, sample_db: Database, danish: None) -> None:
    w = _open(qtbot, sample_db)
    w.form.show_metric(0)
    w.form.metric_form.metric_id.setText("")
    texts = [w.problems.item(i).text() for i in range(w.problems.count())]
    assert "Weeks in work or education › Id: skal udfyldes" in texts


def test_a_new_housing_metric_can_be_added_but_not_made_the_success_metric(
    qtbot: QtBot, sample_db: Database
) -> None:
    w = _open(qtbot, sample_db)
    w.form.add_metric("housing_sustained")
    form = w.form.metric_form
    form.name.setText("Two years housed")
    form.metric_id.setText("housed-24m")
    form.min_days.setValue(730)
    form.amount.setValue(40000)
    success = [w.form.success_metric.itemData(i) for i in range(w.form.success_metric.count())]
    assert success == ["work-edu", "job-13w"]
    w.comment.setText("Second housing milestone")
    _save(qtbot, w)
    stored, _ = _stored(sample_db)
    assert stored is not None and stored["metrics"][-1] == {
        "id": "housed-24m",
        "name": "Two years housed",
        "kind": "housing_sustained",
        "window_weeks": None,
        "housing_types": ["own_tenancy", "supported_housing"],
        "min_days": 730,
        "amount": 40000,
    }


def test_others_see_the_contract_read_only(qtbot: QtBot, sample_db: Database) -> None:
    w = _open(qtbot, sample_db, actor=COORDINATOR)
    assert "read-only" in w.banner.text()
    assert w.save_button.isHidden() and w.comment.isHidden()
    assert not w.form.target_participants.isEnabled()
    assert w.form.metric_form.metric_id.isReadOnly()
    w.form.show_metric(2)  # still possible to look at each metric
    assert w.form.metric_form.name.text() == "12 months in stable housing"


def test_a_save_over_someone_elses_change_is_refused(qtbot: QtBot, sample_db: Database) -> None:
    w = _open(qtbot, sample_db)
    with sample_db.unit_of_work() as s:
        state = contracts.current(s, LEAD, "DEMO-HF")
        contracts.save(
            s,
            LEAD,
            "DEMO-HF",
            state.version,
            _sample_contract() | {"target_participants": 12},
            "meanwhile",
        )
    w.form.target_participants.setValue(11)
    w.comment.setText("mine")
    qtbot.mouseClick(w.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not w.busy and "Someone else changed" in w.status.text())
    stored, revisions = _stored(sample_db)
    assert stored is not None and stored["target_participants"] == 12 and len(revisions) == 2


def test_a_project_without_a_contract_starts_from_a_blank_one(
    qtbot: QtBot, sample_db: Database
) -> None:
    with sample_db.unit_of_work() as s:
        projects.create(s, LEAD, {"key": "NEW", "name": "New"})
    w = _open(qtbot, sample_db, project="NEW")
    assert "no contract yet" in w.banner.text()
    texts = [w.problems.item(i).text() for i in range(w.problems.count())]
    assert texts == [
        "work-edu › Tariffs: must map at least one activity code to an amount per week"
    ]


def test_a_lead_names_the_investment_and_it_is_saved(qtbot: QtBot, sample_db: Database) -> None:
    w = _open(qtbot, sample_db)
    assert w.form.investment_name.text() == "" and w.form.investment_name.isEnabled()
    qtbot.keyClicks(w.form.investment_name, "Aarhus Housing and Job First")
    qtbot.keyClicks(w.comment, "Financed together with the second project")
    _save(qtbot, w)
    stored, _ = _stored(sample_db)
    assert stored == _sample_contract() | {"investment_name": "Aarhus Housing and Job First"}
    with sample_db.reader() as s:
        shown = contracts.current(s, LEAD, "DEMO-HF").contract
    w.form.set_value(shown or {})
    assert w.form.investment_name.text() == "Aarhus Housing and Job First"

    w.form.investment_name.clear()  # the project stands alone again: the name goes
    qtbot.keyClicks(w.comment, " (undone)")
    _save(qtbot, w)
    assert "investment_name" not in (_stored(sample_db)[0] or {})


def test_an_investment_name_is_checked_by_the_import_rules(
    qtbot: QtBot, sample_db: Database
) -> None:
    from caseapp.outcomes import contract_problems

    w = _open(qtbot, sample_db)
    w.comment.setText("a name")
    for typed in ("   ", "x" * 201):
        w.form.investment_name.setText(typed)
        problems = [w.problems.item(i).text() for i in range(w.problems.count())]
        assert problems == ["Investment's name: must be a name of 1 to 200 characters, or null"], (
            typed
        )
        assert [(where, str(text)) for where, text in contract_problems(w.form.value())] == [
            ("investment_name", "must be a name of 1 to 200 characters, or null")
        ]
        assert not w.save_button.isEnabled()
    w.form.investment_name.setText("x" * 200)
    assert w.problems.isHidden() and w.save_button.isEnabled()
    assert _stored(sample_db)[0] == _sample_contract()


def test_the_investment_name_in_danish(qtbot: QtBot, sample_db: Database, danish: None) -> None:
    w = _open(qtbot, sample_db)
    w.form.investment_name.setText(" ")
    texts = [w.problems.item(i).text() for i in range(w.problems.count())]
    assert texts == ["Investeringens navn: skal være et navn på 1 til 200 tegn eller tomt"]
    assert w.form.investment_name.placeholderText() == "ingen: projektet er en investering for sig"
