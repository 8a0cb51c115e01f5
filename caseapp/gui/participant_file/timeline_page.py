"""The file's first page: everything that happened to the person, newest first.

The reading pane below shows the whole text of the chosen event; the search field keeps only
the events whose text holds every word typed (Danish spellings forgiven), marked in the pane.
A double-click (or Enter) goes to the record behind an event on its own page.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain import danish_text
from caseapp.gui import i18n
from caseapp.gui.i18n import N_, tr
from caseapp.gui.participant_file.context import FileContext
from caseapp.gui.participant_file.journal_print import JournalPrintDialog
from caseapp.gui.participant_file.reading_pane import ReadingPane, record_text
from caseapp.gui.participant_file.registry import FilePageSpec, register
from caseapp.gui.table_model import Column, TableModel
from caseapp.services.participant_file import ParticipantFile, TimelineEntry

_EVENTS = {
    "contact": N_("Contact: {code}"),
    "started": N_("{kind} started: {code}"),
    "ended": N_("{kind} ended: {code}"),
    "goal_set": N_("Goal set ({code})"),
    "goal_achieved": N_("Goal achieved ({code})"),
    "task_due": N_("Task due"),
    "task_done": N_("Task done"),
    "referred": N_("Referred to {code}"),
    "intake": N_("Intake ({code})"),
    "consent": N_("Consent given ({code})"),
    "enrolled": N_("Enrolled in {code}"),
    "exited": N_("Exited: {code}"),
}
_CODE_GROUPS = {
    ("contact", "contact"): "contact_mode",
    ("housing", "started"): "housing",
    ("housing", "ended"): "housing",
    ("activity", "started"): "activity",
    ("activity", "ended"): "activity",
    ("support", "started"): "support",
    ("support", "ended"): "support",
    ("goal", "goal_set"): "goal_area",
    ("goal", "goal_achieved"): "goal_area",
    ("enrolment", "exited"): "exit_reason",
}


def event_text(entry: TimelineEntry) -> str:
    group = _CODE_GROUPS.get((entry.kind, entry.event))
    code = i18n.code(group, entry.code) if group else (entry.code or "")
    return tr(_EVENTS[entry.event]).format(kind=i18n.kind(entry.kind), code=code)


def _when(entry: TimelineEntry) -> str:
    if entry.event == "contact":
        return i18n.format_datetime(entry.at)
    return i18n.format_date(entry.at.date())


_COLUMNS: tuple[Column[TimelineEntry], ...] = (
    Column(N_("Date"), _when),
    Column(N_("What"), event_text),
    Column(N_("Details"), lambda e: e.text),
)


class TimelineModel(TableModel[TimelineEntry]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(_COLUMNS, parent)

    def role_data(self, row: TimelineEntry, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == 2 and row.text:
            return row.text
        return None


class TimelinePage(QWidget):
    def __init__(self, ctx: FileContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("page-timeline")
        self.model = TimelineModel(self)
        self.show_only = QComboBox()
        self.show_only.addItem(self.tr("Everything"), None)
        for kind in ("contact", "housing", "activity", "support", "goal", "task", "enrolment"):
            self.show_only.addItem(i18n.kind(kind), kind)
        label = QLabel(self.tr("Show"))
        label.setBuddy(self.show_only)
        self.table = QTableView()
        self.table.setObjectName("timeline-table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(30)  # measure a few rows, not a thousand contacts
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.search = QLineEdit()
        self.search.setObjectName("timeline-search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search the notes of this file"))
        self.pane = ReadingPane()
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.show_only)
        top.addWidget(self.search, 1)
        self.print_button = QPushButton(self.tr("Print journal…"))
        self.print_button.setObjectName("print-journal")
        self.print_button.setToolTip(self.tr("Save the journal for a period as a PDF file"))
        self.print_button.clicked.connect(self.print_journal)
        top.addWidget(self.print_button)
        self.print_dialog: JournalPrintDialog | None = None
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.pane)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.empty = QLabel()
        self.empty.setObjectName("timeline-empty")
        self.empty.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addWidget(self.splitter, 1)
        self.show_only.currentIndexChanged.connect(self._refilter)
        self.search.textChanged.connect(self._refilter)
        self.table.activated.connect(self._go_to_record)
        self.table.selectionModel().currentRowChanged.connect(self._read)
        self._entries: list[TimelineEntry] = []
        self._texts: dict[str, str] = {}  # uuid -> the record's whole text

    def show_file(self, pf: ParticipantFile) -> None:
        self._entries = pf.timeline
        self._texts = {row.uuid: record_text(row) for rows in pf.records.values() for row in rows}
        self._refilter()

    def print_journal(self) -> None:
        self.print_dialog = JournalPrintDialog(self.ctx, self)
        self.print_dialog.open()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _refilter(self) -> None:
        kind = self.show_only.currentData()
        terms = danish_text.search_terms(self.search.text())
        shown = [
            e
            for e in self._entries
            if (kind is None or e.kind == kind)
            and (
                not terms
                or danish_text.matches(terms, danish_text.search_text(self._texts.get(e.uuid, "")))
            )
        ]
        self.model.set_rows(shown)
        if not shown:
            self.empty.setText(
                self.tr("No notes hold these words. Try fewer or shorter words.")
                if terms
                else self.tr("Nothing has been recorded yet. Log a contact with Ctrl+K.")
            )
        self.empty.setVisible(not shown)
        if shown:
            self.table.selectRow(0)
        else:
            self.pane.clear_text()

    def _read(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        if not current.isValid():
            self.pane.clear_text()
            return
        entry = self.model.rows[current.row()]
        heading = f"{_when(entry)} · {event_text(entry)}"
        self.pane.show_text(heading, self._texts.get(entry.uuid, ""), self.search.text())

    def _go_to_record(self, index: QModelIndex) -> None:
        entry = self.model.rows[index.row()]
        self.ctx.show_record.emit(entry.kind, entry.uuid)


register(FilePageSpec("timeline", N_("Timeline"), 10, TimelinePage))
