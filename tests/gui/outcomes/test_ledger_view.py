"""The outcome ledger answers "why was this week not paid?" and agrees with the command line."""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from caseapp.gui.outcomes import numbers
from caseapp.gui.outcomes.ledger_model import EARNED, QUALIFIED, RULE, WHY
from caseapp.gui.outcomes.ledger_view import OutcomeLedger
from caseapp.services import participants
from caseapp.storage.database import Database
from caseapp.storage.models import AuditEntry

from .sample_db import CASEWORKER, LEAD

AS_OF = date(2024, 6, 30)


def _open(qtbot: QtBot, db: Database, person: str, metric: str, actor: Any = LEAD) -> OutcomeLedger:
    w = OutcomeLedger(db, actor, person, as_of=AS_OF)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w._request > 0 and not w.busy, timeout=10000)
    if w.metric_box.count():
        w.select_metric(metric)
        qtbot.waitUntil(
            lambda: not w.busy and w.answer is not None and w.answer.ledger.metric == metric
        )
    return w


def _showing(w: OutcomeLedger, metric: str, person: str) -> bool:
    ledger = w.answer.ledger if w.answer is not None else None
    return (
        not w.busy
        and ledger is not None
        and (ledger.metric, ledger.participant) == (metric, person)
    )


def _rows(w: OutcomeLedger, column: int) -> list[str]:
    model = w.model
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def test_every_persons_ledger_shows_their_command_line_figures(
    qtbot: QtBot, sample_db: Database, expected: dict[str, Any]
) -> None:
    w = _open(qtbot, sample_db, "P-01", "work-edu")
    for metric in expected["metrics"]:
        for row in metric["by_participant"]:
            w.participant_key = row["participant"]
            w.reload()
            qtbot.waitUntil(lambda: not w.busy and w.answer is not None)
            w.select_metric(metric["id"])
            qtbot.waitUntil(partial(_showing, w, metric["id"], row["participant"]))
            shown = {key: label.text() for key, label in w.summary.items()}
            where = (metric["id"], row["participant"])
            assert shown["amount"] == numbers.amount(row["amount"]), where
            if "qualifying_weeks" in row:
                assert shown["qualifying_weeks"] == str(row["qualifying_weeks"]), where
            if "paid_weeks" in row:
                assert shown["paid_weeks"] == str(row["paid_weeks"]), where
            if "achieved_on" in row:
                achieved = row["achieved_on"]
                want = "not yet" if achieved is None else numbers.day(date.fromisoformat(achieved))
                assert shown["achieved_on"] == want, where
            earned = sum(r.amount for r in w.model.rows)
            assert float(earned) == pytest.approx(row["amount"]), where


def test_capped_weeks_say_the_person_cap_was_reached(qtbot: QtBot, sample_db: Database) -> None:
    w = _open(qtbot, sample_db, "P-04", "work-edu")
    w.only_unpaid.setChecked(True)
    qualified = _rows(w, QUALIFIED)
    capped = [i for i, text in enumerate(qualified) if text == "✓ yes, capped"]
    assert len(capped) == 44
    why, rule = _rows(w, WHY)[capped[0]], _rows(w, RULE)[capped[0]]
    assert why == (
        "Qualified, but not paid: the person's first 52 qualifying weeks have already been "
        "paid (the cap per person)."
    )
    assert rule == "Rule 7"
    assert all(text == "" for text in _rows(w, EARNED))
    outside = qualified.index("– outside window")
    assert _rows(w, WHY)[outside] == (
        "After the window: this metric counts 104 weeks from enrolment, until 28 May 2024."
    )
    assert _rows(w, RULE)[outside] == "Rule 2"


def test_choosing_a_week_explains_it_in_full(qtbot: QtBot, sample_db: Database) -> None:
    w = _open(qtbot, sample_db, "P-03", "work-edu")
    weeks = _rows(w, QUALIFIED)
    row = next(i for i, text in enumerate(_rows(w, WHY)) if "not verified" in text)
    assert weeks[row] == "✗ no"
    w.table.selectRow(row)
    assert "is not verified (no evidence recorded)" in w.detail.text()
    assert "Rule 4" in w.detail.text()
    assert w.model.rows[row].week in w.detail.text()


def test_paid_weeks_name_what_paid_and_the_tariff_rule(qtbot: QtBot, sample_db: Database) -> None:
    w = _open(qtbot, sample_db, "P-01", "work-edu")
    paid = [i for i, amount in enumerate(_rows(w, EARNED)) if amount]
    assert len(paid) == 13
    assert _rows(w, EARNED)[paid[0]] == "DKK 1,000.00"
    assert _rows(w, WHY)[paid[0]].startswith("Paid for: Ordinary job, 20 hours a week, verified")
    assert _rows(w, RULE)[paid[0]] == "Rule 6"
    assert "Ordinary job DKK 1,000.00" in w.requirements.text()


def test_a_one_off_metric_marks_the_week_it_was_achieved(qtbot: QtBot, sample_db: Database) -> None:
    w = _open(qtbot, sample_db, "P-01", "job-13w")
    achieved = [i for i, text in enumerate(_rows(w, QUALIFIED)) if text == "★ achieved"]
    assert len(achieved) == 1
    row = w.model.rows[achieved[0]]
    assert row.monday == date(2023, 5, 29)
    assert _rows(w, EARNED)[achieved[0]] == "DKK 10,000.00"
    assert _rows(w, RULE)[achieved[0]] == "Rule 10"


def test_the_total_cap_is_explained_as_a_note(qtbot: QtBot, sample_db: Database) -> None:
    w = _open(qtbot, sample_db, "P-02", "work-edu")
    assert w.notes.isVisibleTo(w)
    assert "total cap of DKK 90,000.00" in w.notes.text() and "2024Q2" in w.notes.text()
    assert "(Rule 9)" in w.notes.text()


def test_in_danish_the_reasons_are_danish(qtbot: QtBot, sample_db: Database, danish: None) -> None:
    w = _open(qtbot, sample_db, "P-09", "work-edu")
    why = _rows(w, WHY)
    assert "Ugens job eller uddannelse er ikke dokumenteret" in " ".join(why)
    assert any(text.startswith("Ugens job eller uddannelse er ikke af en slags") for text in why)
    assert "Regel 4" in _rows(w, RULE)


def test_a_person_not_yet_enrolled_is_not_counted(qtbot: QtBot, sample_db: Database) -> None:
    w = _open(qtbot, sample_db, "P-05", "work-edu")
    assert w.model.rowCount() == 0
    assert "Not counted" in w.notes.text() and "(Rule 1)" in w.notes.text()


def test_viewing_a_ledger_is_audit_logged_and_open_to_caseworkers(
    qtbot: QtBot, sample_db: Database
) -> None:
    w = _open(qtbot, sample_db, "P-01", "housed-12m", actor=CASEWORKER)
    assert w.summary["achieved_on"].text() == "31 Jan 2024"
    with sample_db.reader() as s:
        actions = s.execute(
            select(AuditEntry.account, AuditEntry.participant_key, AuditEntry.detail).where(
                AuditEntry.action == "viewed_ledger"
            )
        ).all()
    assert ("jh", "P-01", "DEMO-HF/housed-12m") in actions


def test_someone_in_no_contracted_project_is_told_so(qtbot: QtBot, sample_db: Database) -> None:
    with sample_db.unit_of_work() as s:
        person, _ = participants.create(s, LEAD, {"first_name": "Ny"})
        key = person.key
    w = _open(qtbot, sample_db, key, "work-edu")
    assert w.answer is None
    assert "has an outcome contract yet" in w.status.text()
