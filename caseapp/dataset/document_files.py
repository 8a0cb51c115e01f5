"""The documents of a full export, as a folder beside the dataset file: one folder per person,
the files as they were attached, and a manifest saying what each one is (with its SHA-256).

The dataset format v1 has no place for files, so they travel beside it. An import reads the
folder back all or nothing: every file is checked (present, inside the folder, within the size
limit, of an allowed type, its SHA-256 as the manifest says) before anything is written.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path, PurePosixPath
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseapp.domain import codes
from caseapp.domain.errors import Problem, ValidationFailed
from caseapp.services import audit, case_records, documents
from caseapp.services.actor import Actor
from caseapp.storage.database import Database
from caseapp.storage.models import Document, Participant

MANIFEST = "manifest.json"
_SHA256 = re.compile(r"[0-9a-f]{64}")
# The number the export puts before a file's name, so two of the same name never collide.
_NUMBERED = re.compile(r"\d{4,}-(.+)")


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
    for number, (key, what, name, digest, content, spell) in enumerate(found, start=1):
        # Numbered, so two files of the same name never overwrite each other.
        relative = Path(key) / f"{number:04d}-{name}"
        target = folder / relative
        target.parent.mkdir(mode=0o700, exist_ok=True)
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(content)
        entry: dict[str, Any] = {
            "participant": key,
            "what": what,
            "file": relative.as_posix(),
            "filename": name,
            "sha256": digest,
        }
        if spell is not None:
            kind, type_, start = spell
            entry["spell"] = {"kind": kind, "type": type_, "start": start.isoformat()}
        manifest.append(entry)
    (folder / MANIFEST).write_text(
        json.dumps({"documents": manifest}, ensure_ascii=False, indent=2), encoding="utf-8"
    )
    return len(found)


@dataclass(frozen=True)
class SidecarDocument:
    """One checked file of a documents folder; its content is read again (and its SHA-256
    checked again) only when it is written, so a large folder never sits in memory whole."""

    participant: str
    what: str
    filename: str
    sha256: str
    path: Path
    # The spell it is evidence for: (kind, type, start), as the manifest names it.
    spell: documents.SpellRef | None = None

    def content(self) -> bytes:
        """The file's bytes; ValidationFailed when it changed since it was checked."""
        try:
            data = _read_plain_file(self.path)
        except OSError as exc:
            problem = Problem(str(self.path), "cannot be read ({error})", error=exc.strerror)
            raise ValidationFailed(problem) from exc
        if hashlib.sha256(data).hexdigest() != self.sha256:
            raise ValidationFailed(Problem(str(self.path), "changed while it was being imported"))
        return data


def read_documents(
    dataset: Path, participant_keys: Collection[str]
) -> tuple[list[SidecarDocument], list[Problem]]:
    """The checked documents beside `dataset` (none when it has no documents folder) and the
    warnings; ValidationFailed names every problem by the file's path."""
    folder = folder_for(dataset)
    if not folder.exists():
        return [], []
    if not folder.is_dir():
        raise ValidationFailed(Problem(str(folder), "is not a folder of documents"))
    entries = _manifest_entries(folder)
    problems: list[Problem] = []
    found: list[SidecarDocument] = []
    listed: set[Path] = set()
    keys = set(participant_keys)
    for i, entry in enumerate(entries):
        where = f"{folder / MANIFEST}: documents[{i}]"
        if not isinstance(entry, dict):
            problems.append(Problem(where, "is not an object"))
            continue
        checked = _entry(folder, where, entry, keys, listed, problems)
        if checked is not None:
            found.append(checked)
    if problems:
        raise ValidationFailed(problems)
    warnings = [
        Problem(str(path), "is not in the manifest; not imported")
        for path in sorted(folder.rglob("*"))
        if path.is_file() and path.name != MANIFEST and path not in listed
    ]
    return found, warnings


def _manifest_entries(folder: Path) -> list[Any]:
    manifest = folder / MANIFEST
    try:
        data = json.loads(manifest.read_bytes().decode("utf-8"))
    except FileNotFoundError:
        raise ValidationFailed(Problem(str(manifest), "is missing")) from None
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise ValidationFailed(
            Problem(str(manifest), "cannot be read as JSON ({error})", error=str(exc))
        ) from exc
    if not isinstance(data, dict) or not isinstance(data.get("documents"), list):
        raise ValidationFailed(Problem(str(manifest), 'is not {"documents": [...]}'))
    entries: list[Any] = data["documents"]
    return entries


def _entry(
    folder: Path,
    where: str,
    entry: dict[str, Any],
    keys: set[str],
    listed: set[Path],
    problems: list[Problem],
) -> SidecarDocument | None:
    before = len(problems)
    participant, what, file = entry.get("participant"), entry.get("what"), entry.get("file")
    digest = entry.get("sha256")
    if not isinstance(participant, str) or participant not in keys:
        problems.append(
            Problem(f"{where}.participant", "'{key}' is not in the dataset", key=participant)
        )
    if what not in codes.DOCUMENT_KINDS:
        problems.append(
            Problem(
                f"{where}.what",
                "'{what}' is not one of: {allowed}",
                what=what,
                allowed=", ".join(codes.DOCUMENT_KINDS),
            )
        )
    if not isinstance(digest, str) or not _SHA256.fullmatch(digest):
        problems.append(Problem(f"{where}.sha256", "is not a SHA-256 (64 hexadecimal digits)"))
    relative = PurePosixPath(file) if isinstance(file, str) and file else None
    if relative is None or relative.is_absolute() or ".." in relative.parts:
        problems.append(Problem(f"{where}.file", "is not a path inside the documents folder"))
        return None
    path = folder.joinpath(*relative.parts)
    if not path.resolve().is_relative_to(folder.resolve()):
        problems.append(Problem(str(path), "leads out of the documents folder (a link)"))
        return None
    if path in listed:
        problems.append(Problem(str(path), "is listed twice in the manifest"))
        return None
    listed.add(path)
    content = _checked_content(path, problems)
    if content is None or len(problems) > before:
        return None
    assert isinstance(digest, str) and isinstance(participant, str) and isinstance(what, str)
    if hashlib.sha256(content).hexdigest() != digest:
        problems.append(
            Problem(str(path), "does not match its SHA-256 in the manifest (changed since export)")
        )
        return None
    name = entry.get("filename")
    if not isinstance(name, str) or not name.strip():
        numbered = _NUMBERED.fullmatch(path.name)
        name = numbered.group(1) if numbered else path.name
    spell = _spell(f"{where}.spell", entry.get("spell"), problems)
    if len(problems) > before:
        return None
    return SidecarDocument(participant, what, name, digest, path, spell)


def _spell(where: str, value: Any, problems: list[Problem]) -> documents.SpellRef | None:
    if value is None:
        return None
    kind = value.get("kind") if isinstance(value, dict) else None
    type_ = value.get("type") if isinstance(value, dict) else None
    start = value.get("start") if isinstance(value, dict) else None
    try:
        day = date.fromisoformat(start) if isinstance(start, str) else None
    except ValueError:
        day = None
    if kind not in documents.EVIDENCE_KINDS or not isinstance(type_, str) or day is None:
        problems.append(
            Problem(where, 'is not {"kind": "activity|housing|support", "type": ..., "start": ...}')
        )
        return None
    return (kind, type_, day)


def _checked_content(path: Path, problems: list[Problem]) -> bytes | None:
    """The file's bytes when it is a plain file within the limits, else a problem naming it."""
    try:
        info = path.lstat()
    except FileNotFoundError:
        problems.append(Problem(str(path), "is missing"))
        return None
    except OSError as exc:
        problems.append(Problem(str(path), "cannot be read ({error})", error=exc.strerror))
        return None
    if not stat.S_ISREG(info.st_mode):
        # A link could point anywhere on the machine: only the folder's own files are taken.
        problems.append(Problem(str(path), "is not a plain file"))
        return None
    limit = documents.MAX_BYTES
    if info.st_size > limit:
        problems.append(
            Problem(str(path), "is larger than {megabytes} MB", megabytes=limit // (1024 * 1024))
        )
        return None
    try:
        content = _read_plain_file(path)
    except OSError as exc:
        problems.append(Problem(str(path), "cannot be read ({error})", error=exc.strerror))
        return None
    if not content:
        problems.append(Problem(str(path), "is empty"))
        return None
    if documents.media_type_of(content) is None:
        problems.append(Problem(str(path), "is not a PDF, PNG or JPEG file"))
        return None
    return content


def _read_plain_file(path: Path) -> bytes:
    # Never through a link, and never more than the limit (the file may grow after its check).
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    with os.fdopen(fd, "rb") as handle:
        data = handle.read(documents.MAX_BYTES + 1)
    if len(data) > documents.MAX_BYTES:
        raise OSError(0, f"larger than {documents.MAX_BYTES // (1024 * 1024)} MB")
    return data


def store_documents(
    session: Session, actor: Actor, files: Sequence[SidecarDocument]
) -> tuple[int, list[Problem]]:
    """Keep each document with its person (already written by the import, in the same
    transaction), as when attached in the program, evidence with the spell it documents;
    returns how many, and a warning for each spell not found. A merge does not add a second copy
    of a file the person already has; an erased person gets none."""
    if not files:
        return 0, []
    warnings: list[Problem] = []
    keys = sorted({f.participant for f in files})
    people: dict[str, tuple[int, bool]] = {}
    for start in range(0, len(keys), 500):
        rows = session.execute(
            select(Participant.key, Participant.id, Participant.erased_at).where(
                Participant.key.in_(keys[start : start + 500])
            )
        )
        people.update({key: (id_, erased is not None) for key, id_, erased in rows})
    held: set[tuple[int, str]] = set()
    ids = [id_ for id_, _ in people.values()]
    for start in range(0, len(ids), 500):
        kept = session.execute(
            select(Document.participant_id, Document.sha256).where(
                Document.participant_id.in_(ids[start : start + 500])
            )
        )
        held.update((person_id, digest) for person_id, digest in kept)
    stored = 0
    for file in files:
        person_id, erased = people[file.participant]
        if erased or (person_id, file.sha256) in held:
            continue
        content = file.content()
        media_type = documents.media_type_of(content)
        assert media_type is not None  # checked with the folder
        spell_id = _spell_id(session, person_id, file.spell)
        if file.spell is not None and spell_id is None:
            warnings.append(
                Problem(
                    str(file.path),
                    "the {kind} it is evidence for ({type} from {start}) is not in the dataset; "
                    "kept without it",
                    kind=file.spell[0],
                    type=file.spell[1],
                    start=file.spell[2].isoformat(),
                )
            )
        document = Document(
            participant_id=person_id,
            what=file.what,
            spell_kind=file.spell[0] if spell_id is not None and file.spell else None,
            spell_id=spell_id,
            filename=file.filename[:255],
            media_type=media_type,
            size=len(content),
            sha256=file.sha256,
            added_by=actor.key,
            content=content,
        )
        session.add(document)
        session.flush()
        audit.record(session, actor, "attached_document", file.participant, document.uuid)
        # Written: its bytes need not stay in memory until the commit.
        session.expunge(document)
        held.add((person_id, file.sha256))
        stored += 1
    return stored, warnings


def _spell_id(session: Session, person_id: int, spell: documents.SpellRef | None) -> int | None:
    """The person's spell of that kind, type and start (the first, should there be two)."""
    if spell is None:
        return None
    kind, type_, start = spell
    model: Any = case_records.MODELS[kind]
    found: int | None = session.scalar(
        select(model.id)
        .where(model.participant_id == person_id, model.type == type_, model.start == start)
        .order_by(model.id)
        .limit(1)
    )
    return found
