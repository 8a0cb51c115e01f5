"""Saving a record form through the services, and explaining a refusal without losing the input.

Add, edit (with the version read, for optimistic locking), "move on" (end the open spell and start
the next), and delete. A stale edit keeps the user's values in the form and shows the stored
version beside them; saving again then deliberately replaces it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Signal
from sqlalchemy.orm import Session

from caseapp.domain.errors import NotAllowed, NotFound, StaleEdit, ValidationFailed
from caseapp.gui import contact_memory, i18n
from caseapp.gui.forms import entry_warnings
from caseapp.gui.forms.record_form import RecordForm
from caseapp.gui.i18n import tr
from caseapp.gui.participant_file import exit_tidy
from caseapp.gui.participant_file.context import FileContext
from caseapp.services import case_records, exits, spell_changes


class RecordEditing(QObject):
    """The save logic of one record page's form."""

    saved = Signal(str)  # uuid of the record saved

    def __init__(self, ctx: FileContext, form: RecordForm) -> None:
        super().__init__(form)
        self.ctx = ctx
        self.form = form
        self.kind = form.kind
        self.ending: tuple[str, int] | None = None  # the open spell a new one ends, if asked
        self.saving = False

    def save(self) -> None:
        if self.saving:
            return
        problems = self.form.check(show_all=True)
        if problems:
            return
        if not entry_warnings.confirm(self.form, self.kind, self.form.warnings):
            return
        raw = self.form.raw()
        actor, key, kind = self.ctx.workspace.actor, self.ctx.key, self.kind
        editing, ending = self.form.editing, self.ending
        exiting = self._exit_date(raw)
        closing: list[str] = []
        if exiting is not None:
            chosen = exit_tidy.ask(self.form, self.ctx.current, exiting)
            if chosen is None:
                return
            closing = chosen

        def work(session: Session) -> str:
            if editing is not None:
                uuid, version = editing
                saved = case_records.update(session, actor, kind, uuid, version, raw).uuid
                if exiting is not None and closing:
                    exits.close_open(session, actor, key, exiting, closing)
                return saved
            if ending is not None:
                made = spell_changes.move_on(session, actor, key, kind, raw, *ending)
                return made.uuid
            return case_records.add(session, actor, key, kind, raw).uuid

        self.saving = True
        self.form.save_button.setEnabled(False)
        self.ctx.write(work, self._done, self._failed)

    def _exit_date(self, raw: dict[str, Any]) -> date | None:
        """The exit date when this save records an exit (not when an exit is only corrected)."""
        if self.kind != "enrolment" or self.form.loaded.get("exited_on") is not None:
            return None
        value = raw.get("exited_on")
        return date.fromisoformat(value) if isinstance(value, str) and value else None

    def _done(self, uuid: str) -> None:
        self.saving = False
        self.form.save_button.setEnabled(True)
        if self.kind == "contact":
            raw = self.form.raw()
            contact_memory.remember(raw.get("mode"), raw.get("location"))
        self.form.dirty = False
        self.saved.emit(uuid)

    def _failed(self, exc: BaseException) -> None:
        self.saving = False
        self.form.save_button.setEnabled(True)
        if isinstance(exc, ValidationFailed):
            self.form.show_problems(exc.problems)
        elif isinstance(exc, StaleEdit):
            self.form.show_message(
                tr(
                    "Someone else changed this record after you opened it, so your change was "
                    "not saved. Your values are still in the form; the saved version is shown "
                    "below. Save again to replace it with yours, or cancel to keep it."
                )
            )
            self._fetch_theirs()
        elif isinstance(exc, NotFound):
            self.form.editing = None
            self.form.show_message(
                tr(
                    "Someone else deleted this record. Your values are still in the form; "
                    "saving adds them as a new record."
                )
            )
        elif isinstance(exc, NotAllowed):
            self.form.show_message(i18n.message(exc))
        else:
            self.form.show_message(tr("Not saved: {reason}").format(reason=i18n.message(exc)))

    def _fetch_theirs(self) -> None:
        if self.form.editing is None:
            return
        uuid = self.form.editing[0]
        actor, kind = self.ctx.workspace.actor, self.kind

        def work(session: Session) -> tuple[int, dict[str, Any]]:
            obj = case_records.get(session, actor, kind, uuid)
            return obj.version, case_records.to_fields(session, kind, obj)

        def done(result: tuple[int, dict[str, Any]]) -> None:
            self.form.show_theirs(*result)

        self.ctx.workspace.ops.read(work, done, lambda exc: None, owner=self.form)

    def delete(self, uuid: str, version: int, done: Callable[[], None]) -> None:
        actor, kind = self.ctx.workspace.actor, self.kind

        def work(session: Session) -> None:
            case_records.delete(session, actor, kind, uuid, version)

        def failed(exc: BaseException) -> None:
            self.ctx.workspace.ops.error.emit(exc)

        self.ctx.write(work, lambda _r: done(), failed)
