"""Drives the participant list: typing searches, filters narrow, Enter opens the file.

Every keystroke filters the in-memory index directly (no timer): it takes a few milliseconds
even for 10,000 people, and the user sees the list follow their typing.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox

from caseapp.gui import i18n, settings
from caseapp.gui.caseload_store import CaseloadStore
from caseapp.gui.i18n import tr
from caseapp.gui.participants.list_model import ParticipantListModel
from caseapp.gui.participants.list_view import ParticipantListView
from caseapp.services.caseload_search import ListFilter

_HEADER_STATE = "participants/header"
# Typical widths of the columns in characters (key, name, age, project, status, key worker,
# housing, activity, days since contact, next task).
_WIDTHS = (10, 22, 6, 10, 13, 20, 22, 18, 10, 30)


class ParticipantListController(QObject):
    open_requested = Signal(str)
    contact_requested = Signal(str)

    def __init__(self, view: ParticipantListView, store: CaseloadStore) -> None:
        super().__init__(view)
        self.view = view
        self.store = store
        self.model = ParticipantListModel(view)
        view.table.setModel(self.model)
        self._restore_header()
        self._fill_statuses()
        store.loaded.connect(self._loaded)
        store.rows_changed.connect(self._rows_changed)
        view.search.textChanged.connect(self.apply_filter)
        for combo in (view.project, view.status, view.key_worker):
            combo.currentIndexChanged.connect(self.apply_filter)
        view.not_seen.toggled.connect(self.apply_filter)
        view.unverified.toggled.connect(self.apply_filter)
        view.table.activated.connect(self._activated)
        view.open_button.clicked.connect(self._open_selected)
        view.contact_button.clicked.connect(self._contact_selected)
        view.table.selectionModel().selectionChanged.connect(self._selection_changed)
        view.search.installEventFilter(self)
        # Column widths and sorting are remembered, written a moment after the last change.
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(1000)
        self._save_timer.timeout.connect(self._save_header)
        header = view.table.horizontalHeader()
        header.sectionResized.connect(lambda *_: self._save_timer.start())
        header.sortIndicatorChanged.connect(lambda *_: self._save_timer.start())
        self._selection_changed()
        if store.ready:
            self._loaded()

    # Loading

    def _loaded(self) -> None:
        selected = self.selected_key()
        index = self.store.index
        self._fill_filters()
        self.model.set_index(index, self.store.today)
        if not self.model.sorted:
            self._reapply_sort()
        self._show_count()
        if selected:
            self.select_key(selected)
        if not self.selected_key() and self.model.rowCount():
            self.view.table.selectRow(0)

    def _rows_changed(self, keys: frozenset[str]) -> None:
        """A change to a few people: their rows alone are redrawn, the rest left as it is."""
        self._fill_filters()
        self.model.update_rows(self.store.index, keys)
        self._show_count()

    def _fill_filters(self) -> None:
        index = self.store.index
        self._fill_combo(
            self.view.project,
            tr("All projects"),
            sorted({(r.project, r.project) for r in index.rows if r.project}),
        )
        workers = {
            (r.key_worker, r.key_worker_name or r.key_worker) for r in index.rows if r.key_worker
        }
        self._fill_combo(
            self.view.key_worker,
            tr("All key workers"),
            sorted(workers, key=lambda w: i18n.sort_key(w[1])),
        )

    def _reapply_sort(self) -> None:
        header = self.view.table.horizontalHeader()
        if header.sortIndicatorSection() >= 0 and header.isSortIndicatorShown():
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())

    def _fill_statuses(self) -> None:
        self._fill_combo(
            self.view.status,
            tr("All statuses"),
            [(c, i18n.code("status", c)) for c in ("referred", "enrolled", "exited")],
        )

    @staticmethod
    def _fill_combo(combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for code, text in items:
            combo.addItem(text, code)
        found = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(found, 0))
        combo.blockSignals(False)

    # Searching and filtering

    def apply_filter(self) -> None:
        v = self.view
        self.model.set_filter(
            ListFilter(
                text=v.search.text(),
                project=v.project.currentData(),
                status=v.status.currentData(),
                key_worker=v.key_worker.currentData(),
                not_seen=v.not_seen.isChecked(),
                unverified_job=v.unverified.isChecked(),
            )
        )
        self._show_count()
        if self.model.rowCount() and not self.selected_key():
            self.view.table.selectRow(0)

    def _show_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total()
        if shown == total:
            text = tr("%n participant(s)", None, total)
        else:
            text = tr("{shown} of {total} participants").format(shown=shown, total=total)
        self.view.count.setText(text)
        # An empty list says why, and what to do.
        if total == 0:
            self.view.empty.setText(
                tr("No participants yet. Register the first with New participant….")
            )
        elif shown == 0:
            self.view.empty.setText(
                tr("No participant matches the search and filters. Clear them to see everyone.")
            )
        self.view.empty.setVisible(shown == 0)

    # Selection and opening

    def selected_key(self) -> str | None:
        rows = self.view.table.selectionModel().selectedRows()
        return self.model.key_at(rows[0].row()) if rows else None

    def select_key(self, key: str) -> None:
        row = self.model.row_of(key)
        if row is not None:
            self.view.table.selectRow(row)
            self.view.table.scrollTo(self.model.index(row, 0))

    def _selection_changed(self, *_args: object) -> None:
        chosen = self.selected_key() is not None
        self.view.open_button.setEnabled(chosen)
        self.view.contact_button.setEnabled(chosen)

    def _activated(self, index: QModelIndex) -> None:
        self.open_requested.emit(self.model.key_at(index.row()))

    def _open_selected(self) -> None:
        key = self.selected_key()
        if key:
            self.open_requested.emit(key)

    def _contact_selected(self) -> None:
        key = self.selected_key()
        if key:
            self.contact_requested.emit(key)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # From the search box, Down goes to the list and Enter opens the first match.
        if watched is self.view.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Down and self.model.rowCount():
                self.view.table.setFocus()
                if not self.selected_key():
                    self.view.table.selectRow(0)
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.model.rowCount():
                self.open_requested.emit(self.selected_key() or self.model.key_at(0))
                return True
        return super().eventFilter(watched, event)

    # Remembering the columns

    def _restore_header(self) -> None:
        state = settings.settings().value(_HEADER_STATE)
        if state is not None:
            self.view.table.horizontalHeader().restoreState(state)
        else:
            header = self.view.table.horizontalHeader()
            header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
            # First use: room for typical contents (later the user's own widths are kept).
            char = self.view.fontMetrics().averageCharWidth()
            for column, chars in enumerate(_WIDTHS):
                title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
                wanted = max(
                    chars * char, self.view.fontMetrics().horizontalAdvance(title) + 4 * char
                )
                header.resizeSection(column, wanted)

    def _save_header(self) -> None:
        settings.settings().setValue(_HEADER_STATE, self.view.table.horizontalHeader().saveState())
