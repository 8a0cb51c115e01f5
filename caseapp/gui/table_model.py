"""A read-only Qt table over rows handed in whole, declared by its columns: the row, column and
header plumbing the program's small lists share (a list of thousands has its own model)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from caseapp.gui.i18n import tr

AnyIndex = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()  # the invalid index: a table's rows have no parent
RowT = TypeVar("RowT")


@dataclass(frozen=True)
class Column(Generic[RowT]):
    header: str  # English source text, translated when shown
    text: Callable[[RowT], str]


class TableModel(QAbstractTableModel, Generic[RowT]):
    """Each cell shows its column's text of its row; `role_data` answers the other roles."""

    def __init__(self, columns: Sequence[Column[RowT]], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[RowT] = []

    def set_rows(self, rows: Sequence[RowT]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def header_text(self, section: int) -> str:
        return tr(self.columns[section].header)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.columns)
        ):
            return self.header_text(section)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[index.column()].text(row)
        return self.role_data(row, index.column(), role)

    def role_data(self, row: RowT, column: int, role: int) -> Any:
        """What a cell holds besides its text (a colour, a tool tip); nothing by default."""
        return None
