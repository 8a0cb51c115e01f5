"""The outcome screens in the program: the "Project and contract" page of the main window and
the "Outcome ledger" page of a participant's file show the command line's figures."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from caseapp.gui.main_window import MainWindow
from caseapp.gui.outcomes import numbers
from caseapp.gui.outcomes.ledger_view import OutcomeLedger
from caseapp.gui.outcomes.project_page import ProjectPage
from caseapp.gui.participants.page import ParticipantsPage
from caseapp.gui.workspace import Workspace
from caseapp.storage.database import Database

from .sample_db import LEAD


@pytest.fixture
def window(qtbot: QtBot, sample_db: Database) -> Iterator[MainWindow]:
    workspace = Workspace(sample_db, LEAD)
    workspace.start()
    main = MainWindow(workspace)
    qtbot.addWidget(main)
    main.show()
    yield main
    qtbot.waitUntil(lambda: not workspace.ops.busy, timeout=10000)
    main.closing_for_rebuild = True  # type: ignore[attr-defined]
    main.close()
    workspace.stop()


def test_the_project_page_shows_the_dashboard_contract_and_history(
    qtbot: QtBot, window: MainWindow, expected: dict[str, Any]
) -> None:
    window.show_page("project")
    page = window.pages["project"]
    assert isinstance(page, ProjectPage)
    qtbot.waitUntil(lambda: page.dashboard is not None and page.dashboard.figures is not None)
    dashboard = page.dashboard
    assert dashboard is not None
    dashboard.as_of.setDate(QDate(2024, 6, 30))
    qtbot.waitUntil(
        lambda: dashboard.figures is not None and dashboard.figures.figures["as_of"] == "2024-06-30"
    )
    assert dashboard.figures is not None and dashboard.figures.figures == expected
    assert dashboard.tiles["total_amount"].value.text() == numbers.amount(195000.0)
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == [
        "Overview",
        "Contract",
        "Contract history",
    ]
    page.tabs.setCurrentIndex(1)
    assert page.editor is not None
    qtbot.waitUntil(lambda: page.editor is not None and page.editor.state is not None)
    assert not page.editor.has_unsaved()


def test_the_participant_file_has_an_outcome_ledger(
    qtbot: QtBot, window: MainWindow, expected: dict[str, Any]
) -> None:
    window.workspace.open_participant.emit("P-04")
    participants = window.pages["participants"]
    assert isinstance(participants, ParticipantsPage)
    view = participants.file("P-04")
    assert view is not None
    qtbot.waitUntil(lambda: view.loaded, timeout=10000)
    ledger = view.show_page("outcome_ledger")
    assert isinstance(ledger, OutcomeLedger)
    assert view.tabs.tabText(view.tabs.currentIndex()) == "Outcome ledger"
    qtbot.waitUntil(lambda: ledger.answer is not None and not ledger.busy, timeout=10000)
    ledger.as_of.setDate(QDate(2024, 6, 30))
    qtbot.waitUntil(lambda: ledger.answer is not None and ledger.answer.as_of == date(2024, 6, 30))
    qtbot.waitUntil(lambda: not ledger.busy)
    weekly = next(m for m in expected["metrics"] if m["id"] == "work-edu")
    row = next(r for r in weekly["by_participant"] if r["participant"] == "P-04")
    assert ledger.summary["qualifying_weeks"].text() == str(row["qualifying_weeks"])
    assert ledger.summary["paid_weeks"].text() == str(row["paid_weeks"])
    assert ledger.summary["amount"].text() == numbers.amount(row["amount"])
