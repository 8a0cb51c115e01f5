"""What is typed in a file page's form, kept as a draft until it is saved or cancelled.

Every change is written shortly after typing stops (through the workspace's `DraftBox`: private,
sealed for an encrypted database), so a note survives a crash; the file offers it back the next
time it is opened.
"""

from __future__ import annotations

import contextlib
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer

from caseapp.gui.drafts import DraftStore
from caseapp.gui.forms.field_editors import DateTimeEditor, Editor
from caseapp.gui.forms.record_form import RecordForm

if TYPE_CHECKING:
    from caseapp.gui.participant_file.record_page import RecordPage

DRAFT_DELAY_MS = 400


def draft_name(participant: str, kind: str) -> str:
    return f"file-{participant}-{kind}"


def set_raw(editor: Editor, raw: Any) -> None:
    """Put back a value as `raw()` gave it (the editors take parsed values, except as text)."""
    if isinstance(editor, DateTimeEditor):
        if isinstance(raw, str):
            with contextlib.suppress(ValueError):
                editor.set_value(datetime.fromisoformat(raw))
        return
    editor.set_value(raw)


class RecordDrafts(QObject):
    def __init__(self, page: RecordPage) -> None:
        super().__init__(page)
        self.page = page
        workspace = page.ctx.workspace
        self.store: DraftStore = workspace.drafts.store(draft_name(page.ctx.key, page.kind))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DRAFT_DELAY_MS)
        self._timer.timeout.connect(self.keep)

    def watch(self, form: RecordForm) -> None:
        for editor in form.editors.values():
            editor.changed.connect(self._timer.start)

    def keep(self) -> None:
        """Write what the form holds, if it holds something not saved."""
        if not self.page.has_unsaved():
            return
        form = self.page.form
        self.store.save(
            {
                "form": "record",
                "participant": self.page.ctx.key,
                "kind": self.page.kind,
                "editing": list(form.editing) if form.editing else None,
                "values": form.raw(),
                "kept_at": datetime.now().isoformat(),
            }
        )

    def discard(self) -> None:
        self._timer.stop()
        if self.store.exists():
            self.store.discard()

    def restore(self, draft: dict[str, Any]) -> None:
        """Open the form as it was when the draft was kept."""
        editing = draft.get("editing")
        if isinstance(editing, list) and len(editing) == 2:
            self.page.open_form_for(str(editing[0]), int(editing[1]))
        else:
            self.page.open_form_for(None, 0)
        form = self.page.form
        values = draft.get("values")
        if isinstance(values, dict):
            for name, raw in values.items():
                if name in form.editors:
                    set_raw(form.editors[name], raw)
        form.dirty = True
        form.check(show_all=False)
        self.keep()  # kept again under this session, in case it stops once more
