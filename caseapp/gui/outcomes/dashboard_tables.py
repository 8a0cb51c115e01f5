"""The dashboard's two tables: what each metric earned, and what each quarter earned."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from caseapp.gui.i18n import N_, tr
from caseapp.gui.outcomes import numbers
from caseapp.gui.outcomes.dashboard_figures import DashboardFigures

KIND_TITLES = {
    "weekly_activity": N_("Paid per week"),
    "activity_sustained": N_("Sustained work/education"),
    "housing_sustained": N_("Sustained housing"),
}
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def read_only_table(columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return table


def fit_height(table: QTableWidget) -> None:
    """Make the table as tall as its rows, so the page scrolls rather than the table."""
    table.resizeRowsToContents()
    height = table.horizontalHeader().height() + 2 * table.frameWidth()
    height += sum(table.rowHeight(r) for r in range(table.rowCount()))
    if table.horizontalScrollBar().isVisible():
        height += table.horizontalScrollBar().height()
    table.setFixedHeight(height + 2)


def _cell(text: str, number: bool = False, bold: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if number:
        item.setTextAlignment(_RIGHT)
    if bold:
        font = item.font()
        font.setBold(True)
        item.setFont(font)
    return item


def _optional(value: int | None) -> str:
    return "" if value is None else numbers.count(value)


def fill_metrics(table: QTableWidget, f: DashboardFigures) -> None:
    """One row per metric: weeks, paid weeks or achievements, amount, and before the cap."""
    currency = f.figures["currency"]
    table.setHorizontalHeaderLabels(
        [
            tr("Metric"),
            tr("Kind"),
            tr("Qualifying weeks"),
            tr("Paid weeks"),
            tr("Achieved"),
            tr("Amount"),
            tr("Before total cap"),
        ]
    )
    table.setRowCount(len(f.figures["metrics"]))
    for row, m in enumerate(f.figures["metrics"]):
        capped = m["amount"] != m["amount_uncapped"]
        cells = [
            _cell(f.metric_name(m["id"])),
            _cell(tr(KIND_TITLES.get(m["kind"], m["kind"]))),
            _cell(_optional(m.get("qualifying_weeks")), True),
            _cell(_optional(m.get("paid_weeks")), True),
            _cell(_optional(m.get("achieved")), True),
            _cell(numbers.amount(m["amount"], currency), True, True),
            _cell(numbers.amount(m["amount_uncapped"], currency) if capped else "", True),
        ]
        cells[0].setToolTip(m["id"])
        for column, item in enumerate(cells):
            table.setItem(row, column, item)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)


def fill_quarters(table: QTableWidget, f: DashboardFigures) -> None:
    """Quarters down, metrics across, totals at the right and at the bottom (rules 8 and 9)."""
    currency = f.figures["currency"]
    metrics = [m["id"] for m in f.figures["metrics"]]
    quarters = f.quarters()
    table.setColumnCount(len(metrics) + 2)
    table.setHorizontalHeaderLabels(
        [tr("Quarter"), *(f.metric_name(m) for m in metrics), tr("Total")]
    )
    table.setRowCount(len(quarters) + 1)
    for row, quarter in enumerate(quarters):
        table.setItem(row, 0, _cell(quarter))
        total = 0.0
        for column, metric in enumerate(metrics, start=1):
            paid = _paid_in(f, metric, quarter)
            text = "" if paid is None else numbers.amount(paid, currency)
            table.setItem(row, column, _cell(text, True))
            total += paid or 0.0
        table.setItem(row, len(metrics) + 1, _cell(numbers.amount(total, currency), True, True))
    last = len(quarters)
    table.setItem(last, 0, _cell(tr("Total"), bold=True))
    for column, m in enumerate(f.figures["metrics"], start=1):
        table.setItem(last, column, _cell(numbers.amount(m["amount"], currency), True, True))
    grand = numbers.amount(f.figures["total_amount"], currency)
    table.setItem(last, len(metrics) + 1, _cell(grand, True, True))


def _paid_in(f: DashboardFigures, metric_id: str, quarter: str) -> float | None:
    """The metric's amount in the quarter, None when nothing was paid in it."""
    metric = next(m for m in f.figures["metrics"] if m["id"] == metric_id)
    found = [q["amount"] for q in metric["by_quarter"] if q["quarter"] == quarter]
    return sum(found) if found else None
