"""The data-quality findings as a read-only Qt table: participant key, what, which record, the
details and the money at stake. Holds plain findings; the view never runs a query."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from caseapp.domain import formatting
from caseapp.gui import i18n
from caseapp.gui.i18n import tr
from caseapp.reports.finding_text import describe
from caseapp.reports.wording import finding_label
from caseapp.services.data_quality import Finding

AnyIndex = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()
HEADERS = ("Participant", "Finding", "Record", "Details", "At stake")


class FindingsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.findings: list[Finding] = []

    def set_findings(self, findings: Sequence[Finding]) -> None:
        self.beginResetModel()
        self.findings = list(findings)
        self.endResetModel()

    def finding(self, row: int) -> Finding:
        return self.findings[row]

    def rowCount(self, parent: AnyIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.findings)

    def columnCount(self, parent: AnyIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr(HEADERS[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        f = self.findings[index.row()]
        lang = i18n.current()
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == 0:
                return f.participant
            if column == 1:
                return finding_label(f.kind, lang)
            if column == 2:
                return i18n.kind(f.record_kind)
            if column == 3:
                return describe(f, lang)
            if f.amount is not None:
                return formatting.money(f.amount, "DKK", lang)
            return ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{f.record_kind} {f.record_uuid}"
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
