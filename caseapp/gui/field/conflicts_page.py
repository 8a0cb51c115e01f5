"""The conflict inbox: a field changed in two places, with both values, who changed each and
when; a person keeps one of them or types the right value."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from caseapp.gui import i18n
from caseapp.gui.headings import page_heading
from caseapp.gui.i18n import N_, tr
from caseapp.gui.table_model import Column, TableModel
from caseapp.gui.table_view import read_only_table
from caseapp.gui.workspace import Workspace
from caseapp.services.sync import conflicts
from caseapp.services.sync.conflicts import ConflictRow
from caseapp.services.sync.exchange import NO_ACCESS, RECORD_EDITED, RECORD_GONE

_WHOLE = {RECORD_GONE: N_("(record deleted)"), RECORD_EDITED: N_("(record changed)")}


def _value(value: Any) -> str:
    if value is None or value == "":
        return tr(N_("(empty)"))
    if isinstance(value, dict):
        return ", ".join(f"{k}: {v}" for k, v in value.items())
    return str(value)


def _field(row: ConflictRow) -> str:
    if row.field in _WHOLE:
        return tr(_WHOLE[row.field])
    if row.field == NO_ACCESS:
        return row.field
    name = row.field.removesuffix("_id")
    return f"{i18n.kind(row.kind)}: {i18n.field(row.kind, name) or name}"


def _who(by: str | None, at: Any) -> str:
    when = i18n.format_datetime(at.astimezone().replace(tzinfo=None)) if at else ""
    return tr(N_("{who}, {when}")).format(who=by or "?", when=when)


def _server_who(row: ConflictRow) -> str:
    return _who(row.server_changed_by, row.server_changed_at)


def _laptop_who(row: ConflictRow) -> str:
    return _who(row.laptop_changed_by, row.laptop_changed_at)


_COLUMNS: tuple[Column[ConflictRow], ...] = (
    Column(N_("Participant"), lambda r: r.participant or ""),
    Column(N_("Field"), _field),
    Column(N_("Server's value"), lambda r: _value(r.server_value)),
    Column(
        N_("Changed on the server by"), lambda r: _who(r.server_changed_by, r.server_changed_at)
    ),
    Column(N_("Laptop's value"), lambda r: _value(r.laptop_value)),
    Column(
        N_("Changed on the laptop by"), lambda r: _who(r.laptop_changed_by, r.laptop_changed_at)
    ),
)


class ConflictsPage(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflicts-page")
        self.workspace = workspace
        self.model: TableModel[ConflictRow] = TableModel(_COLUMNS, self)
        heading = page_heading(self.tr("Conflicts"))
        intro = QLabel(
            self.tr(
                "A field changed in two places is applied nowhere until you decide. "
                "Until then the team server's value stands."
            )
        )
        intro.setWordWrap(True)
        self.table = read_only_table("conflicts-table", self.model)
        self.empty = QLabel(self.tr("No conflicts: every change has been applied."))
        self.empty.setObjectName("conflicts-empty")
        self.mine = QPushButton(self.tr("Keep the laptop's"))
        self.mine.setObjectName("keep-mine")
        self.theirs = QPushButton(self.tr("Keep the server's"))
        self.theirs.setObjectName("keep-theirs")
        self.other = QPushButton(self.tr("Another value…"))
        self.other.setObjectName("keep-value")
        self.mine.clicked.connect(lambda: self.resolve("mine"))
        self.theirs.clicked.connect(lambda: self.resolve("theirs"))
        self.other.clicked.connect(self.ask_value)
        buttons = QHBoxLayout()
        for button in (self.mine, self.theirs, self.other):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.message = QLabel()
        self.message.setObjectName("conflicts-message")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        workspace.data_changed.connect(lambda _found: self.reload())
        self.loaded_once = False

    def page_shown(self) -> None:
        if not self.loaded_once:
            self.reload()

    def reload(self) -> None:
        actor = self.workspace.actor

        def work(session: Session) -> list[ConflictRow]:
            return conflicts.list_conflicts(session, actor)

        self.workspace.ops.write(work, self._show, self._failed, owner=self)

    def _show(self, rows: list[ConflictRow]) -> None:
        self.loaded_once = True
        self.model.set_rows(rows)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        for button in (self.mine, self.theirs, self.other):
            button.setEnabled(bool(rows))
        if rows:
            self.table.selectRow(0)

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(i18n.message(exc))

    def selected(self) -> ConflictRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def ask_value(self) -> None:
        row = self.selected()
        if row is None:
            return
        value, ok = QInputDialog.getText(
            self,
            self.tr("Conflicts"),
            self.tr("Value for {field}:").format(field=_field(row)),
            text="" if row.laptop_value is None else str(row.laptop_value),
        )
        if ok:
            self.resolve(value)

    def resolve(self, keep: str) -> None:
        row = self.selected()
        if row is None:
            return
        actor = self.workspace.actor

        def work(session: Session) -> ConflictRow:
            return conflicts.resolve(session, actor, row.uuid, keep)

        def done(decided: ConflictRow) -> None:
            self.message.setText(
                self.tr("Decided: {field} is now {value}.").format(
                    field=_field(decided), value=_value(decided.resolution)
                )
            )
            self.workspace.saved()
            self.reload()

        self.workspace.ops.write(work, done, self._failed, owner=self)
