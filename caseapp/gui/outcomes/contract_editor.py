"""Editing a project's contract (team leads; others see it read-only).

Every edit is checked as it is typed against the dataset schema and the outcome rules
(`contracts.problems`); a save needs a reason, which the history keeps with who and when.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.errors import Problem, ValidationFailed
from caseapp.gui import i18n
from caseapp.gui.i18n import tr
from caseapp.gui.operations import Operations
from caseapp.gui.outcomes.contract_form import ContractForm, blank_contract
from caseapp.gui.outcomes.contract_text import path_label
from caseapp.gui.outcomes.screen import OutcomeScreen
from caseapp.services import contracts
from caseapp.services.actor import Actor, Can
from caseapp.services.contracts import ContractState
from caseapp.storage.database import Database

_ERROR = "color: #b00020;"


class ContractEditor(OutcomeScreen):
    """`saved` is emitted after a new revision was stored; `loaded` when a contract is shown."""

    saved = Signal()
    loaded = Signal()

    def __init__(
        self,
        db: Database,
        actor: Actor,
        project_key: str,
        *,
        ops: Operations | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, actor, ops, parent)
        self.project_key = project_key
        self.may_edit = actor.can(Can.EDIT_CONTRACT)
        self.state: ContractState | None = None
        self._original: dict[str, Any] | None = None

        self.banner = QLabel("")
        self.banner.setWordWrap(True)
        self.form = ContractForm()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        self.problems = QListWidget()
        self.problems.setStyleSheet(_ERROR)
        self.problems.setMaximumHeight(self.fontMetrics().lineSpacing() * 6)
        self.problems.hide()
        self.comment = QLineEdit()
        self.comment.setPlaceholderText(
            tr("Why the change (kept in the history with your name and the time)")
        )
        self.save_button = QPushButton(tr("Save as a new revision"))
        self.revert_button = QPushButton(tr("Undo my changes"))
        self.status = QLabel("")
        self.status.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(QLabel(tr("Reason")))
        bottom.addWidget(self.comment, 1)
        bottom.addWidget(self.revert_button)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.status)
        if self.may_edit:
            layout.addLayout(bottom)
        else:
            for widget in (self.comment, self.save_button, self.revert_button):
                widget.hide()

        self.form.changed.connect(self._edited)
        self.comment.textChanged.connect(lambda _t: self._edited())
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.reload)
        self.problems.itemActivated.connect(self._go_to_problem)
        self.problems.itemClicked.connect(self._go_to_problem)
        self.form.setEnabled(False)

    def has_unsaved(self) -> bool:
        return self._original is not None and self.form.value() != self._original

    def reload(self) -> None:
        """Show the contract as stored now (throwing away unsaved edits)."""
        self._asked = True
        self._waiting = True
        actor, key = self._actor, self.project_key
        self._ops.read(
            lambda s: contracts.current(s, actor, key), self._loaded, self._failed, owner=self
        )

    def _loaded(self, state: ContractState) -> None:
        self._waiting = False
        self.state = state
        contract = state.contract or blank_contract(date.today() + timedelta(days=3 * 365))
        self.form.set_value(contract)
        self.form.set_read_only(not self.may_edit)
        self.form.setEnabled(True)
        self._original = None if state.contract is None else self.form.value()
        self.comment.clear()
        self.status.setStyleSheet("")
        self.status.setText("")
        if state.contract is None and not self.may_edit:
            self.banner.setText(tr("The project has no contract yet; a team lead sets it up."))
        elif state.contract is None:
            self.banner.setText(
                tr(
                    "The project has no contract yet. Fill in the form; nothing is earned "
                    "until it is saved."
                )
            )
        elif not self.may_edit:
            self.banner.setText(
                tr("Only a team lead can change the contract; you see it read-only.")
            )
        else:
            self.banner.setText(
                tr(
                    "Revision {revision}. Changes are saved as a new revision; earlier ones stay "
                    "in the history."
                ).format(revision=state.revision or 1)
            )
        self._edited()
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self._waiting = False
        self.status.setStyleSheet(_ERROR)
        self.status.setText(i18n.message(exc))

    def current_problems(self) -> list[Problem]:
        return contracts.problems(self.form.value())

    def _edited(self) -> None:
        if self.state is None:
            return
        found = self.current_problems()
        self._show_problems(found)
        changed = self._original is None or self.form.value() != self._original
        self.save_button.setEnabled(
            self.may_edit and changed and not found and bool(self.comment.text().strip())
        )
        self.revert_button.setEnabled(self.may_edit and changed and self._original is not None)

    def _show_problems(self, found: list[Problem]) -> None:
        self.problems.clear()
        contract = self.form.value()
        for p in found:
            item = QListWidgetItem(f"{path_label(p.where, contract)}: {i18n.message(p)}")
            item.setData(Qt.ItemDataRole.UserRole, p.where)
            self.problems.addItem(item)
        self.problems.setVisible(bool(found))

    def _go_to_problem(self, item: QListWidgetItem) -> None:
        where = str(item.data(Qt.ItemDataRole.UserRole) or "")
        if where.startswith("metrics["):
            self.form.show_metric(int(where[len("metrics[") : where.index("]")]))

    def save(self) -> None:
        if self.state is None or not self.may_edit:
            return
        actor, key, version = self._actor, self.project_key, self.state.version
        contract, comment = self.form.value(), self.comment.text()
        self._waiting = True
        self.save_button.setEnabled(False)
        self.status.setStyleSheet("")
        self.status.setText(tr("Saving …"))
        self._ops.write(
            lambda s: contracts.save(s, actor, key, version, contract, comment),
            self._saved,
            self._save_failed,
            owner=self,
        )

    def _saved(self, state: ContractState) -> None:
        self._loaded(state)
        self.status.setText(tr("Saved as revision {revision}.").format(revision=state.revision))
        self.saved.emit()

    def _save_failed(self, exc: BaseException) -> None:
        self._waiting = False
        if isinstance(exc, ValidationFailed):
            self._show_problems(exc.problems)
            self.status.setText("")
            return
        self._failed(exc)
        self._edited()
