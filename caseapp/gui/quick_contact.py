"""Logging a contact in a few seconds, from anywhere (Ctrl+K).

Pick the person by typing, the time is now, mode and place are the last ones used, topics are
toggles, Ctrl+Enter saves. Every change is written to a private draft (debounced), so a note
survives a crash; the draft goes when the contact is saved or cancelled.
"""

from __future__ import annotations

import contextlib
from datetime import datetime
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from caseapp.domain import danish_text, plausibility
from caseapp.domain.fields import RECORDS, validate
from caseapp.gui import contact_memory, i18n
from caseapp.gui.drafts import QUICK_CONTACT
from caseapp.gui.forms import entry_warnings
from caseapp.gui.forms.field_editors import (
    ChoiceEditor,
    DateTimeEditor,
    LineEditor,
    NoteEditor,
    ToggleEditor,
)
from caseapp.gui.forms.record_form import PROBLEM_STYLE, is_save_key
from caseapp.gui.workspace import Workspace
from caseapp.services import case_records
from caseapp.services.caseload_search import ListFilter

DRAFT_DELAY_MS = 400
_FIELDS = {f.name: f for f in RECORDS["contact"]}


SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1


class FoldingCompleter(QCompleter):
    """Offers names as typed the Danish way: "soren" and "soeren" find Søren. Matching runs on
    the name and its folded spellings; the name alone is shown and put in the field."""

    def __init__(self, texts: list[str], parent: QWidget) -> None:
        model = QStandardItemModel(parent)
        for text in texts:
            item = QStandardItem(text)
            item.setData(f"{text}\n{danish_text.search_text(text)}", SEARCH_ROLE)
            model.appendRow(item)
        super().__init__(model, parent)
        self.setCompletionRole(SEARCH_ROLE)

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        return str(index.data(Qt.ItemDataRole.DisplayRole))


class QuickContactDialog(QDialog):
    def __init__(
        self, workspace: Workspace, participant: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("quick-contact")
        self.setWindowTitle(self.tr("Log a contact"))
        self.workspace = workspace
        self.drafts = workspace.drafts.store(QUICK_CONTACT)
        self.saving = False
        self._touched = False
        self._choices: dict[str, str] = {}  # picker text -> participant key
        self._names: dict[str, str] = {}  # participant key -> picker text

        self.person = QLineEdit()
        self.person.setObjectName("contact-person")
        self.person.setPlaceholderText(self.tr("Type a name, key or the last CPR digits"))
        self.person_status = QLabel()
        self.person_status.setObjectName("contact-person-status")
        self.at = DateTimeEditor(_FIELDS["at"])
        self.at.setObjectName("contact-at")
        self.duration = LineEditor(_FIELDS["duration_min"])
        self.duration.setObjectName("contact-duration")
        self.duration.edit.setPlaceholderText(self.tr("minutes"))
        self.mode = ChoiceEditor(i18n.choices("contact_mode"), required=True)
        self.mode.setObjectName("contact-mode")
        self.location = ChoiceEditor(i18n.choices("contact_location"), required=False)
        self.location.setObjectName("contact-location")
        self.topics = ToggleEditor(i18n.choices("contact_topic"))
        self.topics.setObjectName("contact-topics")
        self.note = NoteEditor(_FIELDS["note"])
        self.note.setObjectName("contact-note")
        self.note.edit.setPlaceholderText(self.tr("What happened, what was agreed"))
        self.problem = QLabel()
        self.problem.setObjectName("contact-problem")
        self.problem.setStyleSheet(PROBLEM_STYLE)
        self.problem.setWordWrap(True)

        when = QHBoxLayout()
        when.addWidget(self.at, 2)
        when.addWidget(QLabel(i18n.field("contact", "duration_min")))
        when.addWidget(self.duration, 1)
        how = QHBoxLayout()
        how.addWidget(self.mode, 1)
        place = QLabel(i18n.field("contact", "location"))
        place.setBuddy(self.location.focus_widget())
        how.addWidget(place)
        how.addWidget(self.location, 1)
        form = QFormLayout()
        form.addRow(self.tr("Participant"), self.person)
        form.addRow("", self.person_status)
        form.addRow(i18n.field("contact", "at"), when)
        form.addRow(i18n.field("contact", "mode"), how)
        form.addRow(i18n.field("contact", "topics"), self.topics)
        form.addRow(i18n.field("contact", "note"), self.note)

        self.buttons = QDialogButtonBox()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("contact-save")
        self.save_button.setToolTip(self.tr("Save (Ctrl+Enter)"))
        # Enter alone moves on (or picks the person); only Ctrl+Enter saves.
        self.save_button.setAutoDefault(False)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(self.sizeHint().expandedTo(self.fontMetrics().size(0, "M" * 60)))

        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.keep_draft)
        self._fill_people()
        remembered = contact_memory.remembered()
        self.mode.set_value(remembered.get("mode") or "in_person")
        self.location.set_value(remembered.get("location"))
        if participant:
            self.person.setText(self._names.get(participant, participant))
        for editor in (self.at, self.duration, self.mode, self.location, self.topics, self.note):
            editor.changed.connect(self._changed)
        self.person.textChanged.connect(self._changed)
        self._check(show=False)
        self._touched = False
        (self.note.edit if participant else self.person).setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if is_save_key(event):
            self.save()
        else:
            super().keyPressEvent(event)

    # The people to pick from

    def _fill_people(self) -> None:
        for row in self.workspace.caseload.index.rows:
            if row.status == "exited" or not row.name:
                continue
            text = f"{row.name} ({row.key})"
            self._choices[text.casefold()] = row.key
            self._names[row.key] = text
        completer = FoldingCompleter(list(self._names.values()), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(12)
        self.person.setCompleter(completer)

    def participant_key(self) -> str | None:
        text = self.person.text().strip()
        if not text:
            return None
        key = self._choices.get(text.casefold())
        if key is None and text.upper() in self._names:
            key = text.upper()
        if key is None:
            # The last digits of a CPR number, or a unique part of a name.
            index = self.workspace.caseload.index
            found = index.select(ListFilter(text=text), self.workspace.caseload.today)
            if len(found) == 1:
                key = index.rows[found[0]].key
        return key

    # Checking, drafts, saving

    def raw(self) -> dict[str, Any]:
        return {
            "at": self.at.raw(),
            "duration_min": self.duration.raw(),
            "mode": self.mode.raw(),
            "location": self.location.raw(),
            "staff": self.workspace.actor.key,
            "topics": self.topics.raw(),
            "note": self.note.raw(),
        }

    def _changed(self) -> None:
        self._touched = True
        self._check(show=False)
        self._draft_timer.start()

    def _check(self, show: bool) -> bool:
        key = self.participant_key()
        if key is not None:
            self.person_status.setText("✓ " + self._names.get(key, key))
        elif self.person.text().strip():
            self.person_status.setText(
                self.tr("No single participant matches; pick one from the list")
            )
        else:
            self.person_status.setText("")
        _, problems = validate("contact", self.raw())
        texts = [i18n.problem("contact", p) for p in problems]
        if key is None and show:
            texts.insert(0, self.tr("Choose the participant"))
        self.problem.setText("\n".join(texts) if show or self._touched else "")
        return key is not None and not problems

    def keep_draft(self) -> None:
        if not self.note.raw().strip() and not self.person.text().strip():
            self.drafts.discard()
            return
        self.drafts.save(
            {
                **self.raw(),
                "form": "quick_contact",
                "person": self.person.text(),
                "participant": self.participant_key(),  # erased with the person
                "kept_at": datetime.now().isoformat(),
            }
        )

    def restore(self, draft: dict[str, Any]) -> None:
        self.person.setText(draft.get("person", ""))
        at = draft.get("at")
        if isinstance(at, str):
            with contextlib.suppress(ValueError):
                self.at.set_value(datetime.fromisoformat(at))
        self.duration.set_value(draft.get("duration_min"))
        self.mode.set_value(draft.get("mode"))
        self.location.set_value(draft.get("location"))
        self.topics.set_value(draft.get("topics"))
        self.note.set_value(draft.get("note"))

    def save(self) -> None:
        if self.saving:
            return
        self._draft_timer.stop()
        self.keep_draft()
        if not self._check(show=True):
            return
        values, _ = validate("contact", self.raw())
        if not entry_warnings.confirm(self, "contact", plausibility.warnings("contact", values)):
            return
        key = self.participant_key()
        assert key is not None
        raw, actor = self.raw(), self.workspace.actor

        def work(session: Session) -> str:
            return case_records.add(session, actor, key, "contact", raw).uuid

        def done(_uuid: str) -> None:
            self.saving = False
            self.drafts.discard()
            contact_memory.remember(raw["mode"], raw["location"])
            self.workspace.saved()
            self.accept()

        def failed(exc: BaseException) -> None:
            self.saving = False
            self.save_button.setEnabled(True)
            self.problem.setText(self.tr("Not saved: {reason}").format(reason=i18n.message(exc)))

        self.saving = True
        self.save_button.setEnabled(False)
        self.problem.setText(self.tr("Saving…"))
        self.workspace.ops.write(work, done, failed, owner=self)

    def reject(self) -> None:
        if self.note.raw().strip():
            answer = QMessageBox.question(
                self,
                self.tr("Discard the note?"),
                self.tr("The note has not been saved. Discard it?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        self._draft_timer.stop()
        self.drafts.discard()
        super().reject()
