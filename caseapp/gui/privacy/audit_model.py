"""The audit search results as a Qt table model (rows handed in whole; a search shows at most
the setting's limit)."""

from __future__ import annotations

import contextlib
import re
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import Qt

from caseapp.gui import i18n
from caseapp.gui.i18n import N_, tr
from caseapp.gui.table_model import Column, TableModel
from caseapp.reports import insight_text
from caseapp.services.audit import Row


def action_text(code: str) -> str:
    return insight_text.action(code, i18n.current())[0]


# "AAR-HF 2026-12-01" or "* 2024-01-01 2024-06-30": a project (or all of them) and its days.
_PROJECT_DAYS = re.compile(r"(\*|[A-Z0-9][A-Z0-9-]*)((?: \d{4}-\d{2}-\d{2})+)")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
# The filters of a logged audit search (`audit.Filters.describe`), in words.
_FILTER_WORDS = {
    "participant": N_("participant"),
    "account": N_("account"),
    "action": N_("action"),
    "since": N_("from"),
    "until": N_("to"),
}


def detail_text(row: Row) -> str:
    """The entry's detail as a reader can use it: a record's internal id is left out (it is in
    the tooltip), a logged search's filters are put in words."""
    detail = row.detail or ""
    if _UUID.fullmatch(detail):
        return ""
    if row.action in ("audit_searched", "audit_exported"):
        if detail.startswith("all"):
            return tr("everything")
        words = []
        for part in detail.split():
            name, _, value = part.partition("=")
            if name not in _FILTER_WORDS:
                words.append(part)
                continue
            if name == "action":
                value = action_text(value)
            elif name in ("since", "until"):
                with contextlib.suppress(ValueError):
                    value = i18n.format_date(date.fromisoformat(value))
            words.append(f"{tr(_FILTER_WORDS[name])}: {value}")
        return ", ".join(words)
    project_days = _PROJECT_DAYS.fullmatch(detail)
    if project_days:
        project, days = project_days.groups()
        words = [tr("all projects") if project == "*" else project]
        for day in days.split():
            with contextlib.suppress(ValueError):
                day = i18n.format_date(date.fromisoformat(day))
            words.append(day)
        return " · ".join(words)
    return detail


def local_time(at: datetime) -> str:
    """A stored moment as the user's wall-clock time."""
    return i18n.format_datetime(at.astimezone().replace(tzinfo=None))


_COLUMNS: tuple[Column[Row], ...] = (
    Column(N_("When"), lambda r: local_time(r.at)),
    Column(N_("Account"), lambda r: r.account),
    Column(N_("What"), lambda r: action_text(r.action)),
    Column(N_("Participant"), lambda r: r.participant or ""),
    Column(N_("Detail"), detail_text),
)


class AuditModel(TableModel[Row]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(_COLUMNS, parent)

    def role_data(self, row: Row, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == 2:
            return row.action
        if role == Qt.ItemDataRole.ToolTipRole and column == 4 and row.detail:
            return row.detail
        return None
