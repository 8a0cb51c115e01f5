"""Keeping what is being typed safe until it is saved, even if the program crashes.

A draft holds note text, so it lives in the user's private data folder (owner-only access), in
a folder of its own per database and account (so a draft is never offered in another database
or to someone else sharing the computer), is written atomically with owner-only permissions,
and is deleted once saved or cancelled. Drafts of an encrypted database are sealed with its
passphrase (`draft_seal`); those of a plain database are plain JSON.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from caseapp.gui import settings
from caseapp.gui.draft_seal import DraftSeal
from caseapp.storage.database import Database

QUICK_CONTACT = "contact"


def safe_name(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]", "_", text)


def database_id(db: Database) -> str:
    """A stable name for the database in folder names, that does not show where it is."""
    where = str(db.path.resolve()) if db.path is not None else db.display
    return hashlib.sha256(where.encode("utf-8")).hexdigest()[:16]


def _private_folder(path: Path) -> Path:
    """`path` with owner-only access (its parent exists: each level is made this way)."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        path.chmod(0o700)
    return path


def _write_private(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)


class DraftStore:
    """One draft, by name, in a `DraftBox`."""

    def __init__(self, box: DraftBox, name: str) -> None:
        self.box = box
        self.name = safe_name(name)
        self.path = box.folder / f"{self.name}{box.suffix}"

    def save(self, data: dict[str, Any]) -> None:
        raw = json.dumps({**data, "draft": self.name}, ensure_ascii=False).encode("utf-8")
        if self.box.seal is not None:
            raw = self.box.seal.seal(self.name, raw)
        _write_private(self.path, raw)
        self.box.claimed.add(self.name)  # being typed in this session: not a leftover

    def load(self) -> dict[str, Any] | None:
        try:
            raw: bytes | None = self.path.read_bytes()
        except OSError:
            return None
        if self.box.seal is not None and raw is not None:
            raw = self.box.seal.open(self.name, raw)
        try:
            data = json.loads(raw) if raw is not None else None
        except ValueError:
            return None
        return data if isinstance(data, dict) else None

    def exists(self) -> bool:
        return self.path.exists()

    def discard(self) -> None:
        existed = self.path.exists()
        self.path.unlink(missing_ok=True)
        self.path.with_name(self.path.name + ".tmp").unlink(missing_ok=True)
        if existed:
            self.box.changed()


class DraftBox:
    """The drafts of one account in one database.

    `claimed` names the drafts this session has taken up (typed, resumed or discarded); the
    others were left by an earlier run and are offered back.
    """

    def __init__(
        self,
        account: str,
        database: str,
        passphrase: str | None = None,
        folder: Path | None = None,
    ) -> None:
        base = _private_folder((folder or settings.data_dir()) / "drafts")
        per_database = _private_folder(base / safe_name(database))
        self.folder = _private_folder(per_database / safe_name(account))
        self.seal = DraftSeal(per_database, passphrase) if passphrase else None
        self.suffix = ".sealed" if self.seal is not None else ".json"
        self.claimed: set[str] = set()
        self.on_change: Callable[[], None] | None = None

    @classmethod
    def of(cls, db: Database, account: str) -> DraftBox:
        return cls(account, database_id(db), db.passphrase)

    def store(self, name: str) -> DraftStore:
        return DraftStore(self, name)

    def leftovers(self) -> list[dict[str, Any]]:
        """Drafts left by an earlier run, newest first (unreadable ones are left alone)."""
        found = []
        for path in self.folder.glob(f"*{self.suffix}"):
            name = path.name.removesuffix(self.suffix)
            data = DraftStore(self, name).load() if name not in self.claimed else None
            if data is not None and data.get("draft") == name:
                found.append(data)
        return sorted(found, key=lambda d: str(d.get("kept_at", "")), reverse=True)

    def claim(self, name: str) -> None:
        self.claimed.add(name)
        self.changed()

    def changed(self) -> None:
        if self.on_change is not None:
            self.on_change()
