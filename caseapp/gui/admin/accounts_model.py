"""The account list of the administration page as a table model."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from caseapp.gui import i18n
from caseapp.gui.i18n import N_
from caseapp.services.accounts import AccountRow

AnyIndex = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()  # the invalid index: a table's rows have no parent
_HEADERS = (N_("User name"), N_("Name"), N_("Role"), N_("Email"), N_("Status"), N_("Last sign-in"))
MUTED = QColor(110, 110, 110)


def status_text(row: AccountRow) -> str:
    if not row.active:
        return i18n.tr("Disabled")
    if row.locked:
        return i18n.tr("Locked (wrong passwords)")
    if not row.can_sign_in:
        return i18n.tr("No password")
    return i18n.tr("Active")


class AccountsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[AccountRow] = []

    def set_rows(self, rows: list[AccountRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_of(self, key: str) -> int | None:
        return next((i for i, r in enumerate(self.rows) if r.key == key), None)

    def rowCount(self, parent: AnyIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(_HEADERS)
        ):
            return i18n.tr(_HEADERS[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            last = row.last_login_at.astimezone() if row.last_login_at else None
            return (
                row.key,
                row.name,
                i18n.code("role", row.role),
                row.email or "",
                status_text(row),
                i18n.format_datetime(last.replace(tzinfo=None)) if last else "",
            )[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return QBrush(MUTED)
        return None
