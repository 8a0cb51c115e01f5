"""One open participant file: the header above, the registered pages in tabs below.

The file loads in the background (audit-logged once, when opened) and reloads whenever this
person's data changes, whoever changed it.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from caseapp.gui import i18n
from caseapp.gui.participant_file.context import FileContext
from caseapp.gui.participant_file.header import FileHeader
from caseapp.gui.participant_file.registry import file_pages
from caseapp.gui.workspace import Workspace
from caseapp.services.changes import Changes
from caseapp.services.participant_file import ParticipantFile


class ParticipantFileView(QWidget):
    title_changed = Signal(str)

    def __init__(self, workspace: Workspace, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"file-{key}")
        self.key = key
        self.ctx = FileContext(workspace, key, self)
        self.header = FileHeader(self.ctx)
        self.status = QLabel(self.tr("Loading…"))
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.pages: dict[str, QWidget] = {}
        for number, spec in enumerate(file_pages(), start=1):
            page = spec.create(self.ctx)
            self.pages[spec.key] = page
            self.tabs.addTab(page, i18n.tr(spec.title))
            if number <= 9:
                shortcut = QShortcut(QKeySequence(f"Alt+{number}"), self)
                shortcut.activated.connect(lambda page=page: self.tabs.setCurrentWidget(page))
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)
        self.header.hide()
        self.tabs.hide()
        self.ctx.loaded.connect(self._loaded)
        self.ctx.failed.connect(self._failed)
        self.ctx.show_record.connect(self.show_record)
        workspace.data_changed.connect(self._data_changed)
        self.ctx.load(log_view=True)

    @property
    def loaded(self) -> bool:
        return self.ctx.current is not None

    def _loaded(self, pf: ParticipantFile) -> None:
        self.status.hide()
        self.header.show()
        self.tabs.show()
        self.header.show_header(pf.header)
        for page in self.pages.values():
            page.show_file(pf)  # type: ignore[attr-defined]
        self.title_changed.emit(pf.header.name or pf.header.key)

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(
            self.tr("The file could not be opened: {reason}").format(reason=i18n.message(str(exc)))
        )
        self.status.show()

    def _data_changed(self, found: Changes) -> None:
        if found.other or self.key in found.participants:
            self.ctx.load(log_view=False)

    def show_page(self, key: str) -> QWidget:
        page = self.pages[key]
        self.tabs.setCurrentWidget(page)
        return page

    def show_record(self, kind: str, uuid: str) -> None:
        page = self.pages.get(kind)
        if page is None:
            return
        self.tabs.setCurrentWidget(page)
        if hasattr(page, "show_record"):
            page.show_record(uuid)

    def has_unsaved(self) -> bool:
        return any(getattr(page, "has_unsaved", lambda: False)() for page in self.pages.values())
