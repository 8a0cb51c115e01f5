"""Signing in with one of the database's accounts.

A demo database (setting `demo` = `1`, written by `caseapp demo`) lists its invented accounts,
all with the password `demo`, so a visitor can try every role; no other database shows any
account before someone has signed in.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseapp.gui import i18n
from caseapp.gui.forms.record_form import PROBLEM_STYLE
from caseapp.gui.operations import Operations
from caseapp.services import accounts, demo_accounts
from caseapp.services.actor import Actor
from caseapp.services.demo_accounts import DemoAccount
from caseapp.storage.database import Database

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class SignInDialog(QDialog):
    signed_in = Signal(object)  # Actor

    def __init__(self, db: Database, user: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sign-in")
        self.setWindowTitle(self.tr("Sign in – caseapp"))
        self.db = db
        self.ops = Operations(db, self)
        self.actor: Actor | None = None

        title = QLabel(self.tr("Sign in"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        shown = str(db.path) if db.path is not None else db.display
        where = QLabel(self.tr("Database: {name}").format(name=shown))
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.user = QLineEdit(user)
        self.user.setObjectName("sign-in-user")
        self.password = QLineEdit()
        self.password.setObjectName("sign-in-password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.problem = QLabel()
        self.problem.setObjectName("sign-in-problem")
        self.problem.setStyleSheet(PROBLEM_STYLE)
        self.problem.setWordWrap(True)
        self.demo = QGroupBox(self.tr("Demo accounts (password: demo)"))
        self.demo.setObjectName("demo-accounts")
        self.demo_list = QTreeWidget()
        self.demo_list.setObjectName("demo-account-list")
        self.demo_list.setRootIsDecorated(False)
        self.demo_list.setAlternatingRowColors(True)
        self.demo_list.setHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("User name")])
        hint = QLabel(
            self.tr(
                "This is a demo database with invented people. "
                "Double-click an account to sign in as it."
            )
        )
        hint.setWordWrap(True)
        demo_layout = QVBoxLayout(self.demo)
        demo_layout.addWidget(hint)
        demo_layout.addWidget(self.demo_list)
        self.demo.hide()

        form = QFormLayout()
        form.addRow(self.tr("User name"), self.user)
        form.addRow(self.tr("Password"), self.password)
        self.buttons = QDialogButtonBox()
        self.sign_in_button = QPushButton(self.tr("Sign in"))
        self.sign_in_button.setObjectName("sign-in-button")
        self.sign_in_button.setDefault(True)
        self.buttons.addButton(self.sign_in_button, QDialogButtonBox.ButtonRole.AcceptRole)
        quit_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        quit_button.setText(self.tr("Quit"))
        self.sign_in_button.clicked.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.demo_list.itemClicked.connect(self._pick_demo)
        self.demo_list.itemActivated.connect(self._use_demo)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(where)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.demo)
        layout.addWidget(self.buttons)
        (self.password if user else self.user).setFocus()
        self.ops.read(demo_accounts.demo_accounts, self._show_demo, lambda exc: None, owner=self)

    def _show_demo(self, found: list[DemoAccount]) -> None:
        for account in found:
            item = QTreeWidgetItem([account.name, i18n.code("role", account.role), account.key])
            item.setData(0, KEY_ROLE, account.key)
            self.demo_list.addTopLevelItem(item)
        for column in range(3):
            self.demo_list.resizeColumnToContents(column)
        self.demo.setVisible(bool(found))
        self.adjustSize()

    def _pick_demo(self, item: QTreeWidgetItem) -> None:
        self.user.setText(item.data(0, KEY_ROLE))
        self.password.setText(demo_accounts.DEMO_PASSWORD)

    def _use_demo(self, item: QTreeWidgetItem) -> None:
        self._pick_demo(item)
        self.submit()

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)

    def submit(self) -> None:
        key, password = self.user.text().strip(), self.password.text()
        if not key or not password:
            self.show_problem(self.tr("Type your user name and password."))
            return
        self.sign_in_button.setEnabled(False)
        self.show_problem("")
        self.problem.setText(self.tr("Signing in…"))

        def work(db: Database, _progress: object) -> Actor:
            return accounts.sign_in(db, key, password)

        def done(actor: Actor) -> None:
            self.actor = actor
            self.signed_in.emit(actor)
            self.accept()

        def failed(exc: BaseException) -> None:
            self.sign_in_button.setEnabled(True)
            self.password.clear()
            self.password.setFocus()
            self.show_problem(i18n.message(exc))

        self.ops.run(work, done, failed, owner=self)
