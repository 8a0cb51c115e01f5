"""One open participant file: the header above, the registered pages in tabs below.

The file loads in the background (audit-logged once, when opened) and reloads whenever this
person's data changes, whoever changed it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from caseapp.gui import i18n
from caseapp.gui.draft_bar import DraftBar
from caseapp.gui.i18n import tr
from caseapp.gui.participant_file.context import FileContext
from caseapp.gui.participant_file.glass_panel import GlassPanel
from caseapp.gui.participant_file.header import FileHeader
from caseapp.gui.participant_file.registry import file_pages
from caseapp.gui.workspace import Workspace
from caseapp.services.changes import Changes
from caseapp.services.participant_file import ParticipantFile
from caseapp.services.scope import OutsideScope


class ParticipantFileView(QWidget):
    title_changed = Signal(str)

    def __init__(self, workspace: Workspace, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"file-{key}")
        self.key = key
        self.ctx = FileContext(workspace, key, self)
        self.header = FileHeader(self.ctx)
        # What was being typed in this file when the program last stopped, offered back.
        self.draft_bar = DraftBar(workspace, key)
        self.draft_bar.resume.connect(self.resume_draft)
        self._pending_draft: dict[str, Any] | None = None
        self.status = QLabel(self.tr("Loading…"))
        self.glass: GlassPanel | None = None
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        # Pages are made when first shown: opening a file builds only the timeline.
        self.pages: dict[str, QWidget] = {}
        self._specs = {spec.key: spec for spec in file_pages()}
        self._holders: dict[str, QWidget] = {}
        number = 0
        for spec in self._specs.values():
            if spec.beside is not None:
                self._holders[spec.key] = self._holders[spec.beside]
                continue
            number += 1
            holder = QWidget()
            holder.setObjectName(f"tab-{spec.key}")
            box = QVBoxLayout(holder)
            box.setContentsMargins(0, 0, 0, 0)
            self._holders[spec.key] = holder
            self.tabs.addTab(holder, tr(spec.title))
            if number <= 10:  # Alt+1 ... Alt+9, and Alt+0 for the tenth
                shortcut = QShortcut(QKeySequence(f"Alt+{number % 10}"), self)
                shortcut.activated.connect(lambda key=spec.key: self.show_page(key))
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = self._layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.draft_bar)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)
        self.header.hide()
        self.tabs.hide()
        self.ctx.loaded.connect(self._loaded)
        self.ctx.failed.connect(self._failed)
        self.ctx.show_record.connect(self.show_record)
        workspace.data_changed.connect(self._data_changed)
        self._tab_changed(self.tabs.currentIndex())
        self.ctx.load(log_view=True)

    def page(self, key: str) -> QWidget:
        """The page under `key`, made (and filled) now if it was not yet."""
        page = self.pages.get(key)
        if page is None:
            page = self._specs[key].create(self.ctx)
            self.pages[key] = page
            layout = self._holders[key].layout()
            assert layout is not None
            layout.addWidget(page)
            page.show()  # added to a holder that may be on screen already
            if self.ctx.current is not None:
                page.show_file(self.ctx.current)  # type: ignore[attr-defined]
        return page

    def _tab_changed(self, index: int) -> None:
        holder = self.tabs.widget(index)
        for key in [k for k, h in self._holders.items() if h is holder]:
            self.page(key)

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
        if self._pending_draft is not None:
            draft, self._pending_draft = self._pending_draft, None
            self.resume_draft(draft)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, OutsideScope) and self.glass is None:
            self.glass = GlassPanel(self.ctx.workspace, self.key)
            self.glass.opened.connect(self._glass_opened)
            self._layout.addWidget(self.glass)
            self.status.hide()
            self.glass.reason.setFocus()
            return
        self.status.setText(
            self.tr("The file could not be opened: {reason}").format(reason=i18n.message(exc))
        )
        self.status.show()

    def _glass_opened(self) -> None:
        if self.glass is not None:
            self.glass.hide()
        self.status.setText(self.tr("Loading…"))
        self.status.show()
        self.ctx.load(log_view=True)

    def _data_changed(self, found: Changes) -> None:
        if found.other or self.key in found.participants:
            self.ctx.load(log_view=False)

    def show_page(self, key: str) -> QWidget:
        self.tabs.setCurrentWidget(self._holders[key])
        return self.page(key)

    def show_record(self, kind: str, uuid: str) -> None:
        if kind not in self._specs:
            return
        page = self.show_page(kind)
        if hasattr(page, "show_record"):
            page.show_record(uuid)

    def has_unsaved(self) -> bool:
        return any(getattr(page, "has_unsaved", lambda: False)() for page in self.pages.values())

    def resume_draft(self, draft: dict[str, Any]) -> None:
        """Open the form a draft was kept from, as it was (once the file has loaded)."""
        kind = str(draft.get("kind"))
        if kind not in self._specs:
            return
        if not self.loaded:
            self._pending_draft = draft
            return
        page = self.show_page(kind)
        if hasattr(page, "restore_draft"):
            page.restore_draft(draft)

    def discard_drafts(self) -> None:
        """The file is closed without saving: what was kept of its forms goes too."""
        for page in self.pages.values():
            drafts = getattr(page, "drafts", None)
            if drafts is not None:
                drafts.discard()
