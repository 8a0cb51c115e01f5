"""Closing the main window asks first when any page holds unsaved work, not only the files."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from caseapp.gui.outcomes.project_page import ProjectPage

pytestmark = pytest.mark.gui


def test_closing_asks_about_a_contract_being_edited(
    qtbot: QtBot, main_window, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    main_window.closing_for_rebuild = False
    page = main_window.page("project")
    assert isinstance(page, ProjectPage)
    assert not main_window.unsaved_work()
    monkeypatch.setattr(ProjectPage, "has_unsaved", lambda self: True)  # a contract half-edited
    assert main_window.unsaved_work()
    asked: list[str] = []

    def answer(_parent: object, title: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append(title)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", answer)
    main_window.close()
    assert asked == ["Unsaved changes"] and main_window.isVisible()
    monkeypatch.setattr(ProjectPage, "has_unsaved", lambda self: False)
    main_window.close()
    assert not main_window.isVisible()
