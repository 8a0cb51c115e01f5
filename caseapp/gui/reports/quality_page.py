"""The data-quality page: what the check finds, per project or for all, each finding one
double-click from the participant's file. The check runs off the GUI thread."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from caseapp.gui import i18n
from caseapp.gui.reports.findings_model import FindingsModel
from caseapp.gui.workspace import Workspace
from caseapp.services import data_quality, projects
from caseapp.services.actor import Actor


def _project_keys(session: Session, actor: Actor) -> list[tuple[str, str]]:
    return [(p.key, p.name) for p in projects.list_projects(session, actor)]


class DataQualityPage(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("data-quality-page")
        self.workspace = workspace
        self.result: data_quality.CheckResult | None = None
        self.busy = False
        self._loaded = False
        self.project_box = QComboBox()
        self.project_box.addItem(self.tr("All projects"), None)
        self.check_button = QPushButton(self.tr("Check now"))
        self.status = QLabel("")
        self.model = FindingsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        hint = QLabel(self.tr("Double-click a finding to open the participant's file."))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Project")))
        top.addWidget(self.project_box)
        top.addWidget(self.check_button)
        top.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        self.check_button.clicked.connect(self.run_check)
        self.project_box.activated.connect(lambda _i: self.run_check())
        self.table.doubleClicked.connect(self.open_finding)

    def page_shown(self) -> None:
        if not self._loaded:
            self._loaded = True
            actor = self.workspace.actor
            self.workspace.ops.read(
                lambda s: _project_keys(s, actor), self._projects_loaded, owner=self
            )
        self.run_check()

    def _projects_loaded(self, items: list[tuple[str, str]]) -> None:
        for key, name in items:
            self.project_box.addItem(f"{name} ({key})", key)

    def run_check(self) -> None:
        if self.busy:
            return
        self.busy = True
        self.status.setText(self.tr("Checking …"))
        project = self.project_box.currentData()
        actor, today = self.workspace.actor, date.today()
        self.workspace.ops.write(
            lambda s: data_quality.check(s, actor, project, today),
            self._checked,
            self._failed,
            owner=self,
        )

    def _checked(self, result: data_quality.CheckResult) -> None:
        self.busy = False
        self.result = result
        self.model.set_findings(result.findings)
        self.table.resizeColumnsToContents()
        count = len(result.findings)
        self.status.setText(
            self.tr("{count} findings").format(count=count) if count else self.tr("No findings.")
        )

    def _failed(self, error: BaseException) -> None:
        self.busy = False
        self.status.setText(i18n.message(error))

    def open_finding(self, index: QModelIndex | Any) -> None:
        if index.isValid():
            self.workspace.open_participant.emit(self.model.finding(index.row()).participant)
