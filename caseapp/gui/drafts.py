"""Keeping a contact note being typed safe until it is saved, even if the program crashes.

The draft holds note text, so it lives in the user's private data folder (owner-only access),
is written atomically with owner-only permissions, and is deleted once saved or cancelled.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

from caseapp.gui import settings


class DraftStore:
    """One draft per account, so people sharing a computer never see each other's notes."""

    def __init__(self, account: str, folder: Path | None = None) -> None:
        base = (folder or settings.data_dir()) / "drafts"
        base.mkdir(parents=True, exist_ok=True, mode=0o700)
        if os.name == "posix":
            base.chmod(0o700)
        safe = re.sub(r"[^A-Za-z0-9_.-]", "_", account)
        self.path = base / f"contact-{safe}.json"

    def save(self, data: dict[str, Any]) -> None:
        tmp = self.path.with_name(self.path.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            os.write(fd, json.dumps(data, ensure_ascii=False).encode("utf-8"))
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, self.path)

    def load(self) -> dict[str, Any] | None:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return data if isinstance(data, dict) else None

    def exists(self) -> bool:
        return self.path.exists()

    def discard(self) -> None:
        self.path.unlink(missing_ok=True)
        self.path.with_name(self.path.name + ".tmp").unlink(missing_ok=True)
