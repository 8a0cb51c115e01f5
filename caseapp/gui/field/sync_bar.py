"""On a field laptop's window: when it last synced, what waits to be sent, and "Sync now"."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QLabel, QLineEdit, QPushButton, QWidget
from sqlalchemy.orm import Session

from caseapp.gui import i18n
from caseapp.gui.i18n import tr
from caseapp.gui.workspace import Workspace
from caseapp.services.sync import run, state
from caseapp.storage.database import Database


class SyncBar(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sync-bar")
        self.workspace = workspace
        self.label = QLabel()
        self.label.setObjectName("sync-status")
        self.button = QPushButton(self.tr("Sync now"))
        self.button.setObjectName("sync-now")
        self.button.setToolTip(self.tr("Sync with the team server"))
        self.button.clicked.connect(self.ask_and_sync)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.button)
        self.status: state.LaptopStatus | None = None
        workspace.data_changed.connect(lambda _found: self.refresh())

    def refresh(self) -> None:
        def work(session: Session) -> state.LaptopStatus | None:
            return state.laptop_status(session)

        self.workspace.ops.read(work, self._show, owner=self)

    def _show(self, status: state.LaptopStatus | None) -> None:
        self.status = status
        self.setVisible(status is not None)
        if status is None:
            return
        parts = [
            self.tr("Last synced {when}").format(
                when=i18n.format_datetime(status.last_synced.astimezone().replace(tzinfo=None))
            )
            if status.last_synced
            else self.tr("Never synced")
        ]
        if status.unsent:
            parts.append(self.tr("%n change(s) to send", None, status.unsent))
        if status.open_conflicts:
            parts.append(self.tr("%n conflict(s)", None, status.open_conflicts))
        self.label.setText(" · ".join(parts))

    def ask_and_sync(self) -> None:
        password, ok = QInputDialog.getText(
            self,
            self.tr("Sync with the team server"),
            self.tr("Your password on the team server:"),
            QLineEdit.EchoMode.Password,
        )
        if ok:
            self.sync(password)

    def sync(self, password: str) -> None:
        self.button.setEnabled(False)

        def work(db: Database, _progress: object) -> run.Synced:
            return run.sync(db, password)

        def done(result: run.Synced) -> None:
            self.button.setEnabled(True)
            self.workspace.status_message.emit(
                tr(
                    "Synced: {sent} changes sent, {received} participants updated, "
                    "{conflicts} conflicts open."
                ).format(
                    sent=result.sent, received=result.received, conflicts=result.open_conflicts
                )
            )
            self.workspace.refresh()
            self.refresh()

        def failed(exc: BaseException) -> None:
            self.button.setEnabled(True)
            self.workspace.status_message.emit(
                tr("The sync did not finish: {reason}. Nothing was lost; sync again.").format(
                    reason=i18n.message(exc).rstrip(".")
                )
            )
            self.refresh()

        self.workspace.ops.run(work, done, failed, owner=self, label=tr("Syncing…"))
