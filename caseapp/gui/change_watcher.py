"""Noticing edits made elsewhere (another window, another user), and the server connection's state.

On the team server (PostgreSQL) every change is announced by the server as it commits: a
listener thread (`storage.notifications`) puts what it hears on a queue that the GUI thread
empties, and each announcement wakes a look at the audit log's newest entries. SQLite cannot
announce anything, so there the look runs every `CHECK_EVERY_MS`. When the look names changed
data, `changed` tells the screens, which reload what they show.
"""

from __future__ import annotations

import queue

from PySide6.QtCore import QObject, QTimer, Signal
from sqlalchemy.orm import Session

from caseapp.gui.operations import Operations
from caseapp.services import changes
from caseapp.storage import notifications

CHECK_EVERY_MS = 1500  # SQLite: a look at the newest audit entries (one indexed query)
DRAIN_MS = 100  # the server: how often the GUI thread empties the listener's queue (no query)

LOST = "lost"
CONNECTED_AGAIN = "connected_again"


class ChangeWatcher(QObject):
    changed = Signal(object)  # changes.Changes
    connection = Signal(str)  # LOST or CONNECTED_AGAIN

    def __init__(self, ops: Operations, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._mark: int | None = None
        self._checking = False
        self._again = False
        self.lost = False
        self._events: queue.SimpleQueue[notifications.ListenerEvent] = queue.SimpleQueue()
        engine = ops.db.engine
        self._listener = (
            notifications.ChangeListener(engine, self._events.put)
            if notifications.supported(engine)
            else None
        )
        self._timer = QTimer(self)
        if self._listener is not None:
            self._timer.setInterval(DRAIN_MS)
            self._timer.timeout.connect(self._drain)
        else:
            self._timer.setInterval(CHECK_EVERY_MS)
            self._timer.timeout.connect(self.check_now)

    @property
    def watching(self) -> bool:
        return self._mark is not None

    @property
    def live(self) -> bool:
        """True where the server announces changes, False where the log is looked at regularly."""
        return self._listener is not None

    def start(self) -> None:
        # The listener first: a change made while the mark is read is then heard, not missed.
        if self._listener is not None:
            self._listener.start()
        self._ops.read(changes.last_mark, self._started, owner=self)

    def stop(self) -> None:
        self._timer.stop()
        if self._listener is not None:
            self._listener.stop()

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

    def _drain(self) -> None:
        """What the listener heard since the last tick: changes, and the connection's state."""
        look = False
        while True:
            try:
                event = self._events.get_nowait()
            except queue.Empty:
                break
            if isinstance(event, notifications.Lost):
                if not self.lost:
                    self.lost = True
                    self.connection.emit(LOST)
            elif isinstance(event, notifications.Connected):
                # (Re)connected: whatever changed while nobody listened is in the log.
                look = True
                if self.lost:
                    self.lost = False
                    self.connection.emit(CONNECTED_AGAIN)
            else:
                look = True
        if look:
            self.check_now()

    def _seen(self, found: changes.Changes) -> None:
        self._checking = False
        self._mark = found.last_id
        if found.any:
            self.changed.emit(found)
        if self._again:
            self._again = False
            self.check_now()

    def _failed(self, _exc: BaseException) -> None:
        # A locked or briefly unreachable database: try again at the next tick or announcement.
        self._checking = False
        self._again = False
