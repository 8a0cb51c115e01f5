"""Reading a documents folder back: every file checked before anything is written, and the
whole import (records and documents) committed as one or not at all."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from caseapp.dataset.document_files import folder_for, read_documents, write_documents
from caseapp.dataset.exporter import export_document
from caseapp.dataset.importer import import_document
from caseapp.domain.errors import ValidationFailed
from caseapp.services.actor import SYSTEM
from caseapp.storage.database import Database, open_database
from caseapp.storage.models import Document, Participant
from tests.dataset.documents import attach_as_the_program_does, row_counts, sample

REPO = Path(__file__).resolve().parents[2]
PDF = b"%PDF-1.4 " + b"p" * 5000
JPEG = b"\xff\xd8\xff\xe0" + b"j" * 5000


def _export_with_documents(db: Database, tmp_path: Path) -> Path:
    import_document(db, SYSTEM, sample())
    with db.unit_of_work() as s:
        keys = list(s.scalars(select(Participant.key).order_by(Participant.key).limit(3)))
        for i, key in enumerate(keys):
            attach_as_the_program_does(s, key, f"doc{i}.pdf", PDF + bytes([i]), "letter")
        attach_as_the_program_does(s, keys[0], "photo.jpg", JPEG, "other")
    out = tmp_path / "export.json"
    doc = export_document(db, SYSTEM, reason="a test")
    out.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    assert write_documents(db, SYSTEM, [p["key"] for p in doc["participants"]], out) == 4
    return out


def test_the_folder_is_read_with_names_kinds_and_people(
    sqlite_db: Database, tmp_path: Path
) -> None:
    out = _export_with_documents(sqlite_db, tmp_path)
    keys = {p["key"] for p in json.loads(out.read_text("utf-8"))["participants"]}
    files, warnings = read_documents(out, keys)
    assert warnings == []
    assert sorted((f.filename, f.what) for f in files) == [
        ("doc0.pdf", "letter"),
        ("doc1.pdf", "letter"),
        ("doc2.pdf", "letter"),
        ("photo.jpg", "other"),
    ]
    # A file the manifest does not name is left out, and said so.
    stray = folder_for(out) / "stray.pdf"
    stray.write_bytes(PDF)
    files, warnings = read_documents(out, keys)
    assert len(files) == 4 and [w.where for w in warnings] == [str(stray)]
    # No folder: no documents, no problem.
    assert read_documents(tmp_path / "other.json", keys) == ([], [])


def test_a_file_changed_after_its_check_stops_the_import_whole(
    sqlite_db: Database, tmp_path: Path
) -> None:
    out = _export_with_documents(sqlite_db, tmp_path)
    doc = json.loads(out.read_text("utf-8"))
    files, _ = read_documents(out, {p["key"] for p in doc["participants"]})
    target = open_database(tmp_path / "target.db", create=True)
    try:
        before = row_counts(target)
        files[-1].path.write_bytes(PDF + b"changed")
        with pytest.raises(ValidationFailed) as caught:
            import_document(target, SYSTEM, doc, files=files)
        assert "changed while it was being imported" in str(caught.value.problems[0])
        assert row_counts(target) == before
    finally:
        target.dispose()


_KILLED_IMPORT = """
import json, os, sys
from pathlib import Path
from caseapp.dataset import document_files
from caseapp.dataset.importer import import_document
from caseapp.services.actor import SYSTEM
from caseapp.storage.database import open_database

db = open_database(sys.argv[1])
source = Path(sys.argv[2])
doc = json.loads(source.read_text(encoding="utf-8"))
files, _ = document_files.read_documents(source, {p["key"] for p in doc["participants"]})
read = document_files.SidecarDocument.content
calls = []

def content(self):
    calls.append(self)
    if len(calls) == 3:
        os._exit(9)  # killed with two documents written: no rollback, no cleanup, no commit
    return read(self)

document_files.SidecarDocument.content = content
import_document(db, SYSTEM, doc, files=files)
"""


def test_an_import_killed_among_the_documents_leaves_nothing(
    sqlite_db: Database, tmp_path: Path
) -> None:
    out = _export_with_documents(sqlite_db, tmp_path)
    path = tmp_path / "target.db"
    open_database(path, create=True).dispose()
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run(
        [sys.executable, "-c", _KILLED_IMPORT, str(path), str(out)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 9, done.stderr
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert raw.execute("SELECT count(*) FROM participant").fetchone() == (0,)
        assert raw.execute("SELECT count(*) FROM document").fetchone() == (0,)
    again = open_database(path)
    try:
        doc = json.loads(out.read_text("utf-8"))
        files, _ = read_documents(out, {p["key"] for p in doc["participants"]})
        summary = import_document(again, SYSTEM, doc, files=files)
        assert summary.documents == 4
        with again.reader() as s:
            assert len(s.scalars(select(Document.id)).all()) == 4
    finally:
        again.dispose()
