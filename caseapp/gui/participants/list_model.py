"""The participant list as a Qt table model over the in-memory caseload index.

The model holds only the positions of the rows that pass the search and filters, in sort order;
a cell's text is made when the view asks for it, so only the visible rows cost anything.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from caseapp.gui import i18n
from caseapp.gui.i18n import N_, tr
from caseapp.gui.icons import Icon, icon
from caseapp.services.caseload import NOT_SEEN_DAYS, ParticipantRow
from caseapp.services.caseload_search import COLUMNS, CaseloadIndex, ListFilter

HEADERS: dict[str, str] = {
    "key": N_("Key"),
    "name": N_("Name"),
    "age": N_("Age"),
    "project": N_("Project"),
    "status": N_("Status"),
    "key_worker": N_("Key worker"),
    "housing": N_("Housing now"),
    "activity": N_("Work/education now"),
    "days_since_contact": N_("Last seen"),
    "next_task": N_("Next task"),
}
_GROUPS = {"status": "status", "housing": "housing", "activity": "activity"}
WARNING = QColor(179, 38, 30)

AnyIndex = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()  # the invalid index: a table's rows have no parent
KEY_ROLE = Qt.ItemDataRole.UserRole + 1


def days_text(days: int | None) -> str:
    """How long ago someone was seen: "today", "1 day", "13 days", "never"."""
    if days is None:
        return tr("never")
    if days == 0:
        return tr("today")
    return tr("%n day(s)", None, days)


def _label(column: str, code: str) -> str:
    group = _GROUPS.get(column)
    return i18n.code(group, code) if group else code


class ParticipantListModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._index = CaseloadIndex([])
        self._today = date.today()
        self._filter = ListFilter()
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._shown: list[int] = []
        self._texts: dict[int, tuple[str, ...]] = {}  # index position -> cell texts

    # What the list shows

    def set_index(self, index: CaseloadIndex, today: date) -> None:
        self.beginResetModel()
        self._index, self._today = index, today
        self._texts.clear()
        self._shown = self._select()
        self.endResetModel()

    def update_rows(self, index: CaseloadIndex, keys: frozenset[str]) -> None:
        """The rows of `keys` changed (`index` holds them, every other row as it was): only
        those cells are redrawn; the list moves only when one of them now sorts elsewhere or
        leaves or joins the filtered rows, keeping the selection either way."""
        positions = [p for p in (index.position(k) for k in keys) if p is not None]
        self._index = index
        for position in positions:
            self._texts.pop(position, None)
        shown = self._select()
        if shown != self._shown:
            self._relayout(shown)
            return
        where = {position: row for row, position in enumerate(self._shown)}
        last = len(COLUMNS) - 1
        for position in positions:
            row = where.get(position)
            if row is not None:
                self.dataChanged.emit(self.index(row, 0), self.index(row, last))

    def set_filter(self, f: ListFilter) -> None:
        if f == self._filter:
            return
        self.beginResetModel()
        self._filter = f
        self._shown = self._select()
        self.endResetModel()

    @property
    def sorted(self) -> bool:
        return self._sort is not None

    @property
    def list_filter(self) -> ListFilter:
        return self._filter

    def total(self) -> int:
        return len(self._index)

    def row_at(self, row: int) -> ParticipantRow:
        return self._index.rows[self._shown[row]]

    def key_at(self, row: int) -> str:
        return self.row_at(row).key

    def row_of(self, key: str) -> int | None:
        position = self._index.position(key)
        if position is None:
            return None
        try:
            return self._shown.index(position)
        except ValueError:
            return None

    def _select(self) -> list[int]:
        shown = self._index.select(self._filter, self._today)
        if self._sort is not None:
            column, order = self._sort
            shown = self._index.order(
                shown,
                COLUMNS[column],
                order == Qt.SortOrder.DescendingOrder,
                self._today,
                _label,
                i18n.current(),
                i18n.sort_key,
            )
        return shown

    # Qt's model interface

    def rowCount(self, parent: AnyIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: AnyIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(HEADERS[COLUMNS[section]])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._shown):
            return None
        row = self.row_at(index.row())
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            position = self._shown[index.row()]
            texts = self._texts.get(position)
            if texts is None:
                texts = tuple(self._text(row, c) for c in COLUMNS)
                self._texts[position] = texts
            return texts[index.column()]
        if role == KEY_ROLE:
            return row.key
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and self._warn(row, column):
            return QBrush(WARNING)
        if role == Qt.ItemDataRole.DecorationRole and column == "activity" and row.unverified_job:
            return icon(Icon.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("age", "days_since_contact"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self._sort = (column, order)
        self._relayout(self._select())

    def _relayout(self, shown: list[int]) -> None:
        """Show `shown` (positions in the index) in place of the rows shown now, keeping the
        selection and the current row on the people they were on (none for one now hidden)."""
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        positions = [(self._shown[i.row()], i.column()) for i in before]
        self._shown = shown
        where = {position: row for row, position in enumerate(self._shown)}
        after = [self.index(where[p], c) if p in where else QModelIndex() for p, c in positions]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    # Cell contents

    def _text(self, row: ParticipantRow, column: str) -> str:
        if column == "name":
            return row.name or tr("(erased)")
        if column == "age":
            return "" if row.age is None else str(row.age)
        if column in _GROUPS:
            return _label(column, getattr(row, column) or "") if getattr(row, column) else ""
        if column == "key_worker":
            return row.key_worker_name or row.key_worker or ""
        if column == "days_since_contact":
            return days_text(row.days_since_contact(self._today))
        if column == "next_task":
            if row.next_task_title is None:
                return ""
            due = i18n.format_date(row.next_task_due)
            return f"{due} · {row.next_task_title}" if due else row.next_task_title
        value = getattr(row, column)
        return "" if value is None else str(value)

    def _warn(self, row: ParticipantRow, column: str) -> bool:
        if column == "days_since_contact":
            return row.not_seen(self._today, NOT_SEEN_DAYS)
        if column == "next_task":
            return row.next_task_due is not None and row.next_task_due < self._today
        return False

    def _tooltip(self, row: ParticipantRow, column: str) -> str | None:
        if column == "activity" and row.unverified_job:
            return tr("A job or education without evidence is recorded")
        if column == "days_since_contact" and row.last_contact is not None:
            return tr("Last contact {when}").format(when=i18n.format_datetime(row.last_contact))
        if column == "next_task" and row.next_task_title:
            return row.next_task_title
        return None
