"""The main window: navigation on the left, the chosen page on the right, who is working on top.

Pages come from the navigation registry; the window knows none of them except through their
keys. It remembers its size, layout and page between sessions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from caseapp.gui import i18n, settings
from caseapp.gui.connection_state import ConnectionState
from caseapp.gui.draft_bar import DraftBar, is_record_draft
from caseapp.gui.field.sync_bar import SyncBar
from caseapp.gui.help_window import HelpWindow, show_about
from caseapp.gui.i18n import tr
from caseapp.gui.icons import Icon, icon
from caseapp.gui.navigation import PageSpec, pages_for
from caseapp.gui.participants.page import ParticipantsPage
from caseapp.gui.quick_contact import QuickContactDialog
from caseapp.gui.workspace import Workspace
from caseapp.services.actor import Can

if TYPE_CHECKING:
    from caseapp.gui.journal_search import JournalSearchDialog

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
BUSY_AFTER_MS = 300


def database_name(workspace: Workspace) -> str:
    """The database as the user knows it: a file's path, or the server URL without password."""
    path = workspace.db.path
    return str(path) if path is not None else workspace.db.display


STATUS_MESSAGE_MS = 15000


class MainWindow(QMainWindow):
    language_requested = Signal(str)
    sign_out_requested = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main-window")
        self.setWindowTitle("caseapp")
        self.workspace = workspace
        self.quick_contact: QuickContactDialog | None = None
        self.specs: list[PageSpec] = pages_for(workspace.actor)
        self.pages: dict[str, QWidget] = {}

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.stack = QStackedWidget()
        # A page is made the first time it is shown, so that start-up builds only the first.
        self._holders: dict[str, QWidget] = {}
        for spec in self.specs:
            holder = QWidget()
            box = QVBoxLayout(holder)
            box.setContentsMargins(0, 0, 0, 0)
            self._holders[spec.key] = holder
            self.stack.addWidget(holder)
            item = QListWidgetItem(icon(spec.icon), tr(spec.title))
            item.setData(KEY_ROLE, spec.key)
            self.nav.addItem(item)
        self.nav.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.nav.setMinimumWidth(
            self.nav.sizeHintForColumn(0) + 4 * self.fontMetrics().averageCharWidth()
        )
        self.draft_bar = DraftBar(workspace, parent=self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.nav)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.draft_bar)
        column.addWidget(self.stack, 1)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self._build_actions()
        self._build_status()
        self.nav.currentRowChanged.connect(self._page_changed)
        workspace.open_participant.connect(self.open_participant)
        workspace.log_contact.connect(self.open_quick_contact)
        workspace.navigate.connect(self.show_page)
        workspace.ops.error.connect(self.show_error)
        self.draft_bar.resume.connect(self.resume_draft)
        self._restore()

    # Actions, menus, toolbar

    def _build_actions(self) -> None:
        can_edit = self.workspace.actor.can(Can.EDIT_CASE)
        self.contact_action = QAction(
            icon(Icon.SP_FileDialogNewFolder), self.tr("Log contact…"), self
        )
        self.contact_action.setObjectName("action-contact")
        self.contact_action.setShortcut(QKeySequence("Ctrl+K"))
        self.contact_action.setToolTip(self.tr("Log a contact (Ctrl+K)"))
        self.contact_action.setVisible(can_edit)
        self.contact_action.triggered.connect(lambda: self.open_quick_contact(""))
        self.journal_action = QAction(self.tr("Search notes…"), self)
        self.journal_action.setObjectName("action-journal")
        self.journal_action.setShortcut(QKeySequence("Ctrl+Shift+F"))
        self.journal_action.setVisible(self.workspace.actor.can(Can.READ_CASE))
        self.journal_action.triggered.connect(self.open_journal_search)
        self.journal_search: JournalSearchDialog | None = None
        # One Ctrl+F for every page: the participants' search, or the open file's notes.
        self.find_action = QAction(self.tr("Find"), self)
        self.find_action.setObjectName("action-find")
        self.find_action.setShortcut(QKeySequence("Ctrl+F"))
        self.find_action.triggered.connect(self.find_here)
        self.open_key_action = QAction(self.tr("Open a file by key…"), self)
        self.open_key_action.setObjectName("action-open-key")
        self.open_key_action.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.open_key_action.setVisible(self.workspace.actor.can(Can.READ_CASE))
        self.open_key_action.triggered.connect(self.ask_key_to_open)
        self.offline_action = QAction(self.tr("Take my caseload offline…"), self)
        self.offline_action.setObjectName("action-offline")
        self.offline_action.setVisible(can_edit)
        self.offline_action.triggered.connect(self.take_offline)
        self.refresh_action = QAction(icon(Icon.SP_BrowserReload), self.tr("Refresh"), self)
        self.refresh_action.setShortcut(QKeySequence("F5"))
        self.refresh_action.triggered.connect(self.workspace.refresh)
        self.sign_out_action = QAction(self.tr("Sign out"), self)
        self.sign_out_action.triggered.connect(self.sign_out_requested)
        quit_action = QAction(self.tr("Quit"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)

        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        file_menu.addAction(self.contact_action)
        file_menu.addAction(self.journal_action)
        file_menu.addAction(self.find_action)
        file_menu.addAction(self.open_key_action)
        file_menu.addAction(self.offline_action)
        file_menu.addAction(self.refresh_action)
        file_menu.addSeparator()
        file_menu.addAction(self.sign_out_action)
        file_menu.addAction(quit_action)
        go_menu = menu.addMenu(self.tr("&Go"))
        for number, spec in enumerate(self.specs, start=1):
            action = go_menu.addAction(tr(spec.title))
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, key=spec.key: self.show_page(key))
        language_menu = menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, name in (("da", "Dansk"), ("en", "English")):
            action = language_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(i18n.current() == code)
            action.setObjectName(f"language-{code}")
            group.addAction(action)
            action.triggered.connect(lambda _checked=False, code=code: self._choose_language(code))
        help_menu = menu.addMenu(self.tr("&Help"))
        manual = help_menu.addAction(self.tr("User manual"), self.show_manual)
        manual.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        help_menu.addAction(self.tr("Keyboard shortcuts"), self.show_shortcuts)
        help_menu.addAction(
            self.tr("About caseapp"), lambda: show_about(self, database_name(self.workspace))
        )
        self.help_window: HelpWindow | None = None

        bar = QToolBar(self.tr("Main toolbar"))
        bar.setObjectName("main-toolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.addAction(self.contact_action)
        bar.addAction(self.refresh_action)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        actor = self.workspace.actor
        self.user_label = QLabel(f"{actor.name} · {i18n.code('role', actor.role)}")
        self.user_label.setObjectName("signed-in-user")
        self.user_label.setToolTip(self.tr("Signed in as {key}").format(key=actor.key))
        bar.addWidget(self.user_label)
        bar.addSeparator()
        bar.addAction(self.sign_out_action)
        self.addToolBar(bar)

    def _build_status(self) -> None:
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(self.fontMetrics().averageCharWidth() * 16)
        self.busy.hide()
        self.connection_state = ConnectionState(self.workspace.watcher)
        self.statusBar().addPermanentWidget(self.connection_state)
        self._progress_text = ""
        self.sync_bar = SyncBar(self.workspace)
        self.sync_bar.hide()
        self.statusBar().addPermanentWidget(self.sync_bar)
        self.sync_bar.refresh()
        self.statusBar().addPermanentWidget(QLabel(database_name(self.workspace)))
        self.statusBar().setObjectName("status-bar")
        self.workspace.status_message.connect(
            lambda text: self.statusBar().showMessage(text, STATUS_MESSAGE_MS)
        )
        self.statusBar().addPermanentWidget(self.busy)
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_AFTER_MS)
        self._busy_timer.timeout.connect(self.busy.show)
        self.workspace.ops.busy_changed.connect(self._busy)
        self.workspace.ops.progress.connect(self._progress)

    def _say(self, text: str) -> None:
        self.statusBar().showMessage(text, 15000)

    def _busy(self, busy: bool) -> None:
        if busy:
            self.busy.setRange(0, 0)  # moving, until long work reports how far it is
            self._busy_timer.start()
        else:
            self._busy_timer.stop()
            self.busy.hide()
            # Only the progress line goes; a word about the work just done stays to be read.
            if self.statusBar().currentMessage() == self._progress_text:
                self.statusBar().clearMessage()

    def _progress(self, label: str, done: int, total: int) -> None:
        """Long work (an import, a report) says how far it is."""
        self.busy.setRange(0, max(total, 1))
        self.busy.setValue(done)
        self.busy.show()
        percent = done * 100 // total if total else 0
        self._progress_text = f"{label} {percent} %"
        self.statusBar().showMessage(self._progress_text)

    # Pages

    def show_page(self, key: str) -> None:
        for row in range(self.nav.count()):
            if self.nav.item(row).data(KEY_ROLE) == key:
                self.nav.setCurrentRow(row)
                return

    def current_page_key(self) -> str | None:
        item = self.nav.currentItem()
        return item.data(KEY_ROLE) if item else None

    def page(self, key: str) -> QWidget | None:
        """The page under `key`, made now if it was not yet; None when the user has none."""
        page = self.pages.get(key)
        if page is None and key in self._holders:
            spec = next(s for s in self.specs if s.key == key)
            page = spec.create(self.workspace)
            self.pages[key] = page
            layout = self._holders[key].layout()
            assert layout is not None
            layout.addWidget(page)
            page.show()
        return page

    def _page_changed(self, row: int) -> None:
        if row < 0:
            return
        key = self.nav.item(row).data(KEY_ROLE)
        page = self.page(key)
        self.stack.setCurrentWidget(self._holders[key])
        shown = getattr(page, "page_shown", None)
        if shown is not None:
            shown()

    def participants_page(self) -> ParticipantsPage | None:
        page = self.pages.get("participants")
        return page if isinstance(page, ParticipantsPage) else None

    def take_offline(self) -> None:
        rows = self.workspace.caseload.index.rows
        # Loaded on first use, as the notes search below: start-up builds only what it shows.
        from caseapp.gui.field.offline_dialog import OfflineDialog, take_offline

        dialog = OfflineDialog(sorted({r.project for r in rows if r.project}), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            take_offline(self.workspace, dialog)

    def ask_key_to_open(self) -> None:
        key, ok = QInputDialog.getText(
            self, self.tr("Open a file by key"), self.tr("Participant key (e.g. P-0012):")
        )
        if ok and key.strip():
            self.open_participant(key.strip())

    def open_participant(self, key: str) -> None:
        page = self.page("participants")
        if isinstance(page, ParticipantsPage):
            self.show_page("participants")
            page.open_file(key)

    # Quick contact

    def open_quick_contact(self, participant: str = "") -> QuickContactDialog | None:
        if not self.workspace.actor.can(Can.EDIT_CASE):
            return None
        if self.quick_contact is not None and self.quick_contact.isVisible():
            self.quick_contact.raise_()
            self.quick_contact.activateWindow()
            return self.quick_contact
        if not participant and (page := self.participants_page()) is not None:
            current = page.current_file()
            participant = current.key if current is not None else ""
        self.quick_contact = QuickContactDialog(self.workspace, participant, self)
        self.quick_contact.show()
        return self.quick_contact

    def resume_draft(self, draft: dict[str, object]) -> None:
        if is_record_draft(draft):
            page = self.page("participants")
            if isinstance(page, ParticipantsPage):
                self.show_page("participants")
                page.open_file(str(draft["participant"])).resume_draft(draft)
            return
        dialog = self.open_quick_contact("")
        if dialog is not None:
            dialog.restore(draft)

    # Messages

    def show_error(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Not done"), i18n.message(exc))

    def show_manual(self) -> None:
        """F1: the manual, at the section on the page in front."""
        if self.help_window is None:
            self.help_window = HelpWindow(self)
        page = self.current_page_key()
        participants = self.participants_page()
        if page == "participants" and participants is not None and participants.current_file():
            page = "file"  # a participant's file has a section of its own
        self.help_window.show_section(page)

    def show_shortcuts(self) -> None:
        lines = [
            ("Ctrl+K", self.tr("Log a contact")),
            ("Ctrl+F", self.tr("Search participants, or the notes of the open file")),
            ("Ctrl+Shift+F", self.tr("Search notes in every file")),
            ("Ctrl+1 … 9", self.tr("Go to a page")),
            ("Alt+1 … 9, 0", self.tr("Go to a page of the open file")),
            ("F1", self.tr("User manual")),
            ("Ctrl+N", self.tr("Add a record on the file page")),
            ("Ctrl+Enter", self.tr("Save the form")),
            ("Esc", self.tr("Cancel the form")),
            ("Ctrl+W", self.tr("Close the file")),
            ("F5", self.tr("Refresh")),
        ]
        rows = "".join(f"<tr><td><b>{k}</b></td><td>{t}</td></tr>" for k, t in lines)
        QMessageBox.information(
            self, self.tr("Keyboard shortcuts"), f"<table cellspacing='6'>{rows}</table>"
        )

    def _choose_language(self, code: str) -> None:
        if code != i18n.current():
            self.language_requested.emit(code)

    # Window state

    def _restore(self) -> None:
        s = settings.settings()
        geometry = s.value("main/geometry")
        if isinstance(geometry, QByteArray | bytes):
            self.restoreGeometry(geometry)
        else:
            self.resize(
                self.fontMetrics().averageCharWidth() * 170, self.fontMetrics().height() * 48
            )
        state = s.value("main/splitter")
        if isinstance(state, QByteArray | bytes):
            self.splitter.restoreState(state)
        else:
            self.splitter.setSizes([self.nav.minimumWidth(), self.width()])
        wanted = s.value("main/page")
        keys = [spec.key for spec in self.specs]
        self.show_page(wanted if wanted in keys else (keys[0] if keys else ""))

    def save_state(self) -> None:
        s = settings.settings()
        s.setValue("main/geometry", self.saveGeometry())
        s.setValue("main/splitter", self.splitter.saveState())
        if self.current_page_key():
            s.setValue("main/page", self.current_page_key())
        s.sync()

    def unsaved_work(self) -> bool:
        page = self.participants_page()
        files = page.files() if page is not None else []
        typing = self.quick_contact is not None and self.quick_contact.isVisible()
        # Other pages with forms of their own (a contract being edited) say so themselves.
        editing = any(getattr(p, "has_unsaved", lambda: False)() for p in self.pages.values())
        return typing or editing or any(f.has_unsaved() for f in files)

    def find_here(self) -> None:
        if not any(spec.key == "participants" for spec in self.specs):
            return
        self.show_page("participants")
        page = self.participants_page()
        if page is not None:
            page.find_here()

    def open_journal_search(self) -> None:
        if self.journal_search is None:
            from caseapp.gui.journal_search import JournalSearchDialog

            self.journal_search = JournalSearchDialog(self.workspace, self)
        self.journal_search.show()
        self.journal_search.raise_()
        self.journal_search.query.setFocus()
        self.journal_search.query.selectAll()

    def discard_drafts(self) -> None:
        """The user chose to close without saving: what was kept of the unsaved work goes, so it
        is never offered back."""
        page = self.participants_page()
        for view in page.files() if page is not None else []:
            view.discard_drafts()
        if self.quick_contact is not None and self.quick_contact.isVisible():
            self.quick_contact.drafts.discard()

    def closeEvent(self, event: QCloseEvent) -> None:
        if getattr(self, "closing_for_rebuild", False) is False and self.unsaved_work():
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved changes"),
                self.tr("Some changes are not saved yet. Close anyway?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                event.ignore()
                return
            self.discard_drafts()
        self.save_state()
        event.accept()
