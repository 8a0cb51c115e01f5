"""One table model per record page: the rows of one kind of record in a participant's file."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from functools import partial
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from caseapp.gui import i18n
from caseapp.gui.forms.display import display_value, first_line
from caseapp.gui.i18n import tr
from caseapp.gui.icons import Icon, icon
from caseapp.gui.participant_file.record_columns import COLUMNS
from caseapp.gui.table_model import Column, TableModel
from caseapp.services.participant_file import RecordRow
from caseapp.services.spell_checks import SpellFlag

UUID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
WARNING = QColor(179, 38, 30)
MUTED = QColor(110, 110, 110)


def flag_text(flag: SpellFlag) -> str:
    if flag.code == "overlap":
        if flag.days is None:
            return tr("Overlaps another housing spell")
        return tr("Overlaps another housing spell by %n day(s)", None, flag.days)
    if flag.code == "gap":
        return tr("Gap of %n day(s) before this spell", None, flag.days or 0)
    if flag.code == "unverified":
        return tr("No evidence yet: does not count towards outcomes")
    return flag.code


class RecordTableModel(TableModel[RecordRow]):
    def __init__(self, kind: str, parent: Any = None) -> None:
        super().__init__((), parent)
        self.kind = kind
        self.fields = COLUMNS[kind]
        self.columns = [Column(name, partial(self._text, name)) for name in self.fields]
        self.staff_names: dict[str, str] = {}

    def set_rows(
        self, rows: Sequence[RecordRow], staff_names: dict[str, str] | None = None
    ) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.staff_names = {} if staff_names is None else staff_names
        self.endResetModel()

    def row_of(self, uuid: str) -> int | None:
        return next((i for i, r in enumerate(self.rows) if r.uuid == uuid), None)

    def header_text(self, section: int) -> str:
        return i18n.field(self.kind, self.fields[section])

    def _text(self, name: str, row: RecordRow) -> str:
        value = row.values.get(name)
        if name == "note":
            return first_line(value)
        return display_value(self.kind, name, value, self.staff_names)

    def role_data(self, row: RecordRow, column: int, role: int) -> Any:
        name = self.fields[column]
        value = row.values.get(name)
        if role == SORT_ROLE:
            return _sortable(value)
        if role == UUID_ROLE:
            return row.uuid
        if role == Qt.ItemDataRole.DecorationRole and column == 0 and row.flags:
            return icon(Icon.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 0 and row.flags:
                return "\n".join(flag_text(f) for f in row.flags)
            if name == "note" and value:
                return value
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._colour(row)
        return None

    def _colour(self, row: RecordRow) -> QBrush | None:
        v = row.values
        if row.flags:
            return QBrush(WARNING)
        if self.kind == "task":
            if v.get("done_on") is not None:
                return QBrush(MUTED)
            if v.get("due_on") is not None and v["due_on"] < date.today():
                return QBrush(WARNING)
        if self.kind == "goal" and v.get("status") != "open":
            return QBrush(MUTED)
        return None


def _sortable(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, list):
        return ",".join(value)
    if isinstance(value, date):
        return value.isoformat()
    return value
