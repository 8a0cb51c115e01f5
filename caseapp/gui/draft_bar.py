"""A bar offering back a contact note that was being typed when the program last stopped."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from caseapp.gui import i18n
from caseapp.gui.drafts import DraftStore
from caseapp.gui.workspace import Workspace


class DraftBar(QFrame):
    resume = Signal(dict)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draft-bar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#draft-bar { background: #fff4ce; border: 1px solid #e0c36a; }")
        self.store = DraftStore(workspace.actor.key)
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
        self.look()

    def look(self) -> None:
        """Show the bar when a draft was left behind."""
        self.draft = self.store.load()
        if not self.draft:
            self.hide()
            return
        kept = self.draft.get("kept_at")
        when = ""
        if isinstance(kept, str):
            try:
                when = i18n.format_datetime(datetime.fromisoformat(kept))
            except ValueError:
                when = ""
        self.text.setText(
            self.tr(
                "A contact note you were writing ({when}) was not saved. It was kept for you."
            ).format(when=when or "?")
        )
        self.show()

    def _resume(self) -> None:
        draft = self.draft or {}
        self.hide()
        self.resume.emit(draft)

    def _discard(self) -> None:
        self.store.discard()
        self.draft = None
        self.hide()
