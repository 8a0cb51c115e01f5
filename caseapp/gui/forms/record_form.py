"""A form for one record of any kind, built from its field declarations.

It validates as the user types (with `fields.validate`, the rule the services apply) and names
each problem under its field. After a refused save it keeps the user's values and can show the
stored version beside them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain import labels, plausibility
from caseapp.domain.errors import Problem
from caseapp.domain.fields import RECORDS, Field, validate
from caseapp.gui import i18n
from caseapp.gui.forms.choices import FormChoices
from caseapp.gui.forms.display import display_value
from caseapp.gui.forms.entry_warnings import WARNING_STYLE
from caseapp.gui.forms.field_editors import (
    CheckEditor,
    ChoiceEditor,
    DateEditor,
    DateTimeEditor,
    Editor,
    LineEditor,
    NoteEditor,
    ToggleEditor,
)

ERROR_STYLE = "color: palette(text); background: #fbe9e7; border: 1px solid #e4a9a0;"
BANNER_STYLE = f"QLabel {{ {ERROR_STYLE} border-radius: 4px; padding: 6px; }}"
PROBLEM_STYLE = "color: #b3261e;"


def is_save_key(event: QKeyEvent) -> bool:
    control = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
    return control and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_S)


def make_editor(kind: str, f: Field, choices: FormChoices) -> Editor:
    if f.name in ("staff", "key_worker", "assigned_to"):
        return ChoiceEditor(choices.staff, required=f.required)
    if f.name == "project" and kind == "enrolment":
        return ChoiceEditor(choices.projects, required=True)
    group = labels.field_group(kind, f.name)
    if f.kind == "code":
        return ChoiceEditor(
            i18n.choices(group) if group else [(c, c) for c in f.choices], f.required
        )
    if f.kind == "codes":
        return ToggleEditor(i18n.choices(group) if group else [(c, c) for c in f.choices])
    if f.kind == "date":
        return DateEditor(f)
    if f.kind == "datetime":
        return DateTimeEditor(f)
    if f.kind == "bool":
        return CheckEditor(i18n.field(kind, f.name))
    if f.kind == "text":
        return NoteEditor(f)
    return LineEditor(f)


class RecordForm(QWidget):
    save_requested = Signal()
    cancel_requested = Signal()

    def __init__(
        self,
        kind: str,
        choices: FormChoices,
        fields: Sequence[str] | None = None,
        parent: QWidget | None = None,
        *,
        embedded: bool = False,
    ) -> None:
        """`embedded` leaves out the title and buttons: a dialog around the form has its own."""
        super().__init__(parent)
        self.kind = kind
        self.choices = choices
        self.editing: tuple[str, int] | None = None  # (uuid, version) of the record edited
        self.loaded: dict[str, Any] = {}  # the values the form was started with
        self.warnings: list[Problem] = []  # what `check` found unlikely
        self.dirty = False
        self._touched: set[str] = set()
        self._loading = False
        names = list(fields) if fields else [f.name for f in RECORDS[kind]]
        specs = {f.name: f for f in RECORDS[kind]}

        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setObjectName("form-banner")
        self.banner.hide()
        self.theirs = QGroupBox(self.tr("The saved version"))
        self.theirs_text = QLabel()
        self.theirs_text.setWordWrap(True)
        self.theirs_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        QVBoxLayout(self.theirs).addWidget(self.theirs_text)
        self.theirs.hide()

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.editors: dict[str, Editor] = {}
        self.problem_labels: dict[str, QLabel] = {}
        for name in names:
            f = specs[name]
            editor = make_editor(kind, f, choices)
            editor.setObjectName(f"field-{name}")
            editor.changed.connect(lambda name=name: self._edited(name))
            problem = QLabel()
            problem.setStyleSheet(PROBLEM_STYLE)
            problem.setWordWrap(True)
            problem.setObjectName(f"problem-{name}")
            problem.hide()
            holder = QWidget()
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(editor)
            column.addWidget(problem)
            text = i18n.field(kind, name) + (" *" if f.required else "")
            label = QLabel("" if f.kind == "bool" else text)
            label.setBuddy(editor.focus_widget())
            self.form.addRow(label, holder)
            self.editors[name] = editor
            self.problem_labels[name] = problem
        self.extra = QVBoxLayout()

        self.buttons = QDialogButtonBox()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+Enter)"))
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.save_requested)
        self.cancel_button.clicked.connect(self.cancel_requested)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.banner)
        layout.addLayout(self.form)
        layout.addLayout(self.extra)
        layout.addWidget(self.theirs)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        if embedded:
            self.title.hide()
            self.buttons.hide()
            layout.setContentsMargins(0, 0, 0, 0)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Keys the fields do not use come here: Ctrl+Enter (or Ctrl+S) saves, Esc cancels.
        if is_save_key(event):
            self.save_requested.emit()
        elif event.key() == Qt.Key.Key_Escape:
            self.cancel_requested.emit()
        else:
            super().keyPressEvent(event)

    # Starting

    def start_new(self, defaults: Mapping[str, Any]) -> None:
        self.editing = None
        self.title.setText(self.tr("New: {what}").format(what=i18n.kind(self.kind)))
        self._load(defaults)

    def start_edit(self, uuid: str, version: int, values: Mapping[str, Any]) -> None:
        self.editing = (uuid, version)
        self.title.setText(self.tr("Edit: {what}").format(what=i18n.kind(self.kind)))
        self._load(values)

    def _load(self, values: Mapping[str, Any]) -> None:
        self.loaded = dict(values)
        self._loading = True
        for name, editor in self.editors.items():
            editor.set_value(values.get(name))
        self._loading = False
        self.dirty = False
        self._touched.clear()
        self.banner.hide()
        self.theirs.hide()
        self.check(show_all=False)
        self.first_editor().setFocus()

    def first_editor(self) -> QWidget:
        return next(iter(self.editors.values())).focus_widget()

    # Values and problems

    def raw(self) -> dict[str, Any]:
        return {name: editor.raw() for name, editor in self.editors.items()}

    def _edited(self, name: str) -> None:
        if self._loading:
            return
        self.dirty = True
        self._touched.add(name)
        self.check(show_all=False)

    def check(self, show_all: bool = True) -> list[Problem]:
        """Validate what is typed; show the problems of touched fields (all of them on save).

        What is only unlikely (`plausibility`) is shown too, as a warning, and kept in
        `warnings` for the save to ask about.
        """
        values, problems = validate(self.kind, self.raw())
        problems = [p for p in problems if p.where in self.editors]
        wrong = {p.where for p in problems}
        self.warnings = [
            w
            for w in plausibility.warnings(self.kind, values)
            if w.where in self.editors and w.where not in wrong
        ]
        self._show(problems, show_all)
        return problems

    def show_problems(self, problems: Sequence[Problem]) -> None:
        """Problems the service found (it may know more than the form, e.g. a duplicate)."""
        self._show(problems, True)
        elsewhere = [p for p in problems if p.where not in self.editors]
        if elsewhere:
            self.show_message("\n".join(i18n.problem(self.kind, p) for p in elsewhere))

    def _show(self, problems: Sequence[Problem], show_all: bool) -> None:
        by_field: dict[str, list[str]] = {}
        for p in problems:
            if show_all or p.where in self._touched:
                by_field.setdefault(p.where, []).append(i18n.message(p))
        warned = {
            w.where: i18n.message(w) for w in self.warnings if show_all or w.where in self._touched
        }
        for name, label in self.problem_labels.items():
            texts = by_field.get(name)
            if texts:
                label.setStyleSheet(PROBLEM_STYLE)
                label.setText("; ".join(texts))
            elif name in warned:
                label.setStyleSheet(WARNING_STYLE)
                label.setText("⚠ " + warned[name])
            else:
                label.setText("")
            label.setVisible(bool(texts) or name in warned)
        if show_all and problems:
            first = next((p.where for p in problems if p.where in self.editors), None)
            if first:
                self.editors[first].focus_widget().setFocus()

    def show_message(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.show()

    def clear_message(self) -> None:
        self.banner.hide()

    def show_theirs(self, version: int, values: Mapping[str, Any]) -> None:
        """Show the stored version beside the user's own values, and edit on top of it."""
        if self.editing is not None:
            self.editing = (self.editing[0], version)
        names = self.choices.staff_names()
        lines = []
        for name in self.editors:
            text = display_value(self.kind, name, values.get(name), names)
            lines.append(f"<b>{i18n.field(self.kind, name)}:</b> {_html(text) or '–'}")
        self.theirs_text.setText("<br>".join(lines))
        self.theirs.show()


def _html(text: str) -> str:
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")
    )
