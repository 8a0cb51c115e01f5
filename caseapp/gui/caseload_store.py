"""The participant list's data, shared by the list, the quick contact picker and the overview.

The rows are loaded in the background at start and again whenever data changes; `loaded`
says a new index is ready. Older loads that finish late are dropped.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Signal
from sqlalchemy.orm import Session

from caseapp.gui.operations import Operations
from caseapp.services import caseload
from caseapp.services.actor import Actor, Can
from caseapp.services.caseload_search import CaseloadIndex


class CaseloadStore(QObject):
    loaded = Signal()
    failed = Signal(object)

    def __init__(self, ops: Operations, actor: Actor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._actor = actor
        self.index = CaseloadIndex([])
        self.today = date.today()
        self.ready = False
        self._generation = 0

    def reload(self) -> None:
        if not self._actor.can(Can.READ_CASE):
            self.ready = True
            self.loaded.emit()
            return
        self._generation += 1
        generation = self._generation
        today = date.today()
        actor = self._actor

        def load(session: Session) -> CaseloadIndex:
            return CaseloadIndex(caseload.participant_rows(session, actor, today))

        def done(index: CaseloadIndex) -> None:
            if generation != self._generation:
                return
            self.index = index
            self.today = today
            self.ready = True
            self.loaded.emit()

        self._ops.read(load, done, self.failed.emit, owner=self)
