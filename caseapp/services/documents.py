"""Documents kept with a person: attaching (type and size checked), listing, opening (audit-logged
every time) and deleting. A document attached as evidence for a job or education verifies it:
a job with an attached evidence document counts as having evidence.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseapp.domain import codes
from caseapp.domain.errors import NotFound, Problem, ValidationFailed
from caseapp.services import audit, case_records, scope
from caseapp.services.actor import Actor, Can
from caseapp.storage.models import ActivitySpell, Document, Participant
from caseapp.storage.outbox import tracking

MAX_BYTES = 10 * 1024 * 1024
# What a document may be, known by its first bytes (never by its name).
MEDIA_TYPES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
)
# Spells a document may be evidence for.
EVIDENCE_KINDS = ("activity", "housing", "support")


@dataclass(frozen=True)
class DocumentInfo:
    uuid: str
    version: int
    what: str
    filename: str
    media_type: str
    size: int
    added_at: datetime
    added_by: str | None
    spell_kind: str | None
    spell_uuid: str | None


def media_type_of(content: bytes) -> str | None:
    return next((kind for magic, kind in MEDIA_TYPES if content.startswith(magic)), None)


def attach(
    session: Session,
    actor: Actor,
    participant_key: str,
    filename: str,
    content: bytes,
    what: str,
    spell: tuple[str, str] | None = None,
) -> Document:
    """Keep `content` with the person; `spell` (kind, uuid) when it is evidence for one."""
    actor.require(Can.EDIT_CASE)
    if tracking(session):
        # A field laptop's sync carries records, not files: attached there, it would never
        # reach the team.
        raise ValidationFailed(
            Problem("file", "documents are attached at the team server, not on a field laptop")
        )
    person = scope.require_participant(session, actor, participant_key)
    problems: list[Problem] = []
    media_type = media_type_of(content)
    if not content:
        problems.append(Problem("file", "is empty"))
    elif len(content) > MAX_BYTES:
        problems.append(
            Problem("file", "is larger than {megabytes} MB", megabytes=MAX_BYTES // (1024 * 1024))
        )
    elif media_type is None:
        problems.append(Problem("file", "is not a PDF, PNG or JPEG file"))
    if what not in codes.DOCUMENT_KINDS:
        problems.append(
            Problem(
                "what",
                "'{what}' is not one of: {allowed}",
                what=what,
                allowed=", ".join(codes.DOCUMENT_KINDS),
            )
        )
    name = filename.replace("\\", "/").rsplit("/", 1)[-1].strip()[:255]
    if not name:
        problems.append(Problem("filename", "is required"))
    spell_id = None
    if spell is not None:
        kind, uuid = spell
        if kind not in EVIDENCE_KINDS:
            problems.append(Problem("spell", "'{kind}' cannot have evidence", kind=kind))
        else:
            obj = case_records.get(session, actor, kind, uuid)
            if obj.participant_id != person.id:  # type: ignore[attr-defined]
                problems.append(Problem("spell", "belongs to someone else"))
            spell_id = obj.id
    if problems:
        raise ValidationFailed(problems)
    assert media_type is not None
    document = Document(
        participant_id=person.id,
        what=what,
        spell_kind=spell[0] if spell else None,
        spell_id=spell_id,
        filename=name,
        media_type=media_type,
        size=len(content),
        sha256=hashlib.sha256(content).hexdigest(),
        added_by=actor.key,
        content=content,
    )
    session.add(document)
    session.flush()
    audit.record(session, actor, "attached_document", person.key, document.uuid)
    if spell is not None and spell[0] == "activity" and what == "evidence":
        _verify(session, actor, spell[1], name)
    return document


def _verify(session: Session, actor: Actor, uuid: str, filename: str) -> None:
    """The job or education now has evidence: verified, saying which document it is."""
    spell = case_records.get(session, actor, "activity", uuid)
    assert isinstance(spell, ActivitySpell)
    changes: dict[str, object] = {"verified": True}
    if not spell.evidence:
        changes["evidence"] = f"Dokument: {filename}"[:500]
    case_records.update(session, actor, "activity", uuid, spell.version, changes)


def list_for(session: Session, actor: Actor, participant_key: str) -> list[DocumentInfo]:
    """The person's documents, newest first, without their contents."""
    person = scope.require_participant(session, actor, participant_key)
    rows = session.execute(
        select(
            Document.uuid,
            Document.version,
            Document.what,
            Document.filename,
            Document.media_type,
            Document.size,
            Document.created_at,
            Document.added_by,
            Document.spell_kind,
            Document.spell_id,
        )
        .where(Document.participant_id == person.id)
        .order_by(Document.created_at.desc(), Document.id.desc())
    ).all()
    out = []
    for uuid, version, what, name, media, size, added, by, spell_kind, spell_id in rows:
        spell_uuid = None
        if spell_kind is not None and spell_id is not None:
            model = case_records.MODELS[spell_kind]
            spell_uuid = session.scalar(select(model.uuid).where(model.id == spell_id))
        out.append(
            DocumentInfo(uuid, version, what, name, media, size, added, by, spell_kind, spell_uuid)
        )
    return out


def open_document(session: Session, actor: Actor, uuid: str) -> tuple[str, str, bytes]:
    """(file name, media type, content) of a document; every opening is audit-logged."""
    document = _get(session, uuid)
    key = scope.require_participant(session, actor, _key(session, document)).key
    audit.record(session, actor, "opened_document", key, uuid)
    return document.filename, document.media_type, document.content


def delete(session: Session, actor: Actor, uuid: str) -> None:
    actor.require(Can.EDIT_CASE)
    document = _get(session, uuid)
    key = scope.require_participant(session, actor, _key(session, document)).key
    session.delete(document)
    session.flush()
    audit.record(session, actor, "deleted_document", key, uuid)


def _get(session: Session, uuid: str) -> Document:
    document = session.scalar(select(Document).where(Document.uuid == uuid))
    if document is None:
        raise NotFound("The document was deleted by someone else.")
    return document


def _key(session: Session, document: Document) -> str:
    key = session.scalar(select(Participant.key).where(Participant.id == document.participant_id))
    assert key is not None
    return key


# A spell a document is evidence for, as a dataset names it: kind, type and start (records in a
# dataset have no identity of their own).
SpellRef = tuple[str, str, date]


def for_export(
    session: Session, actor: Actor, participant_keys: list[str]
) -> list[tuple[str, str, str, str, bytes, SpellRef | None]]:
    """(participant key, what, file name, sha256, content, spell) of the documents of the people
    exported, for a full export's folder of documents (the export logs every person in it)."""
    actor.require(Can.EXPORT_FULL)
    query = (
        select(
            Participant.key,
            Document.what,
            Document.filename,
            Document.sha256,
            Document.content,
            Document.spell_kind,
            Document.spell_id,
        )
        .join(Participant, Participant.id == Document.participant_id)
        .where(Participant.key.in_(participant_keys))
        .order_by(Participant.key, Document.id)
    )
    try:
        # As the export itself: the whole database for those it may go to, else one's own.
        scope.require_whole_database(session, actor)
    except scope.OutsideScope:
        query = query.where(Participant.id.in_(scope.visible_participant_ids(session, actor)))
    out = []
    for key, what, name, digest, content, kind, spell_id in session.execute(query):
        spell: SpellRef | None = None
        if kind in EVIDENCE_KINDS and spell_id is not None:
            model = case_records.MODELS[kind]
            found = session.execute(
                select(model.type, model.start).where(model.id == spell_id)  # type: ignore[attr-defined]
            ).first()
            if found is not None:
                spell = (kind, found[0], found[1])
        out.append((key, what, name, digest, content, spell))
    return out
