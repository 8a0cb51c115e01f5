"""What every screen of a signed-in session shares: the database, the user, the runner.

Screens ask the workspace to open a participant's file or to log a contact, and listen to it
for changed data, so that they never need to know about each other.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, Signal

from caseapp.gui.caseload_store import CaseloadStore
from caseapp.gui.change_watcher import ChangeWatcher
from caseapp.gui.drafts import DraftBox
from caseapp.gui.forms.choices import FormChoices, load_choices
from caseapp.gui.i18n import tr
from caseapp.gui.operations import Operations
from caseapp.services.actor import Actor
from caseapp.services.changes import Changes
from caseapp.storage.database import Database


class Workspace(QObject):
    data_changed = Signal(object)  # Changes
    open_participant = Signal(str)  # participant key
    log_contact = Signal(str)  # participant key, or "" to pick one
    navigate = Signal(str)  # page key
    drafts_changed = Signal()  # a draft was taken up or discarded
    # A word for the status bar: a save ("Saved at 10:42"), work done in the background.
    status_message = Signal(str)

    def __init__(self, db: Database, actor: Actor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.ops = Operations(db, self)
        self.caseload = CaseloadStore(self.ops, actor, self)
        self.watcher = ChangeWatcher(self.ops, self)
        self.watcher.changed.connect(self._on_changed)
        # Unsaved typing of this account, kept inside the database.
        self.drafts = DraftBox.of(db, actor)
        self.drafts.on_change = self.drafts_changed.emit
        # The forms' pickers (staff, projects), once loaded; None until then and after a change
        # that is not about one person (an account, a project).
        self.form_choices: FormChoices | None = None
        self._choices_epoch = 0

    def start(self) -> None:
        self.caseload.reload()
        self.watcher.start()
        self._load_choices()

    def _load_choices(self) -> None:
        """The pickers' lists, loaded in the background at the start rather than with the first
        file opened (which would wait for them)."""
        actor, epoch = self.actor, self._choices_epoch

        def done(choices: FormChoices) -> None:
            # Staff or projects changed while loading: the next file loads them afresh.
            if self.form_choices is None and epoch == self._choices_epoch:
                self.form_choices = choices

        self.ops.read(lambda session: load_choices(session, actor), done, lambda _exc: None)

    def stop(self) -> None:
        self.watcher.stop()
        self.ops.shutdown()
        self.drafts.close()

    def saved(self) -> None:
        """One's own change was saved: say so, and look for it now rather than at the next
        tick."""
        self.status_message.emit(
            tr("Saved at {time}").format(time=datetime.now().strftime("%H:%M"))
        )
        self.watcher.check_now()

    def refresh(self) -> None:
        """Reload everything shown (the user asked for it)."""
        self._on_changed(Changes(0, frozenset(), True))

    def _on_changed(self, found: Changes) -> None:
        if found.other:
            self.form_choices = None
            self._choices_epoch += 1
        if found.other or not found.participants:
            self.caseload.reload()
        else:
            self.caseload.refresh(found.participants)
        self.data_changed.emit(found)
