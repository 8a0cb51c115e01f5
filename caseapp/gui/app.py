"""Starting the GUI: open the database, sign in, show the main window; sign out and back in.

`run()` is what `caseapp gui` calls. With `quit_after_show` the program exits 0 as soon as the
main window is shown with the participant list loaded (a start-up check).
"""

from __future__ import annotations

import os
import sys
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox

from caseapp.bundled import resource
from caseapp.domain.errors import CaseappError, DatabaseUnusable, NotAllowed, NotFound
from caseapp.gui import i18n
from caseapp.gui.i18n import tr
from caseapp.gui.long_lived import freeze_when_settled
from caseapp.gui.sign_in import SignInDialog
from caseapp.services import accounts
from caseapp.services.actor import Actor
from caseapp.storage import encryption
from caseapp.storage.database import Database, open_database
from caseapp.storage.location import sqlite_path, to_url

if TYPE_CHECKING:
    from caseapp.gui.main_window import MainWindow
    from caseapp.gui.privacy.idle_lock import IdleLock
    from caseapp.gui.workspace import Workspace


def load_window_modules() -> None:
    """Import what the main window is made of. Start-up does it while the password is checked
    (argon2 releases the GIL) or typed, rather than before the sign-in can begin."""
    import caseapp.gui.main_window
    import caseapp.gui.privacy.idle_lock
    import caseapp.gui.workspace  # noqa: F401


# What `--quit-after-show` prints once the window is shown with the participant list loaded.
READY = "caseapp: main window shown, participant list loaded"


class exits:
    DONE = 0
    FAULT = 1
    BAD_INPUT = 2
    NOT_ALLOWED = 3
    DATABASE_UNUSABLE = 4


def application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication([sys.argv[0] if sys.argv else "caseapp"])
    app.setApplicationName("caseapp")
    app.setOrganizationName("caseapp")
    app.setApplicationDisplayName("caseapp")
    app.setWindowIcon(QIcon(str(resource("icons/caseapp.svg"))))
    # Wayland and the Linux desktop entry (resources/caseapp.desktop) find the icon by this name.
    app.setDesktopFileName("caseapp")
    return app


class Program(QObject):
    """One run of the GUI over one database: sign-in, main window, language, sign-out."""

    def __init__(self, app: QApplication, db: Database, quit_after_show: bool = False) -> None:
        super().__init__()
        self.app = app
        self.db = db
        self.quit_after_show = quit_after_show
        self.window: MainWindow | None = None
        self.workspace: Workspace | None = None
        self.sign_in: SignInDialog | None = None
        self.idle_lock: IdleLock | None = None
        self.exit_code = exits.DONE

    def start(self) -> bool:
        """Sign in from the environment or show the sign-in dialog; False when it cannot go on."""
        user, password = os.environ.get("CASEAPP_USER"), os.environ.get("CASEAPP_PASSWORD")
        if user and password:
            with ThreadPoolExecutor(1, thread_name_prefix="caseapp-sign-in") as pool:
                checking = pool.submit(accounts.sign_in, self.db, user, password)
                load_window_modules()
            try:
                actor = checking.result()
            except NotAllowed as exc:
                if self.quit_after_show:
                    print(f"not allowed: {exc}", file=sys.stderr)
                    self.exit_code = exits.NOT_ALLOWED
                    return False
                self.show_sign_in(user, i18n.message(exc))
                return True
            self.open_main(actor)
            return True
        if self.quit_after_show:
            print(
                "not allowed: --quit-after-show needs CASEAPP_USER and CASEAPP_PASSWORD",
                file=sys.stderr,
            )
            self.exit_code = exits.NOT_ALLOWED
            return False
        self.show_sign_in(user or "")
        return True

    def show_sign_in(self, user: str = "", problem: str = "") -> None:
        dialog = SignInDialog(self.db, user)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if problem:
            dialog.show_problem(problem)
        dialog.signed_in.connect(self.open_main)
        dialog.rejected.connect(self._sign_in_closed)
        self.sign_in = dialog
        dialog.show()
        QTimer.singleShot(0, load_window_modules)  # while the user types

    def _sign_in_closed(self) -> None:
        if self.window is None:
            self.app.quit()

    def open_main(self, actor: Actor, files: list[str] | None = None, page: str = "") -> None:
        from caseapp.gui.main_window import MainWindow
        from caseapp.gui.privacy.idle_lock import IdleLock
        from caseapp.gui.workspace import Workspace

        workspace = Workspace(self.db, actor)
        # The list starts loading in the background while the window is built and shown.
        workspace.start()
        freeze_when_settled(workspace)
        window = MainWindow(workspace)
        window.language_requested.connect(self.change_language)
        window.sign_out_requested.connect(self.sign_out)
        old_window, old_workspace = self.window, self.workspace
        self.window, self.workspace = window, workspace
        window.show()
        # After some minutes without use the windows are covered until the password is given.
        self.idle_lock = IdleLock(workspace, window)
        if page:
            window.show_page(page)
        participants = window.participants_page()
        for key in files or []:
            if participants is not None:
                participants.open_file(key)
        if old_window is not None:
            old_window.closing_for_rebuild = True  # type: ignore[attr-defined]
            old_window.close()
            old_window.deleteLater()
        if old_workspace is not None:
            old_workspace.stop()
            old_workspace.deleteLater()
        if self.quit_after_show:
            self._quit_when_loaded(workspace)

    def _quit_when_loaded(self, workspace: Workspace) -> None:
        def loaded() -> None:
            # The moment a start-up timing stops its clock (benchmarks/start_bench.py): what
            # follows is shutting down, and waiting for work the window started.
            print(READY, flush=True)
            QTimer.singleShot(0, lambda: self.app.exit(exits.DONE))

        def failed(exc: BaseException) -> None:
            print(f"caseapp: the participant list could not be loaded ({exc})", file=sys.stderr)
            self.app.exit(exits.FAULT)

        if workspace.caseload.ready:
            loaded()
        workspace.caseload.loaded.connect(loaded)
        workspace.caseload.failed.connect(failed)

    def change_language(self, lang: str) -> None:
        """Rebuild the window in the other language, keeping the page and the open files."""
        if self.window is None or self.workspace is None:
            return
        i18n.remember_language(lang)
        i18n.install(lang)
        window = self.window
        participants = window.participants_page()
        files = [f.key for f in participants.files()] if participants else []
        window.save_state()
        self.open_main(self.workspace.actor, files, window.current_page_key() or "")

    def sign_out(self) -> None:
        window, workspace = self.window, self.workspace
        if window is None:
            return
        if window.unsaved_work():
            answer = QMessageBox.question(
                window,
                window.tr("Unsaved changes"),
                window.tr("Some changes are not saved yet. Sign out anyway?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
            window.discard_drafts()
        self.show_sign_in()
        self.window, self.workspace = None, None
        window.closing_for_rebuild = True  # type: ignore[attr-defined]
        window.close()
        window.deleteLater()
        if workspace is not None:
            workspace.stop()
            workspace.deleteLater()

    def shutdown(self) -> None:
        if self.workspace is not None:
            self.workspace.stop()


def _refuse(message: str, code: int, quiet: bool) -> int:
    print(message, file=sys.stderr)
    if not quiet:
        QMessageBox.critical(None, "caseapp", message)
    return code


def ask_passphrase(db: str | None, quiet: bool) -> tuple[bool, str | None]:
    """(go on?, passphrase) for an encrypted database file; (True, None) for a plain one."""
    path = sqlite_path(to_url(db))
    if path is None or not path.exists() or not encryption.looks_encrypted(path):
        return True, None
    passphrase = os.environ.get("CASEAPP_DB_PASSPHRASE")
    if passphrase is not None or quiet:
        return True, passphrase
    text, ok = QInputDialog.getText(
        None,
        "caseapp",
        tr("The database {name} is encrypted. Its passphrase:").format(name=path.name),
        QLineEdit.EchoMode.Password,
    )
    return ok, text if ok else None


def run(db: str | None = None, lang: str | None = None, quit_after_show: bool = False) -> int:
    app = application()
    i18n.install(i18n.choose_language(lang))
    go_on, passphrase = ask_passphrase(db, quit_after_show)
    if not go_on:
        return exits.NOT_ALLOWED
    try:
        database = open_database(db, passphrase=passphrase)
    except NotFound as exc:
        return _refuse(i18n.message(exc), exits.BAD_INPUT, quit_after_show)
    except DatabaseUnusable as exc:
        return _refuse(i18n.message(exc), exits.DATABASE_UNUSABLE, quit_after_show)
    except CaseappError as exc:
        return _refuse(i18n.message(exc), exits.BAD_INPUT, quit_after_show)
    program = Program(app, database, quit_after_show)
    try:
        if not program.start():
            return program.exit_code
        code = app.exec()
        program.shutdown()
        return code
    finally:
        database.dispose()
