"""`caseapp export --documents` then `caseapp import`: the documents come back byte for byte, and
a documents folder that does not hold up stops the whole import, naming the file."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from caseapp.services import documents
from caseapp.storage.database import open_database
from caseapp.storage.models import ActivitySpell, Document, Participant
from tests.cli.conftest import Run
from tests.dataset.documents import attach_as_the_program_does, rich_sample, row_counts

ADMIN = {"user": "admin", "password": "admin-password"}
PDF = b"%PDF-1.4\n" + bytes(range(256)) * 40 + b"\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + os.urandom(3000)


def _stored(path: Path) -> list[tuple[str, str, str, str, bytes]]:
    """(person, what, file name, sha256, content) of every document in the database."""
    db = open_database(path)
    try:
        with db.reader() as s:
            rows = s.execute(
                select(
                    Participant.key,
                    Document.what,
                    Document.filename,
                    Document.sha256,
                    Document.content,
                )
                .join(Participant, Participant.id == Document.participant_id)
                .order_by(Participant.key, Document.filename)
            )
            return [tuple(r) for r in rows]  # type: ignore[misc]
    finally:
        db.dispose()


@pytest.fixture
def exported(initialised: Path, run: Run, tmp_path: Path) -> Path:
    """A full export with three documents (two of one name, for two people) beside it."""
    source = tmp_path / "rich.json"
    source.write_text(json.dumps(rich_sample(), ensure_ascii=False), encoding="utf-8")
    assert run("import", source, "--db", initialised, **ADMIN).code == 0
    db = open_database(initialised)
    with db.unit_of_work() as s:
        first, second = s.scalars(select(Participant.key).order_by(Participant.key).limit(2))
        attach_as_the_program_does(s, first, "lease.pdf", PDF, "lease")
        attach_as_the_program_does(s, first, "signed consent.png", PNG, "consent")
        attach_as_the_program_does(s, second, "lease.pdf", PDF[:-3] + b"x\n", "lease")
        job = s.scalars(select(ActivitySpell).order_by(ActivitySpell.id)).first()
        assert job is not None
        holder = s.scalar(select(Participant.key).where(Participant.id == job.participant_id))
        assert holder is not None
        attach_as_the_program_does(
            s, holder, "payslip.pdf", PDF + b"payslip", "evidence", ("activity", job.id)
        )
    db.dispose()
    out = tmp_path / "out" / "export.json"
    out.parent.mkdir()
    r = run("export", out, "--db", initialised, "--documents", "--reason", "Flytning", **ADMIN)
    assert r.code == 0, r.err
    return out


def _evidence(path: Path) -> list[tuple[str, str, object, object]]:
    """(person, file name, spell type, spell start) of each document that is evidence."""
    db = open_database(path)
    try:
        with db.reader() as s:
            rows = s.execute(
                select(Participant.key, Document.filename, ActivitySpell.type, ActivitySpell.start)
                .join(Participant, Participant.id == Document.participant_id)
                .join(ActivitySpell, ActivitySpell.id == Document.spell_id)
                .where(Document.spell_kind == "activity")
            )
            return [tuple(r) for r in rows]  # type: ignore[misc]
    finally:
        db.dispose()


def _manifest(exported: Path) -> dict[str, list[dict[str, Any]]]:
    data: dict[str, list[dict[str, Any]]] = json.loads(
        (exported.with_name("export.json.documents") / "manifest.json").read_text("utf-8")
    )
    return data


def _save_manifest(exported: Path, data: dict[str, list[dict[str, Any]]]) -> None:
    folder = exported.with_name("export.json.documents")
    (folder / "manifest.json").write_text(json.dumps(data), encoding="utf-8")


def test_the_documents_come_back_byte_for_byte(
    exported: Path, initialised: Path, run: Run, tmp_path: Path
) -> None:
    target = tmp_path / "copy.db"
    r = run("import", exported, "--db", target, "--create")
    assert r.code == 0, r.err
    assert "4 documents" in r.out
    before, after = _stored(initialised), _stored(target)
    assert len(after) == 4
    assert after == before
    # The payslip is again the evidence of the same job.
    assert len(_evidence(target)) == 1 and _evidence(target) == _evidence(initialised)
    for _key, _what, _name, digest, content in after:
        assert hashlib.sha256(content).hexdigest() == digest
    # Each is logged as attached, under the person it belongs to.
    db = open_database(target)
    try:
        with db.reader() as s:
            from caseapp.storage.models import AuditEntry

            logged = s.scalars(
                select(AuditEntry.participant_key).where(AuditEntry.action == "attached_document")
            ).all()
    finally:
        db.dispose()
    assert sorted(k or "" for k in logged) == sorted(key for key, *_ in after)


def test_a_merge_does_not_add_a_document_the_person_already_has(
    exported: Path, initialised: Path, run: Run
) -> None:
    r = run("import", exported, "--db", initialised, "--merge", **ADMIN)
    assert r.code == 0, r.err
    assert "document" not in r.out
    assert len(_stored(initialised)) == 4


def _refused(run: Run, exported: Path, target: Path, *expected: str) -> str:
    r = run("import", exported, "--db", target, "--create")
    assert r.code == 2, r.out + r.err
    for text in expected:
        assert text in r.err, r.err
    assert "nothing was imported" in r.err
    assert not target.exists()  # not even an empty database
    return r.err


def test_a_missing_file_is_named_and_nothing_is_written(
    exported: Path, run: Run, tmp_path: Path
) -> None:
    entry = _manifest(exported)["documents"][1]
    path = exported.with_name("export.json.documents") / entry["file"]
    path.unlink()
    _refused(run, exported, tmp_path / "copy.db", f"{path}: is missing")


def test_a_changed_file_is_named_and_nothing_is_written(
    exported: Path, run: Run, tmp_path: Path
) -> None:
    entry = _manifest(exported)["documents"][0]
    path = exported.with_name("export.json.documents") / entry["file"]
    path.write_bytes(path.read_bytes().replace(b"%%EOF", b"%%EOX"))
    _refused(run, exported, tmp_path / "copy.db", f"{path}: does not match its SHA-256")


def test_a_file_of_the_wrong_type_is_named_even_with_a_matching_hash(
    exported: Path, run: Run, tmp_path: Path
) -> None:
    data = _manifest(exported)
    entry = data["documents"][0]
    path = exported.with_name("export.json.documents") / entry["file"]
    script = b"#!/bin/sh\necho hello\n"
    path.write_bytes(script)
    entry["sha256"] = hashlib.sha256(script).hexdigest()
    _save_manifest(exported, data)
    _refused(run, exported, tmp_path / "copy.db", f"{path}: is not a PDF, PNG or JPEG file")


def test_an_oversized_file_is_named_and_nothing_is_written(
    exported: Path, run: Run, tmp_path: Path
) -> None:
    data = _manifest(exported)
    entry = data["documents"][0]
    path = exported.with_name("export.json.documents") / entry["file"]
    big = b"%PDF-1.4\n" + b"0" * documents.MAX_BYTES
    path.write_bytes(big)
    entry["sha256"] = hashlib.sha256(big).hexdigest()
    _save_manifest(exported, data)
    _refused(run, exported, tmp_path / "copy.db", f"{path}: is larger than 10 MB")


def test_paths_out_of_the_folder_are_refused(exported: Path, run: Run, tmp_path: Path) -> None:
    secret = tmp_path / "secret.pdf"
    secret.write_bytes(PDF)
    folder = exported.with_name("export.json.documents")
    data = _manifest(exported)
    data["documents"][0]["file"] = "../../secret.pdf"
    link = folder / "link.pdf"
    link.symlink_to(secret)
    data["documents"][1]["file"] = "link.pdf"
    data["documents"][1]["sha256"] = hashlib.sha256(PDF).hexdigest()
    _save_manifest(exported, data)
    _refused(
        run,
        exported,
        tmp_path / "copy.db",
        "documents[0].file: is not a path inside the documents folder",
        f"{link}: leads out of the documents folder",
    )


def test_a_bad_manifest_or_a_stranger_is_refused(
    exported: Path, initialised: Path, run: Run
) -> None:
    before = row_counts(open_database(initialised))
    data = _manifest(exported)
    data["documents"][0]["participant"] = "P-NOBODY"
    data["documents"][1]["what"] = "diary"
    data["documents"][2]["spell"] = {"kind": "diary", "start": "someday"}
    _save_manifest(exported, data)
    r = run("import", exported, "--db", initialised, "--merge", **ADMIN)
    assert r.code == 2
    assert "documents[0].participant: 'P-NOBODY' is not in the dataset" in r.err
    assert "documents[1].what: 'diary' is not one of" in r.err
    assert "documents[2].spell: is not" in r.err
    (exported.with_name("export.json.documents") / "manifest.json").write_text("{", "utf-8")
    r = run("import", exported, "--db", initialised, "--merge", **ADMIN)
    assert r.code == 2 and "manifest.json: cannot be read as JSON" in r.err
    (exported.with_name("export.json.documents") / "manifest.json").unlink()
    r = run("import", exported, "--db", initialised, "--merge", **ADMIN)
    assert r.code == 2 and "manifest.json: is missing" in r.err
    after = row_counts(open_database(initialised))
    assert {k: v for k, v in after.items() if k not in ("audit_entry", "last audit hash")} == {
        k: v for k, v in before.items() if k not in ("audit_entry", "last audit hash")
    }
    assert len(_stored(initialised)) == 4


def test_evidence_for_a_job_the_dataset_lacks_is_kept_without_it(
    exported: Path, run: Run, tmp_path: Path
) -> None:
    data = _manifest(exported)
    [entry] = [e for e in data["documents"] if "spell" in e]
    entry["spell"]["start"] = "1999-01-01"
    _save_manifest(exported, data)
    target = tmp_path / "copy.db"
    r = run("import", exported, "--db", target, "--create")
    assert r.code == 0, r.err
    path = exported.with_name("export.json.documents") / entry["file"]
    assert f"warning: {path}: the activity it is evidence for" in r.err
    assert "is not in the dataset; kept without it" in r.err
    assert _evidence(target) == [] and len(_stored(target)) == 4
