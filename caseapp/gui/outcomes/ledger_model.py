"""The ledger's weeks as a table: one row per ISO week, coloured by what the week earned, with
the reason in words and the rule to look it up in."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from caseapp.gui.i18n import N_, tr
from caseapp.gui.outcomes import numbers
from caseapp.gui.outcomes.ledger_loading import LedgerAnswer
from caseapp.gui.outcomes.ledger_reasons import explanation, rule_text
from caseapp.outcomes import LedgerRow

COLUMNS = (
    N_("Week"),
    N_("Monday – Sunday"),
    N_("Quarter"),
    N_("Qualified"),
    N_("Earned"),
    N_("Why"),
    N_("Rule"),
)
WEEK, DAYS, QUARTER, QUALIFIED, EARNED, WHY, RULE = range(len(COLUMNS))

# Pale backgrounds that keep black text readable; the Qualified column says it in words too.
PAID = QColor("#dff0d8")
MILESTONE = QColor("#c5e6bb")
HELD_BACK = QColor("#fcf0cf")  # qualified but capped
NOT_QUALIFIED = QColor("#f8e0e0")
OUTSIDE = QColor("#ececec")
_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
_PAYING_RULE = {
    "weekly_activity": "rule 6",
    "activity_sustained": "rule 10",
    "housing_sustained": "rule 11",
}


def state(row: LedgerRow) -> str:
    """'paid', 'milestone', 'held_back', 'qualified' (a one-off metric's ordinary week),
    'outside' or 'not_qualified'."""
    if row.milestone:
        return "milestone"
    if row.reason == "outside_window":
        return "outside"
    if not row.qualified:
        return "not_qualified"
    if row.reason is not None:
        return "held_back"
    return "paid" if row.amount else "qualified"


_BACKGROUND = {
    "paid": PAID,
    "milestone": MILESTONE,
    "held_back": HELD_BACK,
    "qualified": PAID,
    "not_qualified": NOT_QUALIFIED,
    "outside": OUTSIDE,
}


class LedgerModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.answer: LedgerAnswer | None = None
        self.rows: list[LedgerRow] = []
        self._texts: list[str] = []
        self.only_unpaid = False

    def show(self, answer: LedgerAnswer | None, only_unpaid: bool) -> None:
        """Show a ledger, all weeks or only those that earned nothing."""
        self.beginResetModel()
        self.answer, self.only_unpaid = answer, only_unpaid
        rows = list(answer.ledger.rows) if answer else []
        if only_unpaid:
            rows = [r for r in rows if not r.amount]
        self.rows = rows
        self._texts = [explanation(answer, r) for r in rows] if answer else []
        self.endResetModel()

    def explain(self, row: int) -> str:
        return self._texts[row]

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(COLUMNS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.answer is None:
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(index.row(), row, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(_BACKGROUND[state(row)])
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#202020"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._texts[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == EARNED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and row.milestone:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _display(self, i: int, row: LedgerRow, column: int) -> str:
        assert self.answer is not None
        if column == WEEK:
            return row.week
        if column == DAYS:
            return f"{numbers.day(row.monday)} – {numbers.day(row.monday + timedelta(days=6))}"
        if column == QUARTER:
            return row.quarter
        if column == QUALIFIED:
            return {
                "paid": tr("✓ yes"),
                "qualified": tr("✓ yes"),
                "milestone": tr("★ achieved"),
                "held_back": tr("✓ yes, capped"),
                "not_qualified": tr("✗ no"),
                "outside": tr("– outside window"),
            }[state(row)]
        if column == EARNED:
            return numbers.amount(row.amount, self.answer.currency) if row.amount else ""
        if column == WHY:
            return self._texts[i]
        return rule_text(self.rule(row))

    def rule(self, row: LedgerRow) -> str | None:
        """The rule that decided the week: its reason's, else the one that pays such a week."""
        if row.rule is not None or self.answer is None:
            return row.rule
        if row.milestone and self.answer.ledger.milestone is not None:
            return self.answer.ledger.milestone.rule
        return _PAYING_RULE.get(self.answer.ledger.kind)
