"""Noticing edits made elsewhere (another window, another user) with a cheap periodic check.

Every few seconds the audit log's newest entries are read in the background; when they name
changed data, `changed` tells the screens, which reload what they show.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from sqlalchemy.orm import Session

from caseapp.gui.operations import Operations
from caseapp.services import changes

CHECK_EVERY_MS = 3000


class ChangeWatcher(QObject):
    changed = Signal(object)  # changes.Changes

    def __init__(self, ops: Operations, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._mark: int | None = None
        self._checking = False
        self._again = False
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.check_now)

    @property
    def watching(self) -> bool:
        return self._mark is not None

    def start(self) -> None:
        self._ops.read(changes.last_mark, self._started, owner=self)

    def stop(self) -> None:
        self._timer.stop()

    def _started(self, mark: int) -> None:
        self._mark = mark
        self._timer.start()

    def check_now(self) -> None:
        """Look now (after one's own save, for instance) instead of at the next tick."""
        if self._mark is None:
            return
        if self._checking:
            self._again = True
            return
        self._checking = True
        since = self._mark

        def look(session: Session) -> changes.Changes:
            return changes.changes_since(session, since)

        self._ops.read(look, self._seen, self._failed, owner=self)

    def _seen(self, found: changes.Changes) -> None:
        self._checking = False
        self._mark = found.last_id
        if found.any:
            self.changed.emit(found)
        if self._again:
            self._again = False
            self.check_now()

    def _failed(self, _exc: BaseException) -> None:
        # A locked or briefly unreachable database: try again at the next tick.
        self._checking = False
