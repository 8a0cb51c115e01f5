"""Administration: the account list, adding an account, disabling one, setting a password."""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy as sa
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from caseapp.domain.errors import NotAllowed
from caseapp.gui.admin import accounts_page
from caseapp.gui.admin.account_dialogs import AddAccountDialog, PasswordDialog
from caseapp.gui.workspace import Workspace
from caseapp.services import accounts
from caseapp.storage.database import Database

from .conftest import ADMIN


@pytest.fixture
def page(qtbot: QtBot, gui_db: Database):  # type: ignore[no-untyped-def]
    workspace = Workspace(gui_db, ADMIN)
    page = accounts_page.AccountsPage(workspace)
    qtbot.addWidget(page)
    page.show()
    page.page_shown()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=10000)
    yield page
    workspace.stop()


def select(page: accounts_page.AccountsPage, key: str) -> None:
    row = page.model.row_of(key)
    assert row is not None
    page.table.selectRow(row)


def test_the_add_dialog_says_what_is_missing(qtbot: QtBot) -> None:
    dialog = AddAccountDialog()
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and dialog.problem.text() == "User name: is required"
    dialog.key.setText("kbj")
    dialog.name.setText("Karen Bjerre")
    dialog.passwords.password.setText("short")
    assert dialog.problem.text() == "The password must be at least 8 characters"
    dialog.passwords.password.setText("long enough")
    dialog.passwords.repeat.setText("long enougH")
    assert dialog.problem.text() == "The two passwords differ"
    dialog.passwords.repeat.setText("long enough")
    assert ok.isEnabled() and dialog.problem.text() == ""


def test_add_disable_and_set_a_password(
    qtbot: QtBot, page, gui_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    def filled(parent: object) -> AddAccountDialog:
        dialog = AddAccountDialog(page)
        dialog.key.setText("kbj")
        dialog.name.setText("Karen Bjerre")
        dialog.role.setCurrentIndex(dialog.role.findData("caseworker"))
        dialog.passwords.password.setText("first-password")
        dialog.passwords.repeat.setText("first-password")
        dialog.exec = lambda: QDialog.DialogCode.Accepted  # type: ignore[method-assign]
        return dialog

    monkeypatch.setattr(accounts_page, "AddAccountDialog", filled)
    page.add_account()
    qtbot.waitUntil(lambda: page.model.row_of("kbj") is not None, timeout=15000)
    assert page.message.text() == "Account kbj added."
    assert page.selected_key() == "kbj"

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.toggle_active()
    qtbot.waitUntil(lambda: page.message.text() == "Account kbj disabled.", timeout=15000)
    qtbot.waitUntil(lambda: page.active_button.text() == "Enable", timeout=5000)
    with pytest.raises(NotAllowed):
        accounts.sign_in(gui_db, "kbj", "first-password")

    def new_password(key: str, parent: object) -> PasswordDialog:
        dialog = PasswordDialog(key, page)
        dialog.passwords.password.setText("second-password")
        dialog.passwords.repeat.setText("second-password")
        dialog.exec = lambda: QDialog.DialogCode.Accepted  # type: ignore[method-assign]
        return dialog

    monkeypatch.setattr(accounts_page, "PasswordDialog", new_password)
    page.toggle_active()  # enable again
    qtbot.waitUntil(lambda: page.message.text() == "Account kbj enabled.", timeout=15000)
    select(page, "kbj")
    page.set_password()
    qtbot.waitUntil(lambda: page.message.text() == "Password set for kbj.", timeout=15000)
    assert accounts.sign_in(gui_db, "kbj", "second-password").role == "caseworker"


def test_an_administrator_cannot_disable_themselves(page) -> None:  # type: ignore[no-untyped-def]
    select(page, "admin")
    assert not page.active_button.isEnabled()


def test_an_accounts_projects_are_ticked_and_a_project_narrowed(
    qtbot: QtBot, page, gui_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from caseapp.gui.admin import project_access
    from caseapp.services import caseload
    from caseapp.storage.models import Project

    from .conftest import WORKER

    row = page.model.row_of("mmp")
    assert page.model.index(row, page.model.columnCount() - 1).data() == "AAL-SIB, AAR-HF"
    select(page, "mmp")
    seen: list[project_access.ProjectAccessDialog] = []

    def untick_aalborg(dialog: project_access.ProjectAccessDialog) -> int:
        seen.append(dialog)
        for i in range(dialog.list.count()):
            item = dialog.list.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == "AAL-SIB":
                item.setCheckState(Qt.CheckState.Unchecked)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(project_access.ProjectAccessDialog, "exec", untick_aalborg)
    page.projects_button.click()
    assert seen and seen[0].windowTitle() == "Projects of Mette Mondrup Pedersen"
    qtbot.waitUntil(lambda: page.message.text() == "Projects of mmp saved.", timeout=10000)
    qtbot.waitUntil(
        lambda: page.model.index(row, page.model.columnCount() - 1).data() == "AAR-HF",
        timeout=10000,
    )
    with gui_db.reader() as s:
        rows = caseload.participant_rows(s, WORKER, date.today())
    assert {r.project for r in rows} <= {"AAR-HF", None}

    item = page.narrowing.item(1)
    assert item.data(Qt.ItemDataRole.UserRole) == "AAR-HF"
    item.setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: "only their own caseload" in page.message.text(), timeout=10000)
    with gui_db.reader() as s:
        narrowed = s.scalar(sa.select(Project.own_caseload_only).where(Project.key == "AAR-HF"))
    assert narrowed is True
