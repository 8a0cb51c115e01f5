"""What the pages of one open file share: whose file, its latest contents, loading and saving.

Pages never load anything themselves: they get `loaded` with the whole file, and save through
`write`, after which the file reloads and every page shows the result.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Signal
from sqlalchemy.orm import Session

from caseapp.gui.forms.choices import FormChoices, load_choices
from caseapp.gui.workspace import Workspace
from caseapp.services import participant_file
from caseapp.services.participant_file import ParticipantFile


def _load(
    session: Session, workspace: Workspace, key: str, log_view: bool
) -> tuple[ParticipantFile, FormChoices]:
    found = participant_file.load(session, workspace.actor, key, date.today(), log_view=log_view)
    return found, load_choices(session, workspace.actor)


class FileContext(QObject):
    loaded = Signal(object)  # ParticipantFile
    failed = Signal(object)  # the error of a load
    show_record = Signal(str, str)  # kind, uuid: go to the page that holds it

    def __init__(self, workspace: Workspace, key: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.key = key
        self.current: ParticipantFile | None = None
        self.choices = FormChoices()
        self._generation = 0

    def load(self, *, log_view: bool) -> None:
        """Load the file in the background; the first load of an opened file is audit-logged."""
        self._generation += 1
        generation = self._generation
        workspace, key = self.workspace, self.key

        def work(session: Session) -> tuple[ParticipantFile, FormChoices]:
            return _load(session, workspace, key, log_view)

        def done(result: tuple[ParticipantFile, FormChoices]) -> None:
            if generation != self._generation:
                return
            self.current, self.choices = result
            self.loaded.emit(self.current)

        run = self.workspace.ops.write if log_view else self.workspace.ops.read
        run(work, done, self.failed.emit, owner=self)

    def write(
        self,
        fn: Callable[[Session], Any],
        done: Callable[[Any], None] | None = None,
        failed: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Save in the background; on success reload this file and tell the other screens."""

        def saved(result: Any) -> None:
            if done is not None:
                done(result)
            self.load(log_view=False)
            self.workspace.saved()

        self.workspace.ops.write(fn, saved, failed, owner=self)
