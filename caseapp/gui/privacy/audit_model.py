"""The audit search results as a Qt table model (rows handed in whole; a search shows at most
the setting's limit)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt

from caseapp.gui import i18n
from caseapp.gui.i18n import N_
from caseapp.gui.table_model import Column, TableModel
from caseapp.reports import insight_text
from caseapp.services.audit import Row


def action_text(code: str) -> str:
    return insight_text.action(code, i18n.current())[0]


def local_time(at: datetime) -> str:
    """A stored moment as the user's wall-clock time."""
    return i18n.format_datetime(at.astimezone().replace(tzinfo=None))


_COLUMNS: tuple[Column[Row], ...] = (
    Column(N_("When"), lambda r: local_time(r.at)),
    Column(N_("Account"), lambda r: r.account),
    Column(N_("What"), lambda r: action_text(r.action)),
    Column(N_("Participant"), lambda r: r.participant or ""),
    Column(N_("Detail"), lambda r: r.detail or ""),
)


class AuditModel(TableModel[Row]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(_COLUMNS, parent)

    def role_data(self, row: Row, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == 2:
            return row.action
        return None
