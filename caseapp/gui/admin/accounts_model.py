"""The account list of the administration page as a table model."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from caseapp.gui import i18n
from caseapp.gui.i18n import N_, tr
from caseapp.gui.table_model import Column, TableModel
from caseapp.services.accounts import AccountRow

MUTED = QColor(110, 110, 110)


def status_text(row: AccountRow) -> str:
    if not row.active:
        return tr("Disabled")
    if row.locked:
        return tr("Locked (wrong passwords)")
    if not row.can_sign_in:
        return tr("No password")
    return tr("Active")


def _last_sign_in(row: AccountRow) -> str:
    last = row.last_login_at.astimezone() if row.last_login_at else None
    return i18n.format_datetime(last.replace(tzinfo=None)) if last else ""


_COLUMNS: tuple[Column[AccountRow], ...] = (
    Column(N_("User name"), lambda r: r.key),
    Column(N_("Name"), lambda r: r.name),
    Column(N_("Role"), lambda r: i18n.code("role", r.role)),
    Column(N_("Email"), lambda r: r.email or ""),
    Column(N_("Status"), status_text),
    Column(N_("Last sign-in"), _last_sign_in),
)


class AccountsModel(TableModel[AccountRow]):
    def __init__(self, parent: Any = None) -> None:
        # Account key -> the keys of its projects, shown in the last column.
        self.projects: dict[str, list[str]] = {}
        projects: Column[AccountRow] = Column(
            N_("Projects"), lambda r: ", ".join(self.projects.get(r.key, []))
        )
        super().__init__((*_COLUMNS, projects), parent)

    def row_of(self, key: str) -> int | None:
        return next((i for i, r in enumerate(self.rows) if r.key == key), None)

    def role_data(self, row: AccountRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return QBrush(MUTED)
        return None
