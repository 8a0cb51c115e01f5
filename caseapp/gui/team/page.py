"""The team lead's screen: per key worker the caseload and what needs attention; a double-click on
a number lists the participants behind it, who can be opened or reassigned (one or many at a
time); below, the files opened outside access, to review."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from caseapp.gui import i18n
from caseapp.gui.headings import page_heading
from caseapp.gui.i18n import N_, tr
from caseapp.gui.participants.list_model import days_text
from caseapp.gui.table_model import Column, TableModel
from caseapp.gui.table_view import read_only_table
from caseapp.gui.workspace import Workspace
from caseapp.services import access, team
from caseapp.services.caseload import ParticipantRow
from caseapp.services.team import TeamView, WorkerLoad

# The count columns of the worker table, and which list of a WorkerLoad each one opens.
LISTS: tuple[tuple[str, str], ...] = (
    ("caseload", N_("Caseload")),
    ("not_seen", N_("Not seen 14+ days")),
    ("overdue_tasks", N_("Overdue tasks")),
    ("unverified_jobs", N_("Jobs without evidence")),
)


def _worker_name(w: WorkerLoad) -> str:
    return w.name if w.key else tr(N_("(no key worker)"))


def _count_of(attr: str) -> Callable[[WorkerLoad], str]:
    return lambda w: str(len(getattr(w, attr)))


def _worker_columns() -> list[Column[WorkerLoad]]:
    columns: list[Column[WorkerLoad]] = [Column(N_("Key worker"), _worker_name)]
    for attr, header in LISTS:
        columns.append(Column(header, _count_of(attr)))
    columns.append(Column(N_("Last contact"), lambda w: i18n.format_datetime(w.last_contact)))
    return columns


def _people_columns() -> list[Column[ParticipantRow]]:
    return [
        Column(N_("Participant"), lambda r: r.key),
        Column(N_("Name"), lambda r: r.name),
        Column(N_("Project"), lambda r: r.project or ""),
        Column(N_("Status"), lambda r: i18n.code("status", r.status)),
        Column(N_("Last contact"), lambda r: days_text(r.days_since_contact(date.today()))),
    ]


def _break_columns() -> list[Column[access.Break]]:
    return [
        Column(N_("When"), lambda b: i18n.format_datetime(b.at.astimezone())),
        Column(N_("Who"), lambda b: b.name),
        Column(N_("Participant"), lambda b: b.participant),
        Column(N_("Reason"), lambda b: b.reason),
        Column(
            N_("Reviewed"),
            lambda b: (
                f"{b.reviewed_by} {i18n.format_date(b.reviewed_at.date())}" if b.reviewed_at else ""
            ),
        ),
    ]


class TeamPage(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("team-page")
        self.workspace = workspace
        self.view: TeamView | None = None
        self.chosen: tuple[str, str] | None = None  # (worker key, list attribute)
        self.workers: TableModel[WorkerLoad] = TableModel(_worker_columns(), self)
        self.people: TableModel[ParticipantRow] = TableModel(_people_columns(), self)
        self.breaks_model: TableModel[access.Break] = TableModel(_break_columns(), self)

        intro = QLabel(
            self.tr(
                "Each key worker's caseload and what needs attention. "
                "Double-click a number to see who."
            )
        )
        intro.setWordWrap(True)
        self.worker_table = read_only_table("team-workers", self.workers)
        self.worker_table.activated.connect(self._choose)
        self.worker_table.doubleClicked.connect(self._choose)

        self.list_title = QLabel(
            self.tr("Choose a number above to list the participants behind it.")
        )
        self.list_title.setObjectName("team-list-title")
        self.people_table = read_only_table("team-people", self.people, multi=True)
        self.people_table.activated.connect(self._open)
        self.target = QComboBox()
        self.target.setObjectName("team-target")
        self.reassign_button = QPushButton(self.tr("Reassign the selected"))
        self.reassign_button.setObjectName("team-reassign")
        self.reassign_button.clicked.connect(self.ask_reassign)
        target_label = QLabel(self.tr("Reassign to"))
        target_label.setBuddy(self.target)
        actions = QHBoxLayout()
        actions.addWidget(target_label)
        actions.addWidget(self.target, 1)
        actions.addWidget(self.reassign_button)
        people_box = QWidget()
        people_layout = QVBoxLayout(people_box)
        people_layout.setContentsMargins(0, 0, 0, 0)
        people_layout.addWidget(self.list_title)
        people_layout.addWidget(self.people_table, 1)
        people_layout.addLayout(actions)

        self.breaks_box = QGroupBox(self.tr("Files opened outside access"))
        breaks_intro = QLabel(
            self.tr(
                "Who opened a file outside their projects, and why. "
                "Mark each reviewed once you have looked."
            )
        )
        breaks_intro.setWordWrap(True)
        self.breaks_table = read_only_table("team-breaks", self.breaks_model)
        self.unreviewed_only = QCheckBox(self.tr("Only those not reviewed"))
        self.unreviewed_only.setChecked(True)
        self.unreviewed_only.toggled.connect(lambda _on: self.load_breaks())
        self.review_button = QPushButton(self.tr("Mark reviewed"))
        self.review_button.setObjectName("team-mark-reviewed")
        self.review_button.clicked.connect(self.mark_reviewed)
        self.breaks_empty = QLabel(self.tr("No file has been opened outside access."))
        self.breaks_empty.setObjectName("team-breaks-empty")
        review_row = QHBoxLayout()
        review_row.addWidget(self.unreviewed_only)
        review_row.addStretch(1)
        review_row.addWidget(self.review_button)
        breaks_layout = QVBoxLayout(self.breaks_box)
        breaks_layout.addWidget(breaks_intro)
        breaks_layout.addWidget(self.breaks_table, 1)
        breaks_layout.addWidget(self.breaks_empty)
        breaks_layout.addLayout(review_row)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.worker_table)
        splitter.addWidget(people_box)
        splitter.addWidget(self.breaks_box)
        splitter.setChildrenCollapsible(False)
        # The team first: a lead scans the counts, then the list behind one, then the reviews.
        for position, stretch in enumerate((3, 3, 1)):
            splitter.setStretchFactor(position, stretch)
        self.message = QLabel()
        self.message.setObjectName("team-message")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(page_heading(self.tr("Your team")))
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        self.setTabOrder(self.worker_table, self.people_table)
        self.setTabOrder(self.people_table, self.target)
        self.setTabOrder(self.target, self.reassign_button)
        self.setTabOrder(self.reassign_button, self.breaks_table)
        workspace.data_changed.connect(lambda _found: self.reload())
        self.loaded_once = False

    # --- loading ------------------------------------------------------------------------

    def page_shown(self) -> None:
        if not self.loaded_once:
            self.reload()

    def reload(self) -> None:
        actor, today = self.workspace.actor, date.today()

        def work(session: Session) -> TeamView:
            return team.team_view(session, actor, today)

        self.workspace.ops.write(work, self._show, self._failed, owner=self)
        self.load_breaks()

    def _show(self, view: TeamView) -> None:
        self.loaded_once = True
        self.view = view
        selected = self._selected_worker_row()
        self.workers.set_rows(view.workers)
        if selected is not None and selected < len(view.workers):
            self.worker_table.selectRow(selected)
        current = self.target.currentData()
        self.target.clear()
        for w in view.workers:
            if w.key:
                self.target.addItem(w.name, w.key)
        if current is not None:
            self.target.setCurrentIndex(max(0, self.target.findData(current)))
        self._show_list()

    def _selected_worker_row(self) -> int | None:
        rows = self.worker_table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def load_breaks(self) -> None:
        actor, only = self.workspace.actor, self.unreviewed_only.isChecked()

        def work(session: Session) -> list[access.Break]:
            return access.breaks(session, actor, unreviewed_only=only)

        self.workspace.ops.write(work, self._show_breaks, self._failed, owner=self)

    def _show_breaks(self, rows: list[access.Break]) -> None:
        self.breaks_model.set_rows(rows)
        self.breaks_table.setVisible(bool(rows))
        self.breaks_empty.setVisible(not rows)
        open_count = sum(1 for b in rows if b.reviewed_at is None)
        title = self.tr("Files opened outside access")
        if open_count:
            title += " · " + self.tr("{n} to review").format(n=open_count)
        self.breaks_box.setTitle(title)

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(i18n.message(exc))

    # --- the list behind a number -------------------------------------------------------

    def _choose(self, index: QModelIndex) -> None:
        if self.view is None or not index.isValid():
            return
        worker = self.workers.rows[index.row()]
        column = index.column() - 1
        attr = LISTS[column][0] if 0 <= column < len(LISTS) else "caseload"
        self.show_list(worker.key, attr)

    def show_list(self, worker_key: str, attr: str) -> None:
        self.chosen = (worker_key, attr)
        self._show_list()

    def _show_list(self) -> None:
        if self.view is None or self.chosen is None:
            return
        worker = self.view.worker(self.chosen[0])
        keys: list[str] = getattr(worker, self.chosen[1]) if worker else []
        self.people.set_rows([self.view.rows[k] for k in keys if k in self.view.rows])
        what = tr(dict(LISTS)[self.chosen[1]])
        name = _worker_name(worker) if worker else self.chosen[0]
        self.list_title.setText(
            self.tr("{what} · {worker} ({n})").format(what=what, worker=name, n=len(keys))
        )

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.workspace.open_participant.emit(self.people.rows[index.row()].key)

    def selected_keys(self) -> list[str]:
        rows = sorted(i.row() for i in self.people_table.selectionModel().selectedRows())
        return [self.people.rows[r].key for r in rows]

    # --- reassigning --------------------------------------------------------------------

    def ask_reassign(self) -> None:
        keys = self.selected_keys()
        if not keys:
            self.message.setText(self.tr("Select one or more participants in the list first."))
            return
        worker = self.target.currentText()
        answer = QMessageBox.question(
            self,
            self.tr("Reassign participants"),
            self.tr("Make {worker} the key worker of %n participant(s)?", None, len(keys)).format(
                worker=worker
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.reassign(keys, str(self.target.currentData()))

    def reassign(self, keys: list[str], worker_key: str) -> None:
        actor = self.workspace.actor
        name = self.target.itemText(max(0, self.target.findData(worker_key)))

        def work(session: Session) -> int:
            return team.reassign(session, actor, keys, worker_key)

        def done(_changed: int) -> None:
            self.message.setText(
                self.tr(
                    "{worker} is now the key worker of %n participant(s).", None, len(keys)
                ).format(worker=name)
            )
            self.workspace.saved()
            self.reload()

        self.workspace.ops.write(work, done, self._failed, owner=self)

    # --- reviewing ----------------------------------------------------------------------

    def mark_reviewed(self) -> None:
        rows = self.breaks_table.selectionModel().selectedRows()
        if not rows:
            return
        chosen = self.breaks_model.rows[rows[0].row()].id
        actor = self.workspace.actor

        def work(session: Session) -> None:
            access.mark_reviewed(session, actor, chosen)

        self.workspace.ops.write(work, lambda _none: self.load_breaks(), self._failed, owner=self)
