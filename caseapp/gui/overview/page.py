"""The signed-in worker's desk: four lists, each one click (or Enter) away from the file."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from caseapp.gui import i18n
from caseapp.gui.headings import page_heading
from caseapp.gui.i18n import N_, tr
from caseapp.gui.overview.list_model import Column, OverviewListModel
from caseapp.gui.participants.list_model import days_text
from caseapp.gui.workspace import Workspace
from caseapp.services import caseload
from caseapp.services.caseload import Overview, ParticipantRow, TaskDue


def _days(row: ParticipantRow) -> str:
    return days_text(row.days_since_contact(date.today()))


def _models(parent: QWidget) -> dict[str, OverviewListModel]:
    def key(item: object) -> str:
        return str(getattr(item, "participant_key", None) or getattr(item, "key", ""))

    name: Column[Any] = Column(N_("Participant"), lambda i: i.participant_name or i.participant_key)
    return {
        "not_seen": OverviewListModel(
            [
                Column(N_("Participant"), lambda r: r.name or r.key),
                Column(N_("Last seen"), _days),
                Column(N_("Housing now"), lambda r: i18n.code("housing", r.housing)),
            ],
            key,
            parent=parent,
        ),
        "tasks": OverviewListModel(
            [
                Column(N_("Due"), lambda t: i18n.format_date(t.due_on)),
                name,
                Column(N_("Task"), lambda t: t.title),
            ],
            key,
            warn=lambda t: isinstance(t, TaskDue) and t.overdue(date.today()),
            parent=parent,
        ),
        "jobs": OverviewListModel(
            [
                name,
                Column(N_("Job or education"), lambda j: i18n.code("activity", j.type)),
                Column(N_("Since"), lambda j: i18n.format_date(j.start)),
                Column(N_("Employer/school"), lambda j: j.employer or ""),
            ],
            key,
            parent=parent,
        ),
        "contacts": OverviewListModel(
            [
                Column(N_("When"), lambda c: i18n.format_datetime(c.at)),
                name,
                Column(N_("Mode"), lambda c: i18n.code("contact_mode", c.mode)),
                Column(
                    N_("Topics"),
                    lambda c: ", ".join(i18n.code("contact_topic", t) for t in c.topics),
                ),
            ],
            key,
            parent=parent,
        ),
    }


_EMPTY = {
    "not_seen": N_("Everyone has been seen within the last 14 days."),
    "tasks": N_("No tasks due this week."),
    "jobs": N_("Every job and education has evidence."),
    "contacts": N_("No contacts in the last 30 days."),
}
_TITLES = {
    "not_seen": N_("Not seen for 14 days or more"),
    "tasks": N_("Tasks due this week and overdue"),
    "jobs": N_("Jobs and education without evidence"),
    "contacts": N_("Recent contacts"),
}


class OverviewPage(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overview-page")
        self.workspace = workspace
        self.greeting = page_heading()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.models = _models(self)
        self.tables: dict[str, QTableView] = {}
        self.boxes: dict[str, QGroupBox] = {}
        self.stacks: dict[str, QStackedWidget] = {}
        grid = QGridLayout()
        for i, (name, model) in enumerate(self.models.items()):
            table = QTableView()
            table.setObjectName(f"overview-{name}")
            table.setModel(model)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setAlternatingRowColors(True)
            table.setWordWrap(False)
            table.verticalHeader().setVisible(False)
            table.horizontalHeader().setStretchLastSection(True)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.setToolTip(self.tr("Click a row to open the file"))
            table.clicked.connect(lambda index, model=model: self._open(model, index))
            table.activated.connect(lambda index, model=model: self._open(model, index))
            box = QGroupBox()
            empty = QLabel(tr(_EMPTY[name]))
            empty.setObjectName(f"overview-{name}-empty")
            empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            empty.setWordWrap(True)
            stack = QStackedWidget()
            stack.addWidget(table)
            stack.addWidget(empty)
            QVBoxLayout(box).addWidget(stack)
            self.stacks[name] = stack
            grid.addWidget(box, i // 2, i % 2)
            self.tables[name] = table
            self.boxes[name] = box
        top = QHBoxLayout()
        heading = QVBoxLayout()
        heading.addWidget(self.greeting)
        heading.addWidget(self.summary)
        top.addLayout(heading, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(grid, 1)
        workspace.data_changed.connect(lambda _found: self.reload())
        self.loaded_once = False
        self._waiting = False
        self._titles(None)
        self.greeting.setText(self.tr("Hello, {name}").format(name=workspace.actor.name))

    def page_shown(self) -> None:
        if not self.loaded_once:
            self.reload()

    def reload(self) -> None:
        # At start-up the participant list loads first; the overview follows it, rather than
        # both competing for the same few cores.
        if not self.workspace.caseload.ready:
            if not self._waiting:
                self._waiting = True
                self.workspace.caseload.loaded.connect(self._list_ready)
            return
        self._load()

    def _list_ready(self) -> None:
        if self._waiting:
            self._waiting = False
            self.workspace.caseload.loaded.disconnect(self._list_ready)
            self._load()

    def _load(self) -> None:
        actor, today = self.workspace.actor, date.today()

        def work(session: Session) -> Overview:
            return caseload.overview(session, actor, today)

        self.workspace.ops.read(work, self._show, owner=self)

    def _show(self, view: Overview) -> None:
        self.loaded_once = True
        self.models["not_seen"].set_rows(view.not_seen)
        self.models["tasks"].set_rows(view.tasks)
        self.models["jobs"].set_rows(view.unverified_jobs)
        self.models["contacts"].set_rows(view.recent_contacts)
        self._titles(view)
        for name, model in self.models.items():
            self.stacks[name].setCurrentIndex(0 if model.rowCount() else 1)
        overdue = sum(1 for t in view.tasks if t.overdue(date.today()))
        self.summary.setText(
            self.tr(
                "{not_seen} of your participants not seen for 14 days or more · "
                "{tasks} tasks due ({overdue} overdue) · {jobs} without evidence"
            ).format(
                not_seen=len(view.not_seen),
                tasks=len(view.tasks),
                overdue=overdue,
                jobs=len(view.unverified_jobs),
            )
        )

    def _titles(self, view: Overview | None) -> None:
        counts = {
            "not_seen": len(view.not_seen) if view else None,
            "tasks": len(view.tasks) if view else None,
            "jobs": len(view.unverified_jobs) if view else None,
            "contacts": len(view.recent_contacts) if view else None,
        }
        for name, box in self.boxes.items():
            title = tr(_TITLES[name])
            count = counts[name]
            box.setTitle(title if count is None else f"{title} ({count})")

    def _open(self, model: OverviewListModel, index: QModelIndex) -> None:
        self.workspace.open_participant.emit(model.participant_key(index.row()))
