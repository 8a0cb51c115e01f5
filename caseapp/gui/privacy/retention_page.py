"""Retention: who is past the retention period and may be erased, and the privacy settings.

Erasing keeps the anonymous facts (past outcome figures stay as reported) and is audit-logged;
it runs in the background because the database file is rebuilt afterwards.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from caseapp.gui import i18n
from caseapp.gui.headings import page_heading
from caseapp.gui.privacy.erase_request import ErasePersonDialog, still_in_log_text
from caseapp.gui.workspace import Workspace
from caseapp.services import erasure, settings
from caseapp.services.actor import Can
from caseapp.storage.database import Database


class RetentionPage(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retention-page")
        self.workspace = workspace
        heading = page_heading(self.tr("Retention and erasure"))
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.due = QListWidget()
        self.due.setObjectName("retention-due")
        self.due.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.empty = QLabel(self.tr("Nobody is past the retention period."))
        self.empty.setObjectName("retention-empty")
        self.empty.hide()
        self.erase_button = QPushButton(self.tr("Erase selected…"))
        self.erase_button.setObjectName("retention-erase")
        self.request_button = QPushButton(self.tr("Erase a person on request…"))
        self.request_button.setObjectName("erase-on-request")
        self.request_button.setToolTip(
            self.tr("Erase one person's personal data when they ask for it, chosen by key")
        )
        self.request_dialog: ErasePersonDialog | None = None
        buttons = QHBoxLayout()
        buttons.addWidget(self.erase_button)
        buttons.addWidget(self.request_button)
        buttons.addStretch(1)
        self.message = QLabel()
        self.message.setObjectName("retention-message")
        self.message.setWordWrap(True)
        self.years = QSpinBox()
        self.years.setObjectName("setting-retention-years")
        self.minutes = QSpinBox()
        self.minutes.setObjectName("setting-idle-minutes")
        for box, key in (
            (self.years, settings.RETENTION_YEARS),
            (self.minutes, settings.IDLE_LOCK_MINUTES),
        ):
            spec = settings.SPECS[key]
            box.setRange(spec.low, spec.high)
            box.setValue(spec.default)
        self.save_settings = QPushButton(self.tr("Save settings"))
        self.save_settings.setObjectName("save-privacy-settings")
        group = QGroupBox(self.tr("Privacy settings"))
        form = QFormLayout(group)
        form.addRow(self.tr("Years to keep personal data after a case closes"), self.years)
        form.addRow(self.tr("Minutes without use before the program locks"), self.minutes)
        form.addRow("", self.save_settings)
        group.setVisible(workspace.actor.can(Can.MANAGE_ACCOUNTS))
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.empty)
        layout.addWidget(self.due, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(group)
        self.erase_button.clicked.connect(self.ask_erase)
        self.request_button.clicked.connect(self.erase_on_request)
        self.save_settings.clicked.connect(self.store_settings)
        self.loaded_once = False

    def page_shown(self) -> None:
        if not self.loaded_once:
            self.reload()

    def reload(self) -> None:
        self.loaded_once = True
        actor = self.workspace.actor

        def work(session: Session) -> tuple[list[erasure.Due], dict[str, int]]:
            return erasure.due_for_erasure(session, actor), settings.get_all(session)

        self.workspace.ops.read(work, self._loaded, self._failed, owner=self)

    def _loaded(self, result: tuple[list[erasure.Due], dict[str, int]]) -> None:
        due, values = result
        years = values[settings.RETENTION_YEARS]
        self.years.setValue(years)
        self.minutes.setValue(values[settings.IDLE_LOCK_MINUTES])
        self.intro.setText(
            self.tr(
                "People whose case closed more than {years} years ago. Erasing removes names, "
                "CPR number, contact details and every note; the anonymous facts stay, so "
                "outcome figures already reported do not change."
            ).format(years=years)
        )
        self.due.clear()
        for d in due:
            item = QListWidgetItem(
                self.tr("{key}: case closed {closed}").format(
                    key=d.key, closed=i18n.format_date(d.closed_on)
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, d.key)
            self.due.addItem(item)
        self.erase_button.setEnabled(bool(due))
        self.empty.setVisible(not due)

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(i18n.message(exc))

    def selected_keys(self) -> list[str]:
        return [str(item.data(Qt.ItemDataRole.UserRole)) for item in self.due.selectedItems()]

    def ask_erase(self) -> None:
        keys = self.selected_keys()
        if not keys:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Erase personal data"),
            self.tr(
                "Erase the personal data and notes of {n} people? This cannot be undone."
            ).format(n=len(keys)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.erase(keys)

    def erase(self, keys: list[str]) -> None:
        actor = self.workspace.actor

        def work(db: Database, progress: erasure.Progress) -> bool:
            return erasure.erase_now(db, actor, keys, "retention", progress)

        def done(cleaned: bool) -> None:
            text = self.tr("Erased the personal data of %n person(s).", None, len(keys))
            if not cleaned:
                text += " " + still_in_log_text()
            self.message.setText(text)
            self.workspace.saved()
            self.reload()

        self.workspace.ops.run(work, done, self._failed, owner=self, label=self.tr("Erasing"))

    def erase_on_request(self) -> None:
        if self.request_dialog is None:
            self.request_dialog = ErasePersonDialog(self.workspace, self)
            self.request_dialog.erased.connect(lambda _key: self.reload())
        self.request_dialog.show()
        self.request_dialog.raise_()

    def store_settings(self) -> None:
        actor = self.workspace.actor
        years, minutes = self.years.value(), self.minutes.value()

        def work(session: Session) -> None:
            settings.set_value(session, actor, settings.RETENTION_YEARS, years)
            settings.set_value(session, actor, settings.IDLE_LOCK_MINUTES, minutes)

        def done(_: None) -> None:
            self.message.setText(self.tr("Settings saved."))
            self.reload()

        self.workspace.ops.write(work, done, self._failed, owner=self)
