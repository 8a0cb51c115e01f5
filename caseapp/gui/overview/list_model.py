"""A small read-only table model for one list of the overview, declared by its columns."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from caseapp.gui import i18n

AnyIndex = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()  # the invalid index: a table's rows have no parent
WARNING = QColor(179, 38, 30)


@dataclass(frozen=True)
class Column:
    header: str  # English source text, translated when shown
    text: Callable[[Any], str]


class OverviewListModel(QAbstractTableModel):
    def __init__(
        self,
        columns: Sequence[Column],
        key_of: Callable[[Any], str],
        warn: Callable[[Any], bool] = lambda item: False,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.items: list[Any] = []
        self._key_of = key_of
        self._warn = warn

    def set_items(self, items: Sequence[Any]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def participant_key(self, row: int) -> str:
        return self._key_of(self.items[row])

    def rowCount(self, parent: AnyIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: AnyIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.columns)
        ):
            return i18n.tr(self.columns[section].header)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[index.column()].text(item)
        if role == Qt.ItemDataRole.ForegroundRole and self._warn(item):
            return QBrush(WARNING)
        return None
