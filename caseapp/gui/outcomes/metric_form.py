"""The form for one outcome metric of a contract; its rows follow the metric's kind.

`value()` gives the metric as the dataset format writes it (every field written out, unset ones
as null), `set_value()` takes one; `changed` is emitted on each edit.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from caseapp.domain.codes import ACTIVITY_TYPES, HOUSING_TYPES
from caseapp.gui.i18n import tr
from caseapp.gui.outcomes.contract_inputs import (
    CodeList,
    Optional,
    TariffTable,
    amount_box,
    count_box,
    hours_box,
    json_number,
)
from caseapp.gui.outcomes.contract_text import KINDS

_ROWS = {
    "weekly_activity": ("tariffs", "min_hours", "verified", "cap_weeks", "cap_amount"),
    "activity_sustained": ("activity_types", "min_hours", "verified", "run", "amount"),
    "housing_sustained": ("housing_types", "min_days", "amount"),
}


def new_metric(kind: str, metric_id: str) -> dict[str, Any]:
    """A new metric with the rules' defaults, for the user to fill in."""
    head: dict[str, Any] = {"id": metric_id, "name": "", "kind": kind, "window_weeks": None}
    if kind == "weekly_activity":
        return head | {
            "tariffs": {},
            "min_hours_per_week": 0,
            "require_verified": True,
            "cap_weeks_per_participant": None,
            "cap_amount_total": None,
        }
    if kind == "activity_sustained":
        return head | {
            "activity_types": [],
            "min_hours_per_week": 0,
            "require_verified": True,
            "min_consecutive_weeks": 13,
            "amount": 0,
        }
    return head | {
        "housing_types": ["own_tenancy", "supported_housing"],
        "min_days": 365,
        "amount": 0,
    }


class MetricForm(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = "weekly_activity"
        self.metric_id = QLineEdit()
        self.metric_id.setMaxLength(65)
        self.metric_id.setToolTip(
            tr("A short code that reports and files use; letters, digits, '-'")
        )
        self.name = QLineEdit()
        self.name.setMaxLength(201)
        self.kind_label = QLabel()
        self.window_weeks = Optional(count_box(1, 1000, " " + tr("weeks")), tr("no limit"))
        self.tariffs = TariffTable(ACTIVITY_TYPES)
        self.activity_types = CodeList("activity", ACTIVITY_TYPES)
        self.housing_types = CodeList("housing", HOUSING_TYPES)
        self.min_hours = hours_box()
        self.verified = QCheckBox(tr("Only verified work or education counts"))
        self.cap_weeks = Optional(count_box(0, 10000, " " + tr("weeks")), tr("no cap"))
        self.cap_amount = Optional(amount_box(), tr("no cap"))
        self.run = count_box(1, 1000, " " + tr("weeks"))
        self.min_days = count_box(1, 10000, " " + tr("days"))
        self.amount = amount_box()

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.form = QFormLayout()
        outer.addLayout(self.form)
        outer.addStretch(1)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.addRow(tr("Kind"), self.kind_label)
        self.form.addRow(tr("Id"), self.metric_id)
        self.form.addRow(tr("Name"), self.name)
        self.form.addRow(tr("Window from enrolment"), self.window_weeks)
        self._rows: dict[str, QWidget] = {
            "tariffs": self.tariffs,
            "activity_types": self.activity_types,
            "housing_types": self.housing_types,
            "min_hours": self.min_hours,
            "verified": self.verified,
            "cap_weeks": self.cap_weeks,
            "cap_amount": self.cap_amount,
            "run": self.run,
            "min_days": self.min_days,
            "amount": self.amount,
        }
        captions = {
            "tariffs": tr("Tariffs"),
            "activity_types": tr("Counts as work or education"),
            "housing_types": tr("Counts as housing"),
            "min_hours": tr("At least, per week"),
            "verified": "",
            "cap_weeks": tr("Paid weeks per person, at most"),
            "cap_amount": tr("Total for the project, at most"),
            "run": tr("Weeks in a row"),
            "min_days": tr("Days in a row"),
            "amount": tr("Pays once"),
        }
        for key, widget in self._rows.items():
            self.form.addRow(captions[key], widget)
        for line in (self.metric_id, self.name):
            line.textChanged.connect(lambda _t: self.changed.emit())
        for signal in (
            self.window_weeks.changed,
            self.tariffs.changed,
            self.activity_types.changed,
            self.housing_types.changed,
            self.cap_weeks.changed,
            self.cap_amount.changed,
        ):
            signal.connect(self.changed)
        self.verified.toggled.connect(lambda _b: self.changed.emit())
        for box in (self.min_hours, self.run, self.min_days, self.amount):
            box.valueChanged.connect(lambda _v: self.changed.emit())
        self._show_kind()

    def _show_kind(self) -> None:
        wanted = _ROWS[self.kind]
        for key, widget in self._rows.items():
            self.form.setRowVisible(widget, key in wanted)
        self.kind_label.setText(tr(KINDS[self.kind]))

    def set_read_only(self, read_only: bool) -> None:
        for line in (self.metric_id, self.name):
            line.setReadOnly(read_only)
        for widget in self._rows.values():
            widget.setEnabled(not read_only)
        self.window_weeks.setEnabled(not read_only)

    def set_value(self, m: dict[str, Any]) -> None:
        self.blockSignals(True)
        self.kind = m.get("kind", "weekly_activity")
        self.metric_id.setText(m.get("id", ""))
        self.name.setText(m.get("name", ""))
        self.window_weeks.set_value(m.get("window_weeks"))
        self.tariffs.set_tariffs(m.get("tariffs", {}))
        self.activity_types.set_codes(m.get("activity_types", []))
        self.housing_types.set_codes(m.get("housing_types", []))
        self.min_hours.setValue(float(m.get("min_hours_per_week", 0)))
        self.verified.setChecked(bool(m.get("require_verified", True)))
        self.cap_weeks.set_value(m.get("cap_weeks_per_participant"))
        self.cap_amount.set_value(m.get("cap_amount_total"))
        self.run.setValue(int(m.get("min_consecutive_weeks", 1)))
        self.min_days.setValue(int(m.get("min_days", 1)))
        self.amount.setValue(float(m.get("amount", 0)))
        self._show_kind()
        self.blockSignals(False)

    def value(self) -> dict[str, Any]:
        head: dict[str, Any] = {
            "id": self.metric_id.text().strip(),
            "name": self.name.text().strip(),
            "kind": self.kind,
            "window_weeks": self.window_weeks.value(),
        }
        if self.kind == "weekly_activity":
            return head | {
                "tariffs": self.tariffs.tariffs(),
                "min_hours_per_week": json_number(self.min_hours.value()),
                "require_verified": self.verified.isChecked(),
                "cap_weeks_per_participant": self.cap_weeks.value(),
                "cap_amount_total": self.cap_amount.value(),
            }
        if self.kind == "activity_sustained":
            return head | {
                "activity_types": self.activity_types.codes(),
                "min_hours_per_week": json_number(self.min_hours.value()),
                "require_verified": self.verified.isChecked(),
                "min_consecutive_weeks": self.run.value(),
                "amount": json_number(self.amount.value()),
            }
        return head | {
            "housing_types": self.housing_types.codes(),
            "min_days": self.min_days.value(),
            "amount": json_number(self.amount.value()),
        }
