"""The documents of a full export, as a folder beside the dataset file: one folder per person,
the files as they were attached, and a manifest saying what each one is (with its SHA-256).

The dataset format v1 has no place for files, so they travel beside it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from caseapp.services import documents
from caseapp.services.actor import Actor
from caseapp.storage.database import Database

MANIFEST = "manifest.json"


def folder_for(dataset: Path) -> Path:
    """Where the documents of `dataset` go: `NAME.documents` beside it."""
    return dataset.with_name(dataset.name + ".documents")


def write_documents(db: Database, actor: Actor, participant_keys: list[str], dataset: Path) -> int:
    """Write the documents of the people exported beside `dataset`; returns how many."""
    with db.reader() as session:
        found = documents.for_export(session, actor, participant_keys)
    folder = folder_for(dataset)
    folder.mkdir(mode=0o700, exist_ok=True)
    manifest = []
    for number, (key, what, name, digest, content) in enumerate(found, start=1):
        # Numbered, so two files of the same name never overwrite each other.
        relative = Path(key) / f"{number:04d}-{name}"
        target = folder / relative
        target.parent.mkdir(mode=0o700, exist_ok=True)
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(content)
        manifest.append(
            {"participant": key, "what": what, "file": relative.as_posix(), "sha256": digest}
        )
    (folder / MANIFEST).write_text(
        json.dumps({"documents": manifest}, ensure_ascii=False, indent=2), encoding="utf-8"
    )
    return len(found)
