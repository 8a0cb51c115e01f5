"""The "Project and contract" page: pick a project, then its dashboard, its contract and the
contract's history on three tabs. A saved contract refreshes the other two."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from caseapp.gui import i18n
from caseapp.gui.i18n import tr
from caseapp.gui.operations import Operations
from caseapp.gui.outcomes.contract_editor import ContractEditor
from caseapp.gui.outcomes.contract_history import ContractHistory
from caseapp.gui.outcomes.dashboard import ProjectDashboard
from caseapp.gui.outcomes.screen import OutcomeScreen
from caseapp.services import projects
from caseapp.services.actor import Actor, Can
from caseapp.storage.database import Database


def _project_names(session: Session, actor: Actor) -> list[tuple[str, str]]:
    return [(p.key, p.name) for p in projects.list_projects(session, actor)]


class ProjectPage(OutcomeScreen):
    """`project_shown` is emitted with the key each time a project's tabs are built."""

    project_shown = Signal(str)

    def __init__(
        self,
        db: Database,
        actor: Actor,
        *,
        ops: Operations | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, actor, ops, parent)
        self.dashboard: ProjectDashboard | None = None
        self.editor: ContractEditor | None = None
        self.history: ContractHistory | None = None
        self.project_box = QComboBox()
        self.project_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.project_box.setMinimumContentsLength(30)
        self.status = QLabel("")
        self.tabs = QTabWidget()
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Project")))
        top.addWidget(self.project_box)
        top.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.project_box.currentIndexChanged.connect(self._chosen)

    def has_unsaved(self) -> bool:
        return self.editor is not None and self.editor.has_unsaved()

    def reload(self) -> None:
        """Fetch the list of projects again (a project was added or imported)."""
        self._asked = True
        actor = self._actor
        self._ops.read(lambda s: _project_names(s, actor), self._listed, self._failed, owner=self)

    def refresh(self) -> None:
        """Work the dashboard's figures out again (data changed)."""
        if self.dashboard is not None and self.dashboard.isVisible():
            self.dashboard.reload()

    def data_changed(self, _changes: object = None) -> None:
        """Someone changed data: new figures for a dashboard on screen; a changed contract is
        shown when no unsaved edit would be lost."""
        self.refresh()
        if self.history is not None and self.history.isVisible():
            self.history.reload()
        if self.editor is not None and self.editor.isVisible() and not self.editor.has_unsaved():
            self.editor.reload()

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(i18n.message(exc))

    def _listed(self, found: list[tuple[str, str]]) -> None:
        chosen = self.project_box.currentData()
        self.project_box.blockSignals(True)
        self.project_box.clear()
        for key, name in found:
            self.project_box.addItem(f"{name} ({key})", key)
        index = self.project_box.findData(chosen)
        self.project_box.setCurrentIndex(max(index, 0))
        self.project_box.blockSignals(False)
        self.status.setText("" if found else tr("There are no projects yet."))
        if found and (index < 0 or self.dashboard is None):
            self._chosen()

    def show_project(self, key: str) -> None:
        self.project_box.setCurrentIndex(self.project_box.findData(key))

    def _chosen(self) -> None:
        key = self.project_box.currentData()
        if not key:
            return
        if self.editor is not None and key != self.editor.project_key and not self._may_leave():
            self.project_box.blockSignals(True)
            self.project_box.setCurrentIndex(self.project_box.findData(self.editor.project_key))
            self.project_box.blockSignals(False)
            return
        current = self.tabs.currentIndex()
        while self.tabs.count():
            old = self.tabs.widget(0)
            self.tabs.removeTab(0)
            if old is not None:
                old.deleteLater()
        db, actor, ops = self._db, self._actor, self._ops
        self.dashboard = self.editor = self.history = None
        if actor.can(Can.VIEW_FIGURES):
            self.dashboard = ProjectDashboard(db, actor, key, ops=ops)
            self.editor = ContractEditor(db, actor, key, ops=ops)
            self.history = ContractHistory(db, actor, key, ops=ops)
            self.tabs.addTab(self.dashboard, tr("Overview"))
            self.tabs.addTab(self.editor, tr("Contract"))
            self.tabs.addTab(self.history, tr("Contract history"))
            self.editor.saved.connect(self._contract_saved)
            self.tabs.setCurrentIndex(max(current, 0))
        self.project_shown.emit(key)

    def _may_leave(self) -> bool:
        """Ask before unsaved contract edits are thrown away."""
        if not self.has_unsaved():
            return True
        answer = QMessageBox.question(
            self,
            tr("Unsaved changes"),
            tr("The contract has changes that are not saved. Throw them away?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def _contract_saved(self) -> None:
        if self.dashboard is not None:
            self.dashboard.reload()
        if self.history is not None:
            self.history.reload()
