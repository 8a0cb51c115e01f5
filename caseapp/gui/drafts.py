"""Keeping what is being typed safe until it is saved, even if the program crashes.

Drafts live inside the database (`services.drafts`): as safe as the records themselves (encrypted
with the database when it is), in its backups, per account, erased with the person they are about,
and gone once saved or discarded. Screens read and write them through a `DraftBox`, which holds
the account's drafts in memory and writes each change to the database in order, on a thread of
its own, so typing never waits for the database.
"""

from __future__ import annotations

import hashlib
import json
import logging
import queue
import re
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from caseapp.gui import settings
from caseapp.services import drafts
from caseapp.services.actor import Actor, Can
from caseapp.storage.database import Database

QUICK_CONTACT = "contact"
log = logging.getLogger(__name__)


def safe_name(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]", "_", text)


def database_id(db: Database) -> str:
    """A stable name for the database in folder names, that does not show where it is."""
    where = str(db.path.resolve()) if db.path is not None else db.display
    return hashlib.sha256(where.encode("utf-8")).hexdigest()[:16]


class DraftStore:
    """One draft, by name, in a `DraftBox`."""

    def __init__(self, box: DraftBox, name: str) -> None:
        self.box = box
        self.name = safe_name(name)

    def save(self, data: dict[str, Any]) -> None:
        self.box.keep(self.name, {**data, "draft": self.name})

    def load(self) -> dict[str, Any] | None:
        return self.box.kept.get(self.name)

    def exists(self) -> bool:
        return self.name in self.box.kept

    def discard(self) -> None:
        if self.box.kept.pop(self.name, None) is not None:
            self.box.write(("discard", self.name, None))
            self.box.claimed.add(self.name)  # never offered back, in this run or the next
            self.box.changed()


class DraftBox:
    """The drafts of one account in one database.

    `claimed` names the drafts this session has taken up (typed, resumed or discarded); the
    others were left by an earlier run and are offered back.
    """

    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor
        self.claimed: set[str] = set()
        self.on_change: Callable[[], None] | None = None
        self._queue: queue.Queue[tuple[str, str, dict[str, Any] | None] | None] = queue.Queue()
        self._writer: threading.Thread | None = None
        self.kept: dict[str, dict[str, Any]] = {}
        if actor.can(Can.EDIT_CASE):
            self._adopt_old_files()
            with db.reader() as session:
                self.kept = drafts.all_of(session, actor)

    @classmethod
    def of(cls, db: Database, actor: Actor) -> DraftBox:
        return cls(db, actor)

    def store(self, name: str) -> DraftStore:
        return DraftStore(self, name)

    def keep(self, name: str, data: dict[str, Any]) -> None:
        self.kept[name] = data
        self.claimed.add(name)  # being typed in this session: not a leftover
        self.write(("keep", name, data))

    def leftovers(self) -> list[dict[str, Any]]:
        """Drafts left by an earlier run, newest first."""
        found = [d for name, d in self.kept.items() if name not in self.claimed]
        return sorted(found, key=lambda d: str(d.get("kept_at", "")), reverse=True)

    def claim(self, name: str) -> None:
        self.claimed.add(name)
        self.changed()

    def changed(self) -> None:
        if self.on_change is not None:
            self.on_change()

    # Writing, in order, off the GUI thread

    def write(self, item: tuple[str, str, dict[str, Any] | None]) -> None:
        if not self.actor.can(Can.EDIT_CASE):
            return
        if self._writer is None:
            self._writer = threading.Thread(target=self._run, name="caseapp-drafts", daemon=True)
            self._writer.start()
        self._queue.put(item)

    def flush(self) -> None:
        """Wait until every change so far is in the database."""
        self._queue.join()

    def close(self) -> None:
        """Write what is pending and stop the writer (the session ends)."""
        if self._writer is not None:
            self._queue.put(None)
            self._writer.join()
            self._writer = None

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            try:
                if item is None:
                    return
                self._apply(*item)
            except Exception:
                # No draft text in the log: it is about a person.
                log.warning("a draft could not be written", exc_info=False)
            finally:
                self._queue.task_done()

    def _apply(self, what: str, name: str, data: dict[str, Any] | None) -> None:
        with self.db.unit_of_work() as session:
            if what == "keep" and data is not None:
                drafts.keep(session, self.actor, name, data, _participant(data))
            else:
                drafts.discard(session, self.actor, name)

    def _adopt_old_files(self) -> None:
        """Drafts an earlier version kept as plain files beside the database move into it; the
        files go. (Sealed ones of an encrypted database are left as they are: unreadable.)"""
        folder = settings.data_dir() / "drafts" / database_id(self.db) / safe_name(self.actor.key)
        for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
            data = _read_json(path)
            if data is not None:
                with self.db.unit_of_work() as session:
                    drafts.keep(session, self.actor, path.stem, data, _participant(data))
            path.unlink(missing_ok=True)


def _participant(data: dict[str, Any]) -> str | None:
    key = data.get("participant")
    return key if isinstance(key, str) and key else None


def _read_json(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None
