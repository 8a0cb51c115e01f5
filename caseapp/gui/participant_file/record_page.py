"""A file page for one kind of record: its table, and a form beside it to add or edit.

The same page serves contacts, housing, work and education, supports, goals, tasks and
enrolments; what differs per kind (columns, defaults, extra buttons) is declared, not coded here.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from caseapp.gui import contact_memory, i18n
from caseapp.gui.forms.record_form import RecordForm
from caseapp.gui.i18n import N_
from caseapp.gui.icons import Icon, icon
from caseapp.gui.participant_file import page_extras
from caseapp.gui.participant_file.context import FileContext
from caseapp.gui.participant_file.reading_pane import ReadingPane, record_text
from caseapp.gui.participant_file.record_columns import new_record_defaults
from caseapp.gui.participant_file.record_drafts import RecordDrafts
from caseapp.gui.participant_file.record_editing import RecordEditing
from caseapp.gui.participant_file.record_model import RecordTableModel
from caseapp.gui.participant_file.registry import FilePageSpec, register
from caseapp.services.participant_file import ParticipantFile, RecordRow

# Pages with a reading pane under their list.
_READ_IN_PANE = frozenset({"contact"})
# Adding one of these while one is open offers to end the open one (ticked for housing).
_MOVES_ON = {"housing": True, "activity": False}
RESIZE_PRECISION = 30


class RecordPage(QWidget):
    def __init__(self, ctx: FileContext, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.setObjectName(f"page-{kind}")
        self.model = RecordTableModel(kind, self)
        self._select_after: str | None = None

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("page-summary")
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(self.fontMetrics().averageCharWidth() * 30)
        self.progress.hide()
        self.add_button = QPushButton(icon(Icon.SP_FileDialogNewFolder), self.tr("Add"))
        self.add_button.setToolTip(self.tr("Add a new record (Ctrl+N)"))
        self.add_button.setShortcut("Ctrl+N")
        self.edit_button = QPushButton(self.tr("Edit"))
        self.delete_button = QPushButton(icon(Icon.SP_TrashIcon), self.tr("Delete"))
        self.table = QTableView()
        self.table.setObjectName(f"table-{kind}")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        # Fit the columns to the first rows only: measuring hundreds of contacts is slow.
        self.table.horizontalHeader().setResizeContentsPrecision(RESIZE_PRECISION)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(
            len(self.model.columns) - 1, QHeaderView.ResizeMode.Stretch
        )

        # The form is built the first time it is needed: most pages are only looked at.
        self._form: RecordForm | None = None
        self._editing: RecordEditing | None = None
        self._ending_candidate: tuple[str, int] | None = None
        self.end_current = QCheckBox()
        self.end_current.setObjectName("end-current")
        self.end_current.hide()
        self.end_current.toggled.connect(self._ending_toggled)
        self.form_area = QScrollArea()
        self.form_area.setWidgetResizable(True)
        self.form_area.hide()
        self.drafts = RecordDrafts(self)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        self.extra_buttons = page_extras.add_buttons(self, buttons)
        buttons.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        summary_row = QHBoxLayout()
        summary_row.addWidget(self.summary, 1)
        summary_row.addWidget(self.progress)
        left_layout.addLayout(summary_row)
        left_layout.addLayout(buttons)
        # Contacts are read more than written: their whole note shows below the list.
        self.pane: ReadingPane | None = None
        if kind in _READ_IN_PANE:
            self.pane = ReadingPane()
            reading = QSplitter(Qt.Orientation.Vertical)
            reading.addWidget(self.table)
            reading.addWidget(self.pane)
            reading.setStretchFactor(0, 3)
            reading.setStretchFactor(1, 1)
            reading.setChildrenCollapsible(False)
            left_layout.addWidget(reading, 1)
        else:
            left_layout.addWidget(self.table, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.form_area)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        self.add_button.clicked.connect(self.start_new)
        self.edit_button.clicked.connect(self.start_edit)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.activated.connect(lambda _index: self.start_edit())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._selection_changed()

    @property
    def form(self) -> RecordForm:
        if self._form is None:
            form = RecordForm(self.kind, self.ctx.choices)
            form.setObjectName(f"form-{self.kind}")
            form.extra.addWidget(self.end_current)
            self._editing = RecordEditing(self.ctx, form)
            form.save_requested.connect(self._editing.save)
            form.cancel_requested.connect(self.cancel)
            self._editing.saved.connect(self._saved)
            self.form_area.setWidget(form)
            self._form = form
            self.drafts.watch(form)
        return self._form

    @property
    def editing(self) -> RecordEditing:
        self.form  # noqa: B018 - builds the form and its editing together
        assert self._editing is not None
        return self._editing

    # The file's contents

    def show_file(self, pf: ParticipantFile) -> None:
        selected = self._select_after or self.selected_uuid()
        self._select_after = None
        if self._form is not None:
            self._form.choices = self.ctx.choices
        self.model.set_rows(pf.records.get(self.kind, []), self.ctx.choices.staff_names())
        text, progress = page_extras.summary(self.kind, self.model.rows)
        self.summary.setText(text)
        self.summary.setVisible(bool(text))
        self.progress.setVisible(progress is not None)
        if progress is not None:
            self.progress.setRange(0, max(progress[1], 1))
            self.progress.setValue(progress[0])
        if selected:
            self.show_record(selected)

    def show_record(self, uuid: str) -> None:
        row = self.model.row_of(uuid)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def has_unsaved(self) -> bool:
        # isHidden, not isVisible: a form on a tab not in front is still open.
        return self._form is not None and not self.form_area.isHidden() and self._form.dirty

    # Selection

    def selected_row(self) -> RecordRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def selected_uuid(self) -> str | None:
        row = self.selected_row()
        return row.uuid if row else None

    def _selection_changed(self, *_args: Any) -> None:
        row = self.selected_row()
        chosen = row is not None
        if self.pane is not None:
            if row is None:
                self.pane.clear_text()
            else:
                self.pane.show_text(_heading(row), record_text(row))
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
        for button in self.extra_buttons:
            button.setEnabled(chosen)

    # Adding, editing, deleting

    def start_new(self) -> None:
        if self._may_replace_form():
            self.open_form_for(None, 0)

    def open_form_for(self, uuid: str | None, version: int) -> None:
        """The form for a new record (uuid None) or over the given version of a record."""
        self.drafts.discard()  # what was kept for the form before is replaced
        if uuid is None:
            defaults = new_record_defaults(
                self.kind, self.ctx.workspace.actor.key, contact_memory.remembered()
            )
            self._offer_to_end_current()
            self.form.start_new(defaults)
        else:
            self.editing.ending = None
            self.end_current.hide()
            self.form.start_edit(uuid, version, {})
        self.form_area.show()
        self.form.first_editor().setFocus()

    def restore_draft(self, draft: dict[str, Any]) -> None:
        """Open the form as it was when the program stopped (see `record_drafts`)."""
        if self._may_replace_form():
            self.drafts.restore(draft)

    def start_edit(self, overrides: dict[str, Any] | None = None) -> bool:
        """Open the form over the selected record; False when there is none, or the user kept
        the form that was open."""
        row = self.selected_row()
        if row is None or not self._may_replace_form():
            return False
        self.drafts.discard()
        self.editing.ending = None
        self.end_current.hide()
        self.form.start_edit(row.uuid, row.version, row.values)
        self.form_area.show()
        for name, value in (overrides or {}).items():
            self.form.editors[name].set_value(value)
        self.form.first_editor().setFocus()
        return True

    def _offer_to_end_current(self) -> None:
        self.editing.ending = None
        self.end_current.hide()
        if self.kind not in _MOVES_ON:
            return
        open_rows = [r for r in self.model.rows if r.values.get("end") is None]
        if not open_rows:
            return
        current = max(open_rows, key=lambda r: r.values["start"])
        self.end_current.setText(
            self.tr("End the current one ({what} since {since}) the day before this starts").format(
                what=i18n.code(self.kind, current.values["type"]),
                since=i18n.format_date(current.values["start"]),
            )
        )
        self.end_current.setChecked(_MOVES_ON[self.kind])
        self.end_current.show()
        self._ending_candidate = (current.uuid, current.version)
        self._ending_toggled(self.end_current.isChecked())

    def _ending_toggled(self, checked: bool) -> None:
        self.editing.ending = self._ending_candidate if checked else None

    def _may_replace_form(self) -> bool:
        if not self.has_unsaved():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("The form has changes that are not saved. Discard them?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def cancel(self) -> None:
        if not self._may_replace_form():
            return
        self.form.dirty = False
        self.form_area.hide()
        self.drafts.discard()
        self.table.setFocus()

    def _saved(self, uuid: str) -> None:
        self._select_after = uuid
        self.drafts.discard()
        self.form_area.hide()
        self.table.setFocus()

    def delete_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete"),
            self.tr("Delete this {what}? This cannot be undone.").format(
                what=i18n.kind(self.kind).lower()
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self._form is not None and self._form.editing and self._form.editing[0] == row.uuid:
            self._form.dirty = False
            self.form_area.hide()
            self.drafts.discard()
        self.editing.delete(row.uuid, row.version, lambda: None)

    def quick_update(self, changes: dict[str, Any]) -> None:
        """A one-click change of the selected record (mark a task done, a goal achieved)."""
        # Only a form opened for this change is saved: when the user keeps the form they were
        # typing in (Cancel to "Discard changes?"), nothing is saved.
        if self.start_edit(changes):
            self.editing.save()


def _heading(row: RecordRow) -> str:
    v = row.values
    if row.kind == "contact":
        return f"{i18n.format_datetime(v['at'])} · {i18n.code('contact_mode', v['mode'])}"
    return i18n.kind(row.kind)


def _page(kind: str, title: str, order: int, beside: str | None = None) -> FilePageSpec:
    return register(
        FilePageSpec(kind, title, order, lambda ctx: RecordPage(ctx, kind), beside=beside)
    )


_page("contact", N_("Contacts"), 20)
_page("housing", N_("Housing"), 30)
_page("activity", N_("Work and education"), 40)
_page("support", N_("Supports"), 50)
_page("goal", N_("Goals"), 60)
_page("task", N_("Tasks"), 70)
_page("enrolment", N_("Enrolment and exit"), 80)
_page("consent", N_("Consent"), 81, beside="enrolment")
