"""A small read-only table model for one list of the overview, declared by its columns."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from caseapp.gui.table_model import Column, TableModel

__all__ = ["Column", "OverviewListModel"]

WARNING = QColor(179, 38, 30)


class OverviewListModel(TableModel[Any]):
    def __init__(
        self,
        columns: Sequence[Column[Any]],
        key_of: Callable[[Any], str],
        warn: Callable[[Any], bool] = lambda item: False,
        parent: Any = None,
    ) -> None:
        super().__init__(columns, parent)
        self._key_of = key_of
        self._warn = warn

    def participant_key(self, row: int) -> str:
        return self._key_of(self.rows[row])

    def role_data(self, row: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and self._warn(row):
            return QBrush(WARNING)
        return None
