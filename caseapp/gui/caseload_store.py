"""The participant list's data, shared by the list, the quick contact picker and the overview.

The rows are loaded in the background at start and after a change that is not about named
people (`loaded` says a new index is ready); a change to named people reloads only their rows
(`rows_changed` names them), and falls back to a whole reload when one of them is new to the
list or has left it. Older loads that finish late are dropped.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date

from PySide6.QtCore import QObject, Signal
from sqlalchemy.orm import Session

from caseapp.gui.operations import Operations
from caseapp.services import caseload
from caseapp.services.actor import Actor, Can
from caseapp.services.caseload import ParticipantRow
from caseapp.services.caseload_search import CaseloadIndex


class CaseloadStore(QObject):
    loaded = Signal()
    rows_changed = Signal(object)  # frozenset of the keys whose rows were reloaded
    failed = Signal(object)

    def __init__(self, ops: Operations, actor: Actor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._actor = actor
        self.index = CaseloadIndex([])
        self.today = date.today()
        self.ready = False
        self._generation = 0
        # Of each person's rows read since the last whole load: the number of the latest read
        # applied, so that an older read arriving late never undoes a newer one.
        self._reads = 0
        self._applied: dict[str, int] = {}

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
            self._applied.clear()
            self.loaded.emit()

        self._ops.read(load, done, self.failed.emit, owner=self)

    def refresh(self, keys: Collection[str]) -> None:
        """Reload the rows of these people only; the whole list when they name no one, when the
        list is not loaded yet, or when the day has turned (ages, days since contact)."""
        wanted = frozenset(keys)
        if (
            not wanted
            or not self.ready
            or not self._actor.can(Can.READ_CASE)
            or date.today() != self.today
        ):
            self.reload()
            return
        generation = self._generation
        self._reads += 1
        read = self._reads
        today, actor = self.today, self._actor

        def load(session: Session) -> list[ParticipantRow]:
            return caseload.participant_rows(session, actor, today, keys=wanted)

        def done(rows: list[ParticipantRow]) -> None:
            if generation != self._generation:
                return  # a whole reload started since: it shows these people too
            found = {row.key for row in rows}
            listed = {key for key in wanted if self.index.position(key) is not None}
            if found != listed:
                # Someone new to the list, or gone from it (moved out of reach, deleted): its
                # membership changed, which only a whole reload shows rightly. A change to
                # people outside the account's reach (another team's) changes nothing here.
                self.reload()
                return
            newer = [row for row in rows if self._applied.get(row.key, 0) < read]
            if not newer:
                return
            for row in newer:
                self._applied[row.key] = read
            self.index = self.index.replaced(newer)
            self.rows_changed.emit(frozenset(row.key for row in newer))

        self._ops.read(load, done, self.failed.emit, owner=self)
