"""One editor widget per kind of field (`caseapp.domain.fields`), with one shared interface.

`raw()` gives what `fields.validate` parses (dates as ISO text, codes, lists, booleans, text);
`set_value()` takes parsed values. Every editor emits `changed` on each edit.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QPoint, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from caseapp.domain.fields import Field
from caseapp.gui import i18n
from caseapp.gui.i18n import tr
from caseapp.gui.icons import Icon, icon

TOGGLE_STYLE = (
    "QPushButton:checked { background: palette(highlight); color: palette(highlighted-text);"
    " border: 1px solid palette(dark); border-radius: 3px; padding: 3px 8px; }"
)


class Editor(QWidget):
    changed = Signal()

    def raw(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def focus_widget(self) -> QWidget:
        return self


class LineEditor(Editor):
    """Text, whole numbers and decimals; a decimal comma is accepted."""

    def __init__(self, f: Field, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        if f.max_len:
            self.edit.setMaxLength(f.max_len + 1)  # one over, so the form can say why
        _single(self, self.edit)
        self.edit.textChanged.connect(self.changed)
        self._numeric = f.kind in ("int", "float")

    def raw(self) -> Any:
        text = self.edit.text()
        return text.replace(",", ".") if self._numeric else text

    def set_value(self, value: Any) -> None:
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        self.edit.setText("" if value is None else str(value))

    def focus_widget(self) -> QWidget:
        return self.edit


class NoteEditor(Editor):
    def __init__(self, f: Field, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QPlainTextEdit()
        self.edit.setTabChangesFocus(True)
        self.edit.setMinimumHeight(self.fontMetrics().height() * 4)
        _single(self, self.edit)
        self.edit.textChanged.connect(self.changed)

    def raw(self) -> Any:
        return self.edit.toPlainText()

    def set_value(self, value: Any) -> None:
        self.edit.setPlainText(value or "")

    def focus_widget(self) -> QWidget:
        return self.edit


class DateEditor(Editor):
    """A date typed in the user's style (or ISO), with a calendar to pick from."""

    def __init__(self, f: Field, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(tr("DD.MM.YYYY"))
        self.pick = QToolButton()
        self.pick.setIcon(icon(Icon.SP_FileDialogDetailedView))
        self.pick.setToolTip(self.tr("Pick a date"))
        self.pick.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.today = QToolButton()
        self.today.setText(self.tr("Today"))
        self.today.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.today)
        layout.addWidget(self.pick)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self.changed)
        self.edit.editingFinished.connect(self._tidy)
        self.today.clicked.connect(lambda: self.set_value(date.today()))
        self.pick.clicked.connect(self._calendar)

    def raw(self) -> Any:
        text = self.edit.text().strip()
        parsed = i18n.parse_date(text)
        return parsed.isoformat() if parsed else text

    def value(self) -> date | None:
        return i18n.parse_date(self.edit.text())

    def set_value(self, value: Any) -> None:
        self.edit.setText(i18n.format_date(value) if isinstance(value, date) else (value or ""))

    def focus_widget(self) -> QWidget:
        return self.edit

    def _tidy(self) -> None:
        parsed = i18n.parse_date(self.edit.text())
        if parsed is not None and self.edit.text() != i18n.format_date(parsed):
            self.set_value(parsed)

    def _calendar(self) -> None:
        menu = QMenu(self)
        calendar = QCalendarWidget()
        current = self.value() or date.today()
        calendar.setSelectedDate(QDate(current.year, current.month, current.day))
        action = QWidgetAction(menu)
        action.setDefaultWidget(calendar)
        menu.addAction(action)

        def chosen(day: QDate) -> None:
            self.set_value(date(day.year(), day.month(), day.day()))
            menu.close()

        calendar.clicked.connect(chosen)
        menu.popup(self.pick.mapToGlobal(QPoint(0, self.pick.height())))


class DateTimeEditor(Editor):
    def __init__(self, f: Field, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QDateTimeEdit()
        self.edit.setCalendarPopup(True)
        # As `formatting.time_of_day` writes it: 30.06.2024 14:05 / 30 Jun 2024 14:05.
        self.edit.setDisplayFormat(
            "dd.MM.yyyy HH:mm" if i18n.current() == "da" else "dd MMM yyyy HH:mm"
        )
        _single(self, self.edit)
        self.set_value(datetime.now())
        self.edit.dateTimeChanged.connect(self.changed)

    def raw(self) -> Any:
        return self.edit.dateTime().toString("yyyy-MM-ddTHH:mm")

    def set_value(self, value: Any) -> None:
        if isinstance(value, datetime):
            self.edit.setDateTime(
                QDateTime(
                    QDate(value.year, value.month, value.day), QTime(value.hour, value.minute)
                )
            )

    def focus_widget(self) -> QWidget:
        return self.edit


class ChoiceEditor(Editor):
    """A code (or a staff member, a project) from a list; blank when the field is optional."""

    def __init__(
        self, choices: Sequence[tuple[str, str]], required: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.combo = QComboBox()
        self._required = required
        if required:
            # Nothing chosen until the user picks: a required code is never a silent default.
            self.combo.setPlaceholderText(self.tr("Choose…"))
        else:
            self.combo.addItem("", None)
        for value, text in choices:
            self.combo.addItem(text, value)
        _single(self, self.combo)
        self.combo.currentIndexChanged.connect(self.changed)

    def raw(self) -> Any:
        return self.combo.currentData() if self.combo.currentIndex() >= 0 else None

    def set_value(self, value: Any) -> None:
        if value is None and self._required:
            self.combo.setCurrentIndex(-1)
            return
        found = self.combo.findData(value)
        if found < 0 and value is not None:
            # A value no longer offered (a disabled account): keep it visible rather than lose it.
            self.combo.addItem(str(value), value)
            found = self.combo.count() - 1
        self.combo.setCurrentIndex(max(found, 0))

    def focus_widget(self) -> QWidget:
        return self.combo


class ToggleEditor(Editor):
    """Several codes as toggle buttons (contact topics): one click each, no list to open."""

    def __init__(self, choices: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.buttons: dict[str, QPushButton] = {}
        for i, (value, text) in enumerate(choices):
            button = QPushButton(text)
            button.setCheckable(True)
            button.setObjectName(f"topic-{value}")
            button.setStyleSheet(TOGGLE_STYLE)
            button.toggled.connect(self.changed)
            layout.addWidget(button, i // 3, i % 3)
            self.buttons[value] = button

    def raw(self) -> Any:
        return [value for value, button in self.buttons.items() if button.isChecked()]

    def set_value(self, value: Any) -> None:
        chosen = set(value or [])
        for code, button in self.buttons.items():
            button.setChecked(code in chosen)

    def focus_widget(self) -> QWidget:
        return next(iter(self.buttons.values()), self)


class CheckEditor(Editor):
    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QCheckBox(text)
        _single(self, self.box)
        self.box.toggled.connect(self.changed)

    def raw(self) -> Any:
        return self.box.isChecked()

    def set_value(self, value: Any) -> None:
        self.box.setChecked(bool(value))

    def focus_widget(self) -> QWidget:
        return self.box


def _single(owner: QWidget, child: QWidget) -> None:
    layout = QHBoxLayout(owner)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(child)
    owner.setFocusProxy(child)
