"""Erasing one person's personal data on request: from their file (team leads), or by key from
the retention page (administrators, who may erase but not read files).

The confirmation names what is removed and what stays (see `caseapp.services.erasure`); the
erasure runs in the background, as it rebuilds the database file afterwards.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caseapp.gui import i18n
from caseapp.gui.i18n import tr
from caseapp.gui.workspace import Workspace
from caseapp.services import erasure
from caseapp.storage.database import Database


def confirmation(parent: QWidget | None, key: str, name: str = "") -> QMessageBox:
    """The question asked before erasing: who, what goes, what stays; Cancel is the default."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("Erase personal data"))
    who = f"{name} ({key})" if name else key
    box.setText(tr("Erase the personal data of {who}? This cannot be undone.").format(who=who))
    box.setInformativeText(
        tr(
            "Removed: name, CPR number, phone, e-mail, address and the exact birth date (the "
            "birth year stays), and all free text: the notes of contacts, housing, work, "
            "supports, goals and tasks, addresses, employers, evidence, providers, and the "
            "titles of goals and tasks."
        )
        + "\n\n"
        + tr(
            "Kept: the key and the anonymous facts the outcome figures rest on (enrolment "
            "dates and reasons, housing and work spells, contact dates, modes and topics, goal "
            "areas), so figures already reported do not change, and the audit log. Backups "
            "made before still hold the data."
        )
    )
    box.erase_button = box.addButton(  # type: ignore[attr-defined]
        tr("Erase personal data"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
    return box


def confirm_erase(parent: QWidget | None, key: str, name: str = "") -> bool:
    box = confirmation(parent, key, name)
    box.exec()
    return box.clickedButton() is box.erase_button  # type: ignore[attr-defined]


def erase_in_background(
    workspace: Workspace,
    key: str,
    done: Callable[[bool], None],
    failed: Callable[[BaseException], None],
    owner: QWidget,
) -> None:
    """Erase `key` on request; `done(cleaned)` once the database file is rebuilt (cleaned is
    False when another connection kept the erased values in the log for now)."""
    actor = workspace.actor

    def work(db: Database, progress: erasure.Progress) -> bool:
        return erasure.erase_now(db, actor, [key], "request", progress)

    def finished(cleaned: bool) -> None:
        workspace.saved()  # every screen shows the person as erased
        done(cleaned)

    workspace.ops.run(work, finished, failed, owner=owner, label=tr("Erasing"))


def still_in_log_text() -> str:
    return tr(
        "Someone else has the database open; the erased values leave the database's log when "
        "they close it."
    )


class ErasePersonDialog(QDialog):
    """Pick a person by key and erase their personal data, after the confirmation."""

    erased = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("erase-request")
        self.setWindowTitle(tr("Erase a person on request"))
        self.workspace = workspace
        self.keys: list[str] = []
        intro = QLabel(
            tr(
                "When a person asks to have their data erased, choose them by their key. Their "
                "personal data and every note are removed; the anonymous facts stay."
            )
        )
        intro.setWordWrap(True)
        self.key_box = QComboBox()
        self.key_box.setObjectName("erase-key")
        self.key_box.setEditable(True)
        self.key_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        line = self.key_box.lineEdit()
        if line is not None:
            line.setPlaceholderText("P-0001")
        self.message = QLabel()
        self.message.setObjectName("erase-message")
        self.message.setWordWrap(True)
        self.erase_button = QPushButton(tr("Erase…"))
        self.erase_button.setObjectName("erase-chosen")
        self.erase_button.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(tr("Participant key"), self.key_box)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.erase_button.clicked.connect(self.ask)
        self.resize(self.fontMetrics().averageCharWidth() * 70, self.sizeHint().height())
        self.load_keys()

    def load_keys(self) -> None:
        actor = self.workspace.actor
        self.workspace.ops.read(
            lambda s: erasure.erasable_keys(s, actor), self._keys_loaded, self._failed, owner=self
        )

    def _keys_loaded(self, keys: list[str]) -> None:
        self.keys = keys
        typed = self.key_box.currentText()
        self.key_box.clear()
        self.key_box.addItems(keys)
        self.key_box.setEditText(typed)
        completer = QCompleter(QStringListModel(keys, self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.key_box.setCompleter(completer)
        self.erase_button.setEnabled(True)

    def chosen_key(self) -> str | None:
        typed = self.key_box.currentText().strip().casefold()
        return next((k for k in self.keys if k.casefold() == typed), None)

    def ask(self) -> None:
        key = self.chosen_key()
        if key is None:
            self.message.setText(
                tr("{key} is not a participant whose data can be erased.").format(
                    key=self.key_box.currentText().strip() or "–"
                )
            )
            return
        if confirm_erase(self, key):
            self.erase(key)

    def erase(self, key: str) -> None:
        self.erase_button.setEnabled(False)
        self.message.setText(tr("Erasing") + " …")

        def done(cleaned: bool) -> None:
            text = tr("The personal data of {key} was erased.").format(key=key)
            self.message.setText(text + ("" if cleaned else " " + still_in_log_text()))
            self.key_box.setEditText("")
            self.erased.emit(key)
            self.load_keys()

        erase_in_background(self.workspace, key, done, self._failed, self)

    def _failed(self, exc: BaseException) -> None:
        self.erase_button.setEnabled(bool(self.keys))
        self.message.setText(tr("Could not erase: {reason}").format(reason=i18n.message(exc)))
