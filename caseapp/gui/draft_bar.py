"""A bar offering back what was being typed when the program last stopped: a quick contact note,
or a form in a participant's file (the main window's bar offers every such draft, a file's bar
those of that file)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from caseapp.gui import i18n
from caseapp.gui.drafts import QUICK_CONTACT
from caseapp.gui.workspace import Workspace
from caseapp.services.actor import Can


def _when(draft: dict[str, Any]) -> str:
    kept = draft.get("kept_at")
    if isinstance(kept, str):
        try:
            return i18n.format_datetime(datetime.fromisoformat(kept))
        except ValueError:
            pass
    return "?"


def is_record_draft(draft: dict[str, Any]) -> bool:
    return draft.get("form") == "record" and isinstance(draft.get("participant"), str)


class DraftBar(QFrame):
    resume = Signal(dict)

    def __init__(
        self, workspace: Workspace, participant: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("draft-bar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#draft-bar { background: #fff4ce; border: 1px solid #e0c36a; }")
        self.workspace = workspace
        self.participant = participant
        self.box = workspace.drafts
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.resume_button = QPushButton(self.tr("Continue writing"))
        self.resume_button.setObjectName("draft-resume")
        self.discard_button = QPushButton(self.tr("Discard"))
        self.discard_button.setObjectName("draft-discard")
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.resume_button)
        layout.addWidget(self.discard_button)
        self.resume_button.clicked.connect(self._resume)
        self.discard_button.clicked.connect(self._discard)
        self.draft: dict[str, Any] | None = None
        workspace.drafts_changed.connect(self.look)
        workspace.caseload.loaded.connect(self.look)  # the person's name, once it is known
        workspace.caseload.rows_changed.connect(self._rows_changed)
        self.look()

    def _offered(self, draft: dict[str, Any]) -> bool:
        if not self.workspace.actor.can(Can.EDIT_CASE):
            return False  # drafts come from editing: an account that no longer may has none
        if self.participant is not None:
            return is_record_draft(draft) and draft["participant"] == self.participant
        return draft.get("draft") == QUICK_CONTACT or is_record_draft(draft)

    def _rows_changed(self, keys: frozenset[str]) -> None:
        if self.draft is not None and self.draft.get("participant") in keys:
            self.look()  # the person's name may have changed

    def look(self) -> None:
        """Show the bar while drafts were left behind (the newest first)."""
        drafts = [d for d in self.box.leftovers() if self._offered(d)]
        self.draft = drafts[0] if drafts else None
        if self.draft is None:
            self.hide()
            return
        text = self._describe(self.draft)
        if len(drafts) > 1:
            text += " " + self.tr("({n} more)").format(n=len(drafts) - 1)
        self.text.setText(text)
        self.show()

    def _describe(self, draft: dict[str, Any]) -> str:
        if not is_record_draft(draft):
            return self.tr(
                "A contact note you were writing ({when}) was not saved. It was kept for you."
            ).format(when=_when(draft))
        what = i18n.kind(str(draft.get("kind", "")))
        if self.participant is not None:
            return self.tr(
                "What you were typing in this file ({what}, {when}) was not saved. "
                "It was kept for you."
            ).format(what=what, when=_when(draft))
        return self.tr(
            "What you were typing in the file of {person} ({what}, {when}) was not saved. "
            "It was kept for you."
        ).format(person=self._person(draft["participant"]), what=what, when=_when(draft))

    def _person(self, key: str) -> str:
        row = next((r for r in self.workspace.caseload.index.rows if r.key == key), None)
        return f"{row.name} ({key})" if row is not None and row.name else key

    def _resume(self) -> None:
        draft = self.draft
        if draft is None:
            return
        self.box.claim(str(draft["draft"]))  # taken up here: no bar offers it again
        self.resume.emit(draft)

    def _discard(self) -> None:
        draft = self.draft
        if draft is None:
            return
        self.box.store(str(draft["draft"])).discard()
        self.box.claim(str(draft["draft"]))
