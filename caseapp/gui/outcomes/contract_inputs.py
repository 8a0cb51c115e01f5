"""The contract editor's inputs: amounts, counts and rates that may be left unset, lists of codes
to tick, and the tariff per activity type. Each emits `changed` on every edit."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from caseapp.gui import i18n
from caseapp.gui.i18n import tr

MAX_AMOUNT = 1e12


def number_locale() -> QLocale:
    """Decimal comma and thousands points in Danish, as the rest of the screens write them."""
    if i18n.current() == "da":
        return QLocale(QLocale.Language.Danish, QLocale.Country.Denmark)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def json_number(value: float) -> int | float:
    """A spin box value as the dataset writes it: 1000 rather than 1000.0."""
    return int(value) if float(value).is_integer() else round(value, 2)


def amount_box(maximum: float = MAX_AMOUNT) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setLocale(number_locale())
    box.setDecimals(2)
    box.setRange(0, maximum)
    box.setGroupSeparatorShown(True)
    box.setSuffix(" DKK")
    box.setMinimumWidth(150)
    return box


def count_box(low: int, high: int, suffix: str = "") -> QSpinBox:
    box = QSpinBox()
    box.setLocale(number_locale())
    box.setRange(low, high)
    box.setSuffix(suffix)
    box.setGroupSeparatorShown(True)
    return box


def hours_box() -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setLocale(number_locale())
    box.setDecimals(1)
    box.setRange(0, 168)
    box.setSuffix(" " + tr("hours"))
    return box


def rate_box() -> QDoubleSpinBox:
    """A rate typed as a percentage (25 %) and stored as a fraction (0.25)."""
    box = QDoubleSpinBox()
    box.setDecimals(2)
    box.setRange(0, 100)
    box.setLocale(number_locale())
    box.setSuffix(" %")
    return box


class Optional(QWidget):
    """A number that may be left unset (null): a tick box in front of the number."""

    changed = Signal()

    def __init__(self, box: QSpinBox | QDoubleSpinBox, unset_text: str) -> None:
        super().__init__()
        self.box = box
        self.toggle = QCheckBox()
        self.toggle.setToolTip(unset_text)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toggle)
        layout.addWidget(box, 1)
        self.toggle.toggled.connect(self._toggled)
        box.valueChanged.connect(lambda _v: self.changed.emit())
        self._unset_text = unset_text
        self._toggled(False)

    def _toggled(self, on: bool) -> None:
        self.box.setEnabled(on)
        self.box.setSpecialValueText("" if on else self._unset_text)
        if not on:
            self._set(self.box.minimum())
        self.changed.emit()

    def value(self) -> int | float | None:
        if not self.toggle.isChecked():
            return None
        return json_number(self.box.value())

    def set_value(self, value: float | None) -> None:
        self.toggle.setChecked(value is not None)
        if value is not None:
            self._set(value)

    def _set(self, value: float) -> None:
        if isinstance(self.box, QSpinBox):
            self.box.setValue(int(value))
        else:
            self.box.setValue(float(value))


class CodeList(QListWidget):
    """Codes of one group (housing, activity) to tick, shown by their labels."""

    changed = Signal()

    def __init__(self, group: str, codes: Iterable[str]) -> None:
        super().__init__()
        for code in codes:
            item = QListWidgetItem(i18n.code(group, code))
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.addItem(item)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        rows = self.count()
        self.setFixedHeight(self.sizeHintForRow(0) * rows + 2 * self.frameWidth() + 2)
        self.itemChanged.connect(lambda _i: self.changed.emit())

    def codes(self) -> list[str]:
        return [
            self.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_codes(self, codes: Iterable[str]) -> None:
        wanted = set(codes)
        self.blockSignals(True)
        for i in range(self.count()):
            item = self.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.blockSignals(False)
        self.changed.emit()


class TariffTable(QTableWidget):
    """One row per activity type: whether the metric pays for it, and how much per week."""

    changed = Signal()

    def __init__(self, codes: Iterable[str]) -> None:
        codes = list(codes)
        super().__init__(len(codes), 2)
        self.setHorizontalHeaderLabels([tr("Paid activity"), tr("Per week")])
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self._codes = codes
        self._boxes: list[QDoubleSpinBox] = []
        for row, code in enumerate(codes):
            item = QTableWidgetItem(i18n.code("activity", code))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.setItem(row, 0, item)
            box = amount_box()
            box.setEnabled(False)
            box.valueChanged.connect(lambda _v: self.changed.emit())
            self.setCellWidget(row, 1, box)
            self._boxes.append(box)
        self.itemChanged.connect(self._ticked)
        self.resizeRowsToContents()
        height = self.horizontalHeader().sizeHint().height() + 2 * self.frameWidth() + 2
        self.setFixedHeight(height + sum(self.rowHeight(r) for r in range(len(codes))))

    def _ticks(self, row: int) -> QTableWidgetItem:
        item = self.item(row, 0)
        assert item is not None
        return item

    def _ticked(self, item: QTableWidgetItem) -> None:
        self._boxes[item.row()].setEnabled(item.checkState() == Qt.CheckState.Checked)
        self.changed.emit()

    def tariffs(self) -> dict[str, Any]:
        return {
            code: json_number(box.value())
            for row, (code, box) in enumerate(zip(self._codes, self._boxes, strict=True))
            if self._ticks(row).checkState() == Qt.CheckState.Checked
        }

    def set_tariffs(self, tariffs: Mapping[str, float]) -> None:
        self.blockSignals(True)
        for row, (code, box) in enumerate(zip(self._codes, self._boxes, strict=True)):
            on = code in tariffs
            self._ticks(row).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            box.setEnabled(on)
            box.setValue(float(tariffs.get(code, 0)))
        self.blockSignals(False)
        self.changed.emit()
