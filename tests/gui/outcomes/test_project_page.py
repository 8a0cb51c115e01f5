"""The project page: choosing a project, and not losing unsaved contract edits on the way."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from caseapp.gui.outcomes.project_page import ProjectPage
from caseapp.services import projects
from caseapp.storage.database import Database

from .sample_db import COORDINATOR, LEAD


def _open(qtbot: QtBot, db: Database, actor: Any = LEAD) -> ProjectPage:
    with db.unit_of_work() as s:
        projects.create(s, LEAD, {"key": "NEW", "name": "Not agreed yet"})
    page = ProjectPage(db, actor)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.dashboard is not None and page.dashboard.figures is not None)
    return page


def test_each_project_gets_its_own_tabs(qtbot: QtBot, sample_db: Database) -> None:
    page = _open(qtbot, sample_db)
    assert page.project_box.currentData() == "DEMO-HF"
    assert [page.project_box.itemData(i) for i in range(page.project_box.count())] == [
        "DEMO-HF",
        "NEW",
    ]
    page.show_project("NEW")
    assert page.editor is not None and page.editor.project_key == "NEW"
    qtbot.waitUntil(lambda: page.dashboard is not None and not page.dashboard.busy)
    assert page.dashboard is not None and "has no contract yet" in page.dashboard.status.text()


def test_unsaved_contract_edits_are_not_lost_without_asking(
    qtbot: QtBot, sample_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _open(qtbot, sample_db)
    page.tabs.setCurrentIndex(1)
    editor = page.editor
    assert editor is not None
    qtbot.waitUntil(lambda: editor.state is not None)
    editor.form.target_participants.setValue(12)
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.pop(0))
    page.show_project("NEW")
    assert page.editor is editor and page.project_box.currentData() == "DEMO-HF"
    assert editor.has_unsaved()
    page.show_project("NEW")
    assert page.editor is not editor and page.project_box.currentData() == "NEW"


def test_a_coordinator_reads_the_contract_without_saving(qtbot: QtBot, sample_db: Database) -> None:
    page = _open(qtbot, sample_db, actor=COORDINATOR)
    page.tabs.setCurrentIndex(1)
    editor = page.editor
    assert editor is not None
    qtbot.waitUntil(lambda: editor.state is not None)
    assert editor.save_button.isHidden() and not editor.form.target_rate.isEnabled()
