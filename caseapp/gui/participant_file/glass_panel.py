"""Shown instead of a file that is outside the account's projects: the file opens only with a
stated reason, which is logged and shown to the team lead ("break the glass")."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from caseapp.gui import i18n
from caseapp.gui.workspace import Workspace
from caseapp.services import access


class GlassPanel(QWidget):
    opened = Signal()  # the reason was accepted: load the file

    def __init__(self, workspace: Workspace, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("glass-panel")
        self.workspace = workspace
        self.key = key
        text = QLabel(
            self.tr(
                "{key} is not in your projects' caseload. If you need the file, say why: the "
                "opening and your reason are logged and shown to the team lead."
            ).format(key=key)
        )
        text.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setObjectName("glass-reason")
        self.reason.setPlaceholderText(self.tr("Why do you need this file?"))
        self.button = QPushButton(self.tr("Open with this reason"))
        self.button.setObjectName("glass-open")
        self.button.setDefault(True)
        self.message = QLabel()
        self.message.setObjectName("glass-message")
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.reason, 1)
        row.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.button.clicked.connect(self.submit)
        self.reason.returnPressed.connect(self.submit)

    def submit(self) -> None:
        actor, key, reason = self.workspace.actor, self.key, self.reason.text()

        def work(session: Session) -> None:
            access.break_glass(session, actor, key, reason)

        def failed(exc: BaseException) -> None:
            self.message.setText(i18n.message(exc))

        self.workspace.ops.write(work, lambda _none: self.opened.emit(), failed, owner=self)
