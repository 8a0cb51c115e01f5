"""Registering a new participant (the person and their referral), and editing who they are.

The CPR number is checked as it is typed; one failing the modulus-11 check is a warning only,
since valid numbers without it are issued.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from caseapp.domain.errors import StaleEdit, ValidationFailed
from caseapp.gui import i18n
from caseapp.gui.forms import entry_warnings
from caseapp.gui.forms.choices import FormChoices
from caseapp.gui.forms.entry_warnings import WARNING_STYLE
from caseapp.gui.forms.record_form import PROBLEM_STYLE, RecordForm, is_save_key
from caseapp.gui.workspace import Workspace
from caseapp.services import participants, referrals

PERSON_FIELDS = ("first_name", "last_name", "cpr", "phone", "email", "address")
# Editing leaves the CPR number out: showing it in a form would reveal it without a log entry.
EDIT_FIELDS = ("first_name", "last_name", "phone", "email", "address")
REFERRAL_FIELDS = ("project", "referred_on", "referral_source", "key_worker")


class PersonDialog(QDialog):
    """New participant (with `key` None) or the details of participant `key`."""

    saved = Signal(str)  # the participant's key

    def __init__(
        self,
        workspace: Workspace,
        choices: FormChoices,
        key: str | None = None,
        current: Mapping[str, Any] | None = None,
        version: int = 0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("person-dialog")
        self.workspace = workspace
        self.key = key
        self.version = version
        self.saving = False
        self.setWindowTitle(
            self.tr("New participant") if key is None else self.tr("Edit {key}").format(key=key)
        )
        fields = PERSON_FIELDS if key is None else EDIT_FIELDS
        self.person = RecordForm("participant", choices, fields, embedded=True)
        self.person.setObjectName("person-form")
        self.referral: RecordForm | None = None
        layout = QVBoxLayout(self)
        person_box = QGroupBox(self.tr("The person"))
        QVBoxLayout(person_box).addWidget(self.person)
        layout.addWidget(person_box)
        if key is None:
            self.referral = RecordForm("enrolment", choices, REFERRAL_FIELDS, embedded=True)
            self.referral.setObjectName("referral-form")
            referral_box = QGroupBox(self.tr("Referral"))
            QVBoxLayout(referral_box).addWidget(self.referral)
            layout.addWidget(referral_box)
            self.referral.start_new(
                {
                    "referred_on": date.today(),
                    "key_worker": workspace.actor.key,
                    "project": choices.projects[0][0] if len(choices.projects) == 1 else None,
                }
            )
        if key is None:
            self.person.start_new(current or {})
        else:
            self.person.start_edit(key, version, current or {})
        self.warning = QLabel()
        self.warning.setObjectName("person-warning")
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setObjectName("person-problem")
        self.problem.setStyleSheet(PROBLEM_STYLE)
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("person-save")
        self.save_button.setAutoDefault(False)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.warning)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        # The embedded forms pass on Esc and Ctrl+Enter typed in their fields.
        for form in (self.person, self.referral):
            if form is not None:
                form.save_requested.connect(self.save)
                form.cancel_requested.connect(self.reject)
        self.duplicate = False  # the last look for the same person found one
        self.person.first_editor().setFocus()
        # Wide enough for every field and the longest problem under it, never off a small screen.
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        self.resize(self.sizeHint())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if is_save_key(event):
            self.save()
        else:
            super().keyPressEvent(event)

    def _duplicate_text(self) -> str:
        return self.tr(
            "A person with the same CPR number, or the same name and birth date, is registered "
            "already (perhaps in another project). Make sure this is not the same person."
        )

    def save(self) -> None:
        if self.saving:
            return
        problems = self.person.check(show_all=True)
        if self.referral is not None:
            problems += self.referral.check(show_all=True)
        if problems:
            return
        if self.key is None:
            self._look_for_duplicate()
        else:
            self._confirm_and_write(False)

    def _look_for_duplicate(self) -> None:
        """Before a new person is saved: is someone with the same CPR, or name and birth date,
        registered already? Only yes or no comes back, never who."""
        person, actor = self.person.raw(), self.workspace.actor

        def work(session: Session) -> bool:
            return participants.possible_duplicate(session, actor, person)

        def failed(exc: BaseException) -> None:
            self.saving = False
            self.save_button.setEnabled(True)
            self.problem.setText(i18n.message(exc))

        self.saving = True
        self.save_button.setEnabled(False)
        self.workspace.ops.read(work, self._confirm_and_write, failed, owner=self)

    def _confirm_and_write(self, duplicate: bool) -> None:
        self.saving = False
        self.save_button.setEnabled(True)
        self.duplicate = duplicate
        self.warning.setText(
            self.tr(
                "Possible duplicate: a person with the same CPR number, or the same name and "
                "birth date, is registered already."
            )
            if duplicate
            else ""
        )
        extra = self._duplicate_text() if duplicate else ""
        if not entry_warnings.confirm(self, "participant", self.person.warnings, extra):
            return
        self._write()

    def _write(self) -> None:
        person = {k: v for k, v in self.person.raw().items()}
        actor, key, version = self.workspace.actor, self.key, self.version
        referral = self.referral.raw() if self.referral is not None else None

        def work(session: Session) -> str:
            if key is None:
                assert referral is not None
                return referrals.refer(session, actor, person, referral)[0].key
            return participants.update(session, actor, key, version, person)[0].key

        def done(saved_key: str) -> None:
            self.saving = False
            self.workspace.saved()
            self.saved.emit(saved_key)
            self.accept()

        def failed(exc: BaseException) -> None:
            self.saving = False
            self.save_button.setEnabled(True)
            if isinstance(exc, ValidationFailed):
                self.person.show_problems([p for p in exc.problems if p.where in PERSON_FIELDS])
                if self.referral is not None:
                    self.referral.show_problems(
                        [p for p in exc.problems if p.where in REFERRAL_FIELDS]
                    )
                self.problem.setText("")
            elif isinstance(exc, StaleEdit):
                self.problem.setText(
                    self.tr(
                        "Someone else changed this person's details after you opened them, so "
                        "your change was not saved. Close this window, and edit again."
                    )
                )
            else:
                self.problem.setText(i18n.message(exc))

        self.saving = True
        self.save_button.setEnabled(False)
        self.workspace.ops.write(work, done, failed, owner=self)
