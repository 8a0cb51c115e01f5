"""Dialogs to add an account and to set a password; they check what they can as you type."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.fields import validate
from caseapp.gui import i18n
from caseapp.gui.forms.record_form import PROBLEM_STYLE
from caseapp.gui.i18n import tr
from caseapp.services.accounts import MIN_PASSWORD_LENGTH


class PasswordFields:
    """A password typed twice, with the reason it is not acceptable yet."""

    def __init__(self, owner: QWidget) -> None:
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setObjectName("password")
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setObjectName("password-repeat")

    def problem(self) -> str | None:
        if len(self.password.text()) < MIN_PASSWORD_LENGTH:
            return tr("The password must be at least {n} characters").format(n=MIN_PASSWORD_LENGTH)
        if self.password.text() != self.repeat.text():
            return tr("The two passwords differ")
        return None


class _Dialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.problem = QLabel()
        self.problem.setObjectName("dialog-problem")
        self.problem.setStyleSheet(PROBLEM_STYLE)
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def _show_problem(self, text: str | None) -> None:
        self.problem.setText(text or "")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(text is None)


class AddAccountDialog(_Dialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Add account"), parent)
        self.key = QLineEdit()
        self.key.setObjectName("account-key")
        self.name = QLineEdit()
        self.name.setObjectName("account-name")
        self.role = QComboBox()
        self.role.setObjectName("account-role")
        for code, text in i18n.choices("role"):
            self.role.addItem(text, code)
        self.role.setCurrentIndex(self.role.findData("caseworker"))
        self.email = QLineEdit()
        self.passwords = PasswordFields(self)
        self.form.addRow(i18n.field("staff", "key"), self.key)
        self.form.addRow(i18n.field("staff", "name"), self.name)
        self.form.addRow(i18n.field("staff", "role"), self.role)
        self.form.addRow(i18n.field("staff", "email"), self.email)
        self.form.addRow(tr("Password"), self.passwords.password)
        self.form.addRow(tr("Repeat password"), self.passwords.repeat)
        for edit in (
            self.key,
            self.name,
            self.email,
            self.passwords.password,
            self.passwords.repeat,
        ):
            edit.textChanged.connect(self._check)
        self._check()

    def values(self) -> dict[str, str | None]:
        return {
            "key": self.key.text().strip(),
            "name": self.name.text().strip(),
            "role": self.role.currentData(),
            "email": self.email.text().strip() or None,
        }

    def _check(self) -> None:
        _, problems = validate("staff", self.values())
        if problems:
            self._show_problem(i18n.problem("staff", problems[0]))
        else:
            self._show_problem(self.passwords.problem())


class PasswordDialog(_Dialog):
    def __init__(self, account: str, parent: QWidget | None = None) -> None:
        super().__init__(tr("Set password for {account}").format(account=account), parent)
        self.passwords = PasswordFields(self)
        self.form.addRow(tr("New password"), self.passwords.password)
        self.form.addRow(tr("Repeat password"), self.passwords.repeat)
        self.passwords.password.textChanged.connect(self._check)
        self.passwords.repeat.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        self._show_problem(self.passwords.problem())
