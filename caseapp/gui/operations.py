"""Running core work off the GUI thread and handing its result back to the GUI thread.

Each operation gets a fresh session (a reader, or a unit of work for writes) in a worker thread.
Worker threads never touch Qt: they put their result on a queue that the GUI thread empties on a
short timer while work is under way. (Calling into Qt from worker threads - signals, QRunnable -
corrupts Python's reference counts in some PySide6 releases; plain threads and a queue do not.)
"""

from __future__ import annotations

import queue
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal
from sqlalchemy.orm import Session

from caseapp.storage.database import Database

Progress = Callable[[int, int], None]
Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]
POLL_MS = 8
WORKERS = 4


@dataclass(eq=False)
class _Pending:
    done: Done | None
    failed: Failed | None
    owner: QObject | None
    label: str
    started: float = field(default_factory=time.perf_counter)

    def owner_alive(self) -> bool:
        return self.owner is None or shiboken6.isValid(self.owner)


_PROGRESS = "progress"
_RESULT = "result"
_ERROR = "error"


class Operations(QObject):
    """The operation runner of one open database.

    `read(fn)` runs `fn(session)` with a reader session, `write(fn)` inside a unit of work (commit
    or roll back as one), `run(fn)` gives `fn(database, progress)` for long work. Callbacks run on
    the GUI thread; an `owner` widget that is gone when the result arrives gets no callback, and
    an error without a `failed` callback is announced through `error`.
    """

    busy_changed = Signal(bool)
    progress = Signal(str, int, int)
    error = Signal(object)

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._executor = ThreadPoolExecutor(WORKERS, thread_name_prefix="caseapp-operation")
        self._queue: queue.SimpleQueue[tuple[_Pending, str, Any]] = queue.SimpleQueue()
        self._pending: set[_Pending] = set()
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._deliver)
        self.slowest_ms = 0.0
        self._closed = False

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def read(
        self,
        fn: Callable[[Session], Any],
        done: Done | None = None,
        failed: Failed | None = None,
        *,
        owner: QObject | None = None,
    ) -> None:
        def work(_progress: Progress) -> Any:
            with self.db.reading() as session:
                return fn(session)

        self._start(work, done, failed, owner, "")

    def write(
        self,
        fn: Callable[[Session], Any],
        done: Done | None = None,
        failed: Failed | None = None,
        *,
        owner: QObject | None = None,
    ) -> None:
        def work(_progress: Progress) -> Any:
            with self.db.unit_of_work() as session:
                return fn(session)

        self._start(work, done, failed, owner, "")

    def run(
        self,
        fn: Callable[[Database, Progress], Any],
        done: Done | None = None,
        failed: Failed | None = None,
        *,
        owner: QObject | None = None,
        label: str = "",
    ) -> None:
        self._start(lambda progress: fn(self.db, progress), done, failed, owner, label)

    def shutdown(self, wait: bool = True) -> None:
        """Finish what runs (dropping what has not started); no operation starts after this."""
        self._closed = True
        self._executor.shutdown(wait=wait, cancel_futures=True)
        self._timer.stop()

    def _start(
        self,
        work: Callable[[Progress], Any],
        done: Done | None,
        failed: Failed | None,
        owner: QObject | None,
        label: str,
    ) -> None:
        if self._closed:
            return
        pending = _Pending(done, failed, owner, label)
        results = self._queue

        def progress(done_count: int, total: int) -> None:
            results.put((pending, _PROGRESS, (done_count, total)))

        def job() -> None:
            try:
                result = work(progress)
            except BaseException as exc:  # every error is the caller's to show
                results.put((pending, _ERROR, exc))
            else:
                results.put((pending, _RESULT, result))

        was_idle = not self._pending
        self._pending.add(pending)
        self._executor.submit(job)
        if was_idle:
            self._timer.start()
            self.busy_changed.emit(True)

    def _deliver(self) -> None:
        while True:
            try:
                pending, what, value = self._queue.get_nowait()
            except queue.Empty:
                break
            if what == _PROGRESS:
                if pending.label:
                    self.progress.emit(pending.label, *value)
                continue
            self._pending.discard(pending)
            elapsed = (time.perf_counter() - pending.started) * 1000
            self.slowest_ms = max(self.slowest_ms, elapsed)
            if what == _RESULT:
                if pending.done is not None and pending.owner_alive():
                    pending.done(value)
            elif pending.failed is not None:
                if pending.owner_alive():
                    pending.failed(value)
            else:
                self.error.emit(value)
        if not self._pending:
            self._timer.stop()
            self.busy_changed.emit(False)
