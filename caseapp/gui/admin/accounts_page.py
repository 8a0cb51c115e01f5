"""Administration: the accounts, adding, disabling and setting passwords for them, the projects
each works on, and which projects narrow case workers to their own caseload.

Password hashing is deliberately slow (Argon2id), so every change runs in the background.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from caseapp.gui import i18n
from caseapp.gui.admin.account_dialogs import AddAccountDialog, PasswordDialog
from caseapp.gui.admin.accounts_model import AccountsModel
from caseapp.gui.admin.project_access import ProjectAccessDialog
from caseapp.gui.headings import page_heading
from caseapp.gui.icons import Icon, icon
from caseapp.gui.workspace import Workspace
from caseapp.services import access, accounts, projects
from caseapp.services.accounts import AccountRow
from caseapp.storage.models import Project


class AccountsPage(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accounts-page")
        self.workspace = workspace
        self.model = AccountsModel(self)
        heading = page_heading(self.tr("Accounts"))
        self.message = QLabel()
        self.message.setObjectName("accounts-message")
        self.message.setWordWrap(True)
        self.add_button = QPushButton(icon(Icon.SP_FileDialogNewFolder), self.tr("Add account…"))
        self.password_button = QPushButton(self.tr("Set password…"))
        self.active_button = QPushButton(self.tr("Disable"))
        self.active_button.setObjectName("toggle-active")
        self.projects_button = QPushButton(self.tr("Projects…"))
        self.projects_button.setObjectName("account-projects")
        self.table = QTableView()
        self.table.setObjectName("accounts-table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.password_button)
        buttons.addWidget(self.active_button)
        buttons.addWidget(self.projects_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        self.add_button.clicked.connect(self.add_account)
        self.password_button.clicked.connect(self.set_password)
        self.active_button.clicked.connect(self.toggle_active)
        self.projects_button.clicked.connect(self.edit_projects)
        self.narrowing = QListWidget()
        self.narrowing.setObjectName("own-caseload-list")
        self.narrowing.itemChanged.connect(self._narrowing_changed)
        narrowing_box = QGroupBox(self.tr("Case workers see only their own caseload in"))
        QVBoxLayout(narrowing_box).addWidget(self.narrowing)
        layout.insertWidget(layout.count() - 1, narrowing_box)
        self.project_rows: list[tuple[str, str, bool]] = []
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._selection_changed()
        self.loaded_once = False

    def page_shown(self) -> None:
        if not self.loaded_once:
            self.reload()

    def reload(self, select: str | None = None) -> None:
        actor = self.workspace.actor

        def work(session: Session) -> tuple[list[AccountRow], list[access.Grant], list[Project]]:
            return (
                accounts.list_users(session, actor),
                access.grants(session, actor),
                projects.list_projects(session, actor),
            )

        def done(result: tuple[list[AccountRow], list[access.Grant], list[Project]]) -> None:
            rows, grants, project_list = result
            self.loaded_once = True
            current = select or self.selected_key()
            self.model.projects = {}
            for g in grants:
                self.model.projects.setdefault(g.user, []).append(g.project)
            self.project_rows = [(p.key, p.name, p.own_caseload_only) for p in project_list]
            self._show_narrowing()
            self.model.set_rows(rows)
            row = self.model.row_of(current) if current else None
            if row is not None:
                self.table.selectRow(row)
            self._selection_changed()

        self.workspace.ops.read(work, done, owner=self)

    def selected(self) -> AccountRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def selected_key(self) -> str | None:
        row = self.selected()
        return row.key if row else None

    def _show_narrowing(self) -> None:
        self.narrowing.blockSignals(True)
        self.narrowing.clear()
        for key, name, narrowed in self.project_rows:
            item = QListWidgetItem(f"{key} – {name}")
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if narrowed else Qt.CheckState.Unchecked)
            self.narrowing.addItem(item)
        self.narrowing.blockSignals(False)

    def _narrowing_changed(self, item: QListWidgetItem) -> None:
        actor, key = self.workspace.actor, str(item.data(Qt.ItemDataRole.UserRole))
        on = item.checkState() == Qt.CheckState.Checked

        def work(session: Session) -> None:
            access.set_own_caseload_only(session, actor, key, on)

        text = (
            self.tr("Case workers in {project} now see only their own caseload.")
            if on
            else self.tr("Case workers in {project} now see the whole project.")
        )
        self._run(work, text.format(project=key), self.selected_key())

    def edit_projects(self) -> None:
        row = self.selected()
        if row is None:
            return
        held = set(self.model.projects.get(row.key, []))
        choices = [(key, name) for key, name, _ in self.project_rows]
        dialog = ProjectAccessDialog(row.key, row.name, choices, held, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        chosen = dialog.chosen()
        actor, key = self.workspace.actor, row.key

        def work(session: Session) -> None:
            access.set_projects(session, actor, key, chosen)

        self._run(work, self.tr("Projects of {key} saved.").format(key=key), key)

    def _selection_changed(self, *_args: object) -> None:
        row = self.selected()
        self.projects_button.setEnabled(row is not None and row.role != "admin")
        self.password_button.setEnabled(row is not None)
        self.active_button.setEnabled(row is not None and row.key != self.workspace.actor.key)
        self.active_button.setText(
            self.tr("Enable") if row is not None and not row.active else self.tr("Disable")
        )

    def _run(self, work: Callable[[Session], object], done_text: str, select: str | None) -> None:
        def done(_result: object) -> None:
            self.message.setText(done_text)
            self.reload(select)
            self.workspace.saved()

        def failed(exc: BaseException) -> None:
            self.message.setText(i18n.message(exc))

        self.message.setText(self.tr("Working…"))
        self.workspace.ops.write(work, done, failed, owner=self)

    def add_account(self) -> None:
        dialog = AddAccountDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        v = dialog.values()
        password = dialog.passwords.password.text()
        actor = self.workspace.actor

        def work(session: Session) -> None:
            accounts.add_user(
                session, actor, str(v["key"]), str(v["name"]), str(v["role"]), password, v["email"]
            )

        self._run(work, self.tr("Account {key} added.").format(key=v["key"]), str(v["key"]))

    def set_password(self) -> None:
        row = self.selected()
        if row is None:
            return
        dialog = PasswordDialog(row.key, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        password = dialog.passwords.password.text()
        actor, key = self.workspace.actor, row.key

        def work(session: Session) -> None:
            accounts.set_password(session, actor, key, password)

        self._run(work, self.tr("Password set for {key}.").format(key=key), key)

    def toggle_active(self) -> None:
        row = self.selected()
        if row is None:
            return
        actor, key, active = self.workspace.actor, row.key, not row.active
        if not active:
            answer = QMessageBox.question(
                self,
                self.tr("Disable account"),
                self.tr("Disable {name} ({key})? They can no longer sign in.").format(
                    name=row.name, key=key
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return

        def work(session: Session) -> None:
            accounts.set_active(session, actor, key, active)

        text = self.tr("Account {key} enabled.") if active else self.tr("Account {key} disabled.")
        self._run(work, text.format(key=key), key)
