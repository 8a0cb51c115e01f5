"""The audit search results as a Qt table model (rows handed in whole; a search shows at most
the setting's limit)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from caseapp.gui import i18n
from caseapp.gui.i18n import N_
from caseapp.services import insight_text
from caseapp.services.audit import Row

AnyIndex = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()
HEADERS = (N_("When"), N_("Account"), N_("What"), N_("Participant"), N_("Detail"))


def action_text(code: str) -> str:
    return insight_text.action(code, i18n.current())[0]


class AuditModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = []

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return i18n.tr(HEADERS[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            local = row.at.astimezone().replace(tzinfo=None)
            return (
                i18n.format_datetime(local),
                row.account,
                action_text(row.action),
                row.participant or "",
                row.detail or "",
            )[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 2:
            return row.action
        return None
