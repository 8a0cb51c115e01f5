"""Take my caseload offline: a laptop database of one's own caseload (or one project's people),
made from the database this window has open and registered with it as a device."""

from __future__ import annotations

import socket
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caseapp.gui import i18n
from caseapp.gui.i18n import tr
from caseapp.gui.workspace import Workspace
from caseapp.services.sync import run
from caseapp.storage import encryption
from caseapp.storage.database import Database


class OfflineDialog(QDialog):
    def __init__(self, projects: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("offline-dialog")
        self.setWindowTitle(self.tr("Take my caseload offline"))
        intro = QLabel(
            self.tr(
                "A laptop database holds the participants you choose, to work on without a "
                "network. Sync it with this database when you are back."
            )
        )
        intro.setWordWrap(True)
        self.scope = QComboBox()
        self.scope.addItem(self.tr("My own caseload"), "mine")
        for key in projects:
            self.scope.addItem(
                self.tr("Everyone in project {project}").format(project=key), f"project:{key}"
            )
        self.path = QLineEdit()
        self.path.setObjectName("offline-path")
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(choose)
        self.encrypt = QCheckBox(self.tr("Encrypt it with a passphrase"))
        self.encrypt.setChecked(encryption.available())
        self.encrypt.setEnabled(encryption.available())
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.problem = QLabel()
        self.problem.setObjectName("offline-problem")
        form = QFormLayout()
        form.addRow(self.tr("Take my caseload offline"), self.scope)
        form.addRow(self.tr("Laptop database file"), where)
        form.addRow(self.encrypt)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        form.addRow(self.tr("Repeat the passphrase"), self.repeat)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.encrypt.toggled.connect(self._encrypt_toggled)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._encrypt_toggled(self.encrypt.isChecked())

    def _encrypt_toggled(self, on: bool) -> None:
        self.passphrase.setEnabled(on)
        self.repeat.setEnabled(on)

    def _choose(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Laptop database"), "laptop.db", self.tr("caseapp databases (*.db)")
        )
        if name:
            self.path.setText(name)

    def _accept(self) -> None:
        if not self.path.text().strip():
            self.problem.setText(self.tr("Choose where to save the laptop database."))
            return
        if self.encrypt.isChecked():
            if self.passphrase.text() != self.repeat.text():
                self.problem.setText(self.tr("The two passphrases differ."))
                return
            try:
                encryption.check_new_passphrase(self.passphrase.text())
            except Exception as exc:  # the rule's own words, in the user's language
                self.problem.setText(i18n.message(exc))
                return
        self.accept()

    def target(self) -> Path:
        return Path(self.path.text().strip())

    def chosen_passphrase(self) -> str | None:
        return self.passphrase.text() if self.encrypt.isChecked() else None


def take_offline(workspace: Workspace, dialog: OfflineDialog) -> None:
    """Run the checkout in the background; the window stays usable."""
    actor, target = workspace.actor, dialog.target()
    mode, passphrase = str(dialog.scope.currentData()), dialog.chosen_passphrase()
    address = workspace.db.url.render_as_string(hide_password=True)

    def work(db: Database, _progress: object) -> run.CheckedOut:
        return run.checkout(
            db,
            actor,
            target,
            server_address=address,
            mode=mode,
            passphrase=passphrase,
            device_name=f"{actor.key} on {socket.gethostname()}",
        )

    def finished(result: run.CheckedOut) -> None:
        text = tr(
            "{file} holds %n participant(s). Open it on the laptop: caseapp --db {file}",
            None,
            result.participants,
        )
        workspace.status_message.emit(text.format(file=result.path))

    def failed(exc: BaseException) -> None:
        workspace.status_message.emit(i18n.message(exc))

    workspace.ops.run(work, finished, failed, label=tr("Taking the caseload offline…"))
