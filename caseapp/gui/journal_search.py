"""Searching the notes of every file the account may see (Ctrl+Shift+F): the newest first, the
words found marked in a reading pane, Enter opens the person's file. Each search that shows a
person's notes is audit-logged by the service."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from caseapp.gui import i18n
from caseapp.gui.i18n import N_
from caseapp.gui.participant_file.reading_pane import ReadingPane
from caseapp.gui.table_model import Column, TableModel
from caseapp.gui.workspace import Workspace
from caseapp.services import journal
from caseapp.services.journal import JournalHit

TYPING_PAUSE_MS = 250


def _when(hit: JournalHit) -> str:
    if isinstance(hit.when, datetime):
        return i18n.format_datetime(hit.when)
    return i18n.format_date(hit.when)


def _first_line(hit: JournalHit) -> str:
    return hit.text.strip().splitlines()[0] if hit.text.strip() else ""


_COLUMNS: tuple[Column[JournalHit], ...] = (
    Column(N_("Date"), _when),
    Column(N_("Participant"), lambda h: f"{h.participant_name} ({h.participant_key})"),
    Column(N_("What"), lambda h: i18n.kind(h.kind)),
    Column(N_("Text"), _first_line),
)


class JournalSearchDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journal-search")
        self.setWindowTitle(self.tr("Search notes"))
        self.workspace = workspace
        self.query = QLineEdit()
        self.query.setObjectName("journal-query")
        self.query.setClearButtonEnabled(True)
        self.query.setPlaceholderText(self.tr("Words in notes, titles and other text"))
        self.status = QLabel()
        self.status.setObjectName("journal-status")
        self.model: TableModel[JournalHit] = TableModel(_COLUMNS, self)
        self.table = QTableView()
        self.table.setObjectName("journal-hits")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.pane = ReadingPane()
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.pane)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.status)
        layout.addWidget(split, 1)
        self.resize(self.fontMetrics().averageCharWidth() * 110, self.fontMetrics().height() * 32)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.run)
        self.query.textChanged.connect(self._timer.start)
        self.query.returnPressed.connect(self._enter)
        self.table.activated.connect(self._open)
        self.table.selectionModel().currentRowChanged.connect(self._read)
        self._generation = 0
        self._say(self.tr("Type words to find them in every file you may see."))

    def _say(self, text: str) -> None:
        self.status.setText(text)

    def run(self) -> None:
        """Search for what is typed, in the background; an older answer is dropped."""
        self._timer.stop()
        query, actor = self.query.text(), self.workspace.actor
        self._generation += 1
        generation = self._generation
        if not query.strip():
            self.model.set_rows([])
            self.pane.clear_text()
            self._say(self.tr("Type words to find them in every file you may see."))
            return

        def work(session: Session) -> list[JournalHit]:
            return journal.search(session, actor, query)

        def done(hits: list[JournalHit]) -> None:
            if generation != self._generation:
                return
            self.model.set_rows(hits)
            if len(hits) >= journal.MOST_HITS:
                self._say(
                    self.tr(
                        "More than {n} notes hold these words; the {n} written last are shown. "
                        "Add a word to find fewer."
                    ).format(n=journal.MOST_HITS)
                )
            elif hits:
                self._say(self.tr("%n note(s) found", None, len(hits)))
                self.table.selectRow(0)
            else:
                self.pane.clear_text()
                self._say(self.tr("No notes hold these words. Try fewer or shorter words."))

        def failed(exc: BaseException) -> None:
            self._say(i18n.message(exc))

        self.workspace.ops.write(work, done, failed, owner=self)

    def _enter(self) -> None:
        if self.model.rows:
            self.table.setFocus()
        else:
            self.run()

    def _read(self, current: QModelIndex, _previous: Any = None) -> None:
        if not current.isValid():
            return
        hit = self.model.rows[current.row()]
        heading = f"{_when(hit)} · {hit.participant_name} ({hit.participant_key})"
        self.pane.show_text(heading, hit.text, self.query.text())

    def _open(self, index: QModelIndex) -> None:
        self.workspace.open_participant.emit(self.model.rows[index.row()].participant_key)
