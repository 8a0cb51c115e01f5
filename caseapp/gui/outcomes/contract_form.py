"""The whole contract as a form: the project's targets and money on the left, its metrics (a
list to add to, remove from and reorder, and the chosen metric's form) on the right."""

from __future__ import annotations

import copy
from datetime import date
from functools import partial
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.codes import DEFAULT_STABLE_HOUSING, HOUSING_TYPES
from caseapp.gui import i18n
from caseapp.gui.i18n import tr
from caseapp.gui.outcomes.contract_inputs import (
    CodeList,
    Optional,
    amount_box,
    count_box,
    rate_box,
)
from caseapp.gui.outcomes.contract_text import KINDS
from caseapp.gui.outcomes.metric_form import MetricForm, new_metric


def blank_contract(payment_end: date) -> dict[str, Any]:
    """A starting point for a project without a contract: one weekly metric to fill in."""
    first = new_metric("weekly_activity", "work-edu")
    return {
        "currency": "DKK",
        "payment_end": payment_end.isoformat(),
        "target_participants": 1,
        "baseline_rate": 0.25,
        "target_rate": 0.5,
        "investment": None,
        "avoided_cost_per_week": None,
        "stable_housing": list(DEFAULT_STABLE_HOUSING),
        "success": {"metric": "work-edu", "min_weeks": 1},
        "metrics": [first],
    }


class ContractForm(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.metrics: list[dict[str, Any]] = []
        self._shown = -1
        self._read_only = False
        self.payment_end = QDateEdit()
        self.payment_end.setCalendarPopup(True)
        self.payment_end.setDisplayFormat("dd-MM-yyyy" if i18n.current() == "da" else "yyyy-MM-dd")
        self.target_participants = count_box(1, 1_000_000, " " + tr("participants"))
        self.baseline_rate = rate_box()
        self.target_rate = rate_box()
        self.investment = Optional(amount_box(), tr("none"))
        # Projects financed as one investment are reported together under this name; checked
        # by the contract rules as typed (1 to 200 characters), empty when the project stands
        # alone.
        self.investment_name = QLineEdit()
        self.investment_name.setPlaceholderText(tr("none: the project is an investment alone"))
        self.investment_name.setToolTip(
            tr(
                "Projects financed as one investment give it the same name and are reported "
                "together as well as apart."
            )
        )
        self.avoided_cost = Optional(amount_box(), tr("none"))
        self.stable_housing = CodeList("housing", HOUSING_TYPES)
        self.success_metric = QComboBox()
        self.success_weeks = count_box(1, 1000)
        terms = QGroupBox(tr("Targets and money"))
        column = QVBoxLayout(terms)
        form = QFormLayout()
        column.addLayout(form)
        column.addStretch(1)
        form.addRow(tr("Currency"), QLabel("DKK"))
        form.addRow(tr("Last day anything is earned"), self.payment_end)
        form.addRow(tr("Participants planned"), self.target_participants)
        form.addRow(tr("Baseline rate (without the project)"), self.baseline_rate)
        form.addRow(tr("Target rate"), self.target_rate)
        form.addRow(tr("Invested up front"), self.investment)
        form.addRow(tr("Investment's name"), self.investment_name)
        form.addRow(tr("Public cost avoided per week"), self.avoided_cost)
        form.addRow(tr("A success is counted by metric"), self.success_metric)
        form.addRow(tr("Qualifying weeks needed, at least"), self.success_weeks)
        form.addRow(tr("Stable housing"), self.stable_housing)

        self.metric_list = QListWidget()
        self.metric_list.setMaximumHeight(self.fontMetrics().lineSpacing() * 7)
        self.add_button = QToolButton()
        self.add_button.setText(tr("Add metric"))
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.add_button)
        for kind, title in KINDS.items():
            menu.addAction(tr(title), partial(self.add_metric, kind))
        self.add_button.setMenu(menu)
        self.remove_button = QPushButton(tr("Remove"))
        self.up_button = QPushButton(tr("Move up"))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.metric_form = MetricForm()
        metrics_box = QGroupBox(tr("Outcome metrics"))
        right = QVBoxLayout(metrics_box)
        right.addWidget(self.metric_list)
        right.addLayout(buttons)
        right.addWidget(self.metric_form, 1)

        layout = QHBoxLayout(self)
        layout.addWidget(terms, 2)
        layout.addWidget(metrics_box, 3)

        self.metric_list.currentRowChanged.connect(self._show_metric)
        self.metric_form.changed.connect(self._metric_edited)
        self.remove_button.clicked.connect(self.remove_metric)
        self.up_button.clicked.connect(self.move_up)
        for box in (self.target_participants, self.success_weeks):
            box.valueChanged.connect(lambda _v: self.changed.emit())
        for dbox in (self.baseline_rate, self.target_rate):
            dbox.valueChanged.connect(lambda _v: self.changed.emit())
        self.payment_end.dateChanged.connect(lambda _d: self.changed.emit())
        self.investment_name.textChanged.connect(lambda _t: self.changed.emit())
        for signal in (
            self.investment.changed,
            self.avoided_cost.changed,
            self.stable_housing.changed,
        ):
            signal.connect(self.changed)
        self.success_metric.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def set_read_only(self, read_only: bool) -> None:
        """Everything stays readable; the metric list still switches between metrics."""
        self._read_only = read_only
        for widget in (
            self.payment_end,
            self.target_participants,
            self.baseline_rate,
            self.target_rate,
            self.investment,
            self.investment_name,
            self.avoided_cost,
            self.stable_housing,
            self.success_metric,
            self.success_weeks,
            self.add_button,
            self.remove_button,
            self.up_button,
        ):
            widget.setEnabled(not read_only)
        self.metric_form.set_read_only(read_only)

    def set_value(self, c: dict[str, Any]) -> None:
        self.blockSignals(True)
        end = date.fromisoformat(c["payment_end"])
        self.payment_end.setDate(QDate(end.year, end.month, end.day))
        self.target_participants.setValue(int(c["target_participants"]))
        self.baseline_rate.setValue(float(c["baseline_rate"]) * 100)
        self.target_rate.setValue(float(c["target_rate"]) * 100)
        self.investment.set_value(c.get("investment"))
        self.investment_name.setText(str(c.get("investment_name") or ""))
        self.avoided_cost.set_value(c.get("avoided_cost_per_week"))
        self.stable_housing.set_codes(c.get("stable_housing", DEFAULT_STABLE_HOUSING))
        self.success_weeks.setValue(int(c["success"].get("min_weeks", 1)))
        self.metrics = copy.deepcopy(list(c["metrics"]))
        self._shown = -1
        self._fill_metric_list(0)
        self._fill_success(c["success"]["metric"])
        self.blockSignals(False)
        self.changed.emit()

    def value(self) -> dict[str, Any]:
        self._keep_shown()
        d = self.payment_end.date()
        # Empty means no shared investment; anything typed goes to the checks as it stands, so
        # a name of blanks is named as a problem rather than dropped.
        name = self.investment_name.text()
        shared = {"investment_name": name} if name else {}
        return shared | {
            "currency": "DKK",
            "payment_end": date(d.year(), d.month(), d.day()).isoformat(),
            "target_participants": self.target_participants.value(),
            "baseline_rate": round(self.baseline_rate.value() / 100, 4),
            "target_rate": round(self.target_rate.value() / 100, 4),
            "investment": self.investment.value(),
            "avoided_cost_per_week": self.avoided_cost.value(),
            "stable_housing": self.stable_housing.codes(),
            "success": {
                "metric": self.success_metric.currentData() or "",
                "min_weeks": self.success_weeks.value(),
            },
            "metrics": copy.deepcopy(self.metrics),
        }

    # The metrics list: the form edits the chosen metric; its edits are kept in `metrics`.

    def _keep_shown(self) -> None:
        if 0 <= self._shown < len(self.metrics):
            self.metrics[self._shown] = self.metric_form.value()

    def _fill_metric_list(self, current: int) -> None:
        self.metric_list.blockSignals(True)
        self.metric_list.clear()
        for m in self.metrics:
            self.metric_list.addItem(QListWidgetItem(self._metric_title(m)))
        self.metric_list.blockSignals(False)
        self.metric_list.setCurrentRow(min(current, len(self.metrics) - 1))
        self._show_metric(self.metric_list.currentRow())

    def _metric_title(self, m: dict[str, Any]) -> str:
        name = m.get("name") or tr("(no name)")
        return f"{name}  ·  {m.get('id', '')}  ·  {tr(KINDS.get(m.get('kind', ''), ''))}"

    def _show_metric(self, row: int) -> None:
        self._keep_shown()
        self._shown = row
        self.metric_form.setVisible(row >= 0)
        if row >= 0:
            self.metric_form.set_value(self.metrics[row])
            self.metric_form.set_read_only(self._read_only)
        self.remove_button.setEnabled(not self._read_only and len(self.metrics) > 1)
        self.up_button.setEnabled(not self._read_only and row > 0)

    def show_metric(self, row: int) -> None:
        self.metric_list.setCurrentRow(row)

    def _metric_edited(self) -> None:
        row = self._shown
        if not 0 <= row < len(self.metrics):
            return
        before = self.metrics[row].get("id")
        self.metrics[row] = self.metric_form.value()
        self.metric_list.item(row).setText(self._metric_title(self.metrics[row]))
        if before != self.metrics[row]["id"]:
            was = self.success_metric.currentData()
            self._fill_success(self.metrics[row]["id"] if was == before else was)
        self.changed.emit()

    def _fill_success(self, chosen: str) -> None:
        """Only metrics that count weeks of work or education can decide success (rule 12)."""
        self.success_metric.blockSignals(True)
        self.success_metric.clear()
        for m in self.metrics:
            if m.get("kind") != "housing_sustained":
                self.success_metric.addItem(m.get("name") or m.get("id", ""), m.get("id"))
        index = self.success_metric.findData(chosen)
        self.success_metric.setCurrentIndex(index if index >= 0 else 0)
        self.success_metric.blockSignals(False)

    def add_metric(self, kind: str) -> None:
        self._keep_shown()
        taken = {m.get("id") for m in self.metrics}
        n = len(self.metrics) + 1
        while f"metric-{n}" in taken:
            n += 1
        self.metrics.append(new_metric(kind, f"metric-{n}"))
        self._shown = -1
        self._fill_metric_list(len(self.metrics) - 1)
        self._fill_success(self.success_metric.currentData() or "")
        self.metric_form.name.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()

    def remove_metric(self) -> None:
        row = self.metric_list.currentRow()
        if row < 0 or len(self.metrics) <= 1:
            return
        del self.metrics[row]
        self._shown = -1
        self._fill_metric_list(row)
        self._fill_success(self.success_metric.currentData() or "")
        self.changed.emit()

    def move_up(self) -> None:
        row = self.metric_list.currentRow()
        if row <= 0:
            return
        self._keep_shown()
        self.metrics[row - 1], self.metrics[row] = self.metrics[row], self.metrics[row - 1]
        self._shown = -1
        self._fill_metric_list(row - 1)
        self.changed.emit()
