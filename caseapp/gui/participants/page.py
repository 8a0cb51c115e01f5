"""The participants page: the list in the first tab, each opened file in a tab of its own."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMessageBox, QTabWidget, QVBoxLayout, QWidget

from caseapp.gui.forms.choices import FormChoices, load_choices
from caseapp.gui.participant_file import registry
from caseapp.gui.participant_file.file_view import ParticipantFileView
from caseapp.gui.participants.list_controller import ParticipantListController
from caseapp.gui.participants.list_view import ParticipantListView
from caseapp.gui.participants.person_dialog import PersonDialog
from caseapp.gui.workspace import Workspace
from caseapp.services.actor import Can


class ParticipantsPage(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("participants-page")
        self.workspace = workspace
        self.list_view = ParticipantListView()
        self.list = ParticipantListController(self.list_view, workspace.caseload)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("participant-tabs")
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(True)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.list_view, self.tr("List"))
        # The list is always there: it has no close button.
        self.tabs.tabBar().setTabButton(0, self.tabs.tabBar().ButtonPosition.RightSide, None)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.list.open_requested.connect(workspace.open_participant)
        self.list.contact_requested.connect(workspace.log_contact)
        self.list_view.new_button.setVisible(workspace.actor.can(Can.EDIT_CASE))
        self.list_view.new_button.clicked.connect(self.new_participant)
        self.person_dialog: PersonDialog | None = None
        close = QShortcut(QKeySequence("Ctrl+W"), self)
        close.activated.connect(lambda: self.close_tab(self.tabs.currentIndex()))
        # The file's pages are loaded once the list stands, not when the first file is opened.
        if workspace.caseload.ready:
            registry.warm_up(self)
        else:
            workspace.caseload.loaded.connect(self._warm_up)

    def _warm_up(self) -> None:
        self.workspace.caseload.loaded.disconnect(self._warm_up)
        registry.warm_up(self)

    def page_shown(self) -> None:
        if self.tabs.currentIndex() == 0:
            self.list_view.search.setFocus()

    def find_here(self) -> None:
        """Ctrl+F: in an open file, search its notes; else search the list of participants."""
        view = self.current_file()
        timeline = view.show_page("timeline") if view is not None else None
        if timeline is not None and hasattr(timeline, "focus_search"):
            timeline.focus_search()
        else:
            self.focus_search()

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.list_view.search.setFocus()
        self.list_view.search.selectAll()

    def files(self) -> list[ParticipantFileView]:
        return [
            w
            for i in range(1, self.tabs.count())
            if isinstance(w := self.tabs.widget(i), ParticipantFileView)
        ]

    def file(self, key: str) -> ParticipantFileView | None:
        return next((f for f in self.files() if f.key == key), None)

    def current_file(self) -> ParticipantFileView | None:
        widget = self.tabs.currentWidget()
        return widget if isinstance(widget, ParticipantFileView) else None

    def open_file(self, key: str) -> ParticipantFileView:
        existing = self.file(key)
        if existing is not None:
            self.tabs.setCurrentWidget(existing)
            return existing
        view = ParticipantFileView(self.workspace, key)
        index = self.tabs.addTab(view, key)
        view.title_changed.connect(
            lambda title, view=view: self.tabs.setTabText(self.tabs.indexOf(view), title)
        )
        self.tabs.setTabToolTip(index, key)
        self.tabs.setCurrentIndex(index)
        return view

    def new_participant(self) -> None:
        """Register a referral: the form needs the projects and staff, loaded first."""
        actor = self.workspace.actor
        self.workspace.ops.read(lambda s: load_choices(s, actor), self._show_new, owner=self)

    def _show_new(self, choices: FormChoices) -> None:
        dialog = PersonDialog(self.workspace, choices, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self.open_file)
        self.person_dialog = dialog
        dialog.show()

    def close_tab(self, index: int) -> None:
        view = self.tabs.widget(index)
        if index <= 0 or not isinstance(view, ParticipantFileView):
            return
        if view.has_unsaved():
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved changes"),
                self.tr("This file has a form with changes that are not saved. Close it anyway?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        view.discard_drafts()
        self.tabs.removeTab(index)
        view.deleteLater()
