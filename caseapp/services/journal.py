"""The journal: finding words in notes and the other free text, across the account's scope or in
one file, newest first. Every person whose notes a search shows is audit-logged."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from caseapp.domain import danish_text
from caseapp.domain.fields import DATED_BY
from caseapp.services import audit, case_records, scope
from caseapp.services.actor import Actor, Can
from caseapp.storage import journal_index
from caseapp.storage.models import Participant

MOST_HITS = 200
# The free text of each kind, in the order it is shown.
TEXT_FIELDS: dict[str, tuple[str, ...]] = {
    "contact": ("note",),
    "housing": ("note", "address"),
    "activity": ("note", "employer", "evidence"),
    "support": ("note", "provider"),
    "goal": ("title", "note"),
    "task": ("title", "note"),
}
_WHEN = DATED_BY


@dataclass(frozen=True)
class JournalHit:
    participant_key: str
    participant_name: str
    kind: str
    uuid: str
    when: date | datetime | None
    text: str


def search(
    session: Session,
    actor: Actor,
    query: str,
    participant_key: str | None = None,
    limit: int = MOST_HITS,
) -> list[JournalHit]:
    """The records whose free text holds every word of `query` (as word beginnings, Danish
    spellings forgiven), newest first; within one file when `participant_key` is given."""
    actor.require(Can.READ_CASE)
    words = [danish_text.spellings(w) for w in danish_text.search_terms(query)]
    if not words:
        return []
    if participant_key is not None:
        # A file opened with a reason (outside the lists) may be searched like any open file.
        person = scope.require_participant(session, actor, participant_key)
        hits = _in_file(session, person, query, limit)
    else:
        allowed = scope.visible_participant_ids(session, actor)
        everyone = len(allowed) == (session.scalar(select(func.count(Participant.id))) or 0)
        found = journal_index.find(session, words, None if everyone else allowed, limit)
        # The index gives the most recently written; they are shown by when they happened.
        hits = sorted(_load(session, found), key=lambda h: _sortable(h.when), reverse=True)
    audit.record_many(
        session,
        actor,
        "searched_journal",
        sorted({h.participant_key for h in hits}),
        f"hits={len(hits)}",
    )
    return hits


def _in_file(session: Session, person: Participant, query: str, limit: int) -> list[JournalHit]:
    """One file holds a few hundred records: read and matched here, the index's way of folding."""
    terms = danish_text.search_terms(query)
    hits: list[JournalHit] = []
    name = " ".join(p for p in (person.first_name, person.last_name) if p)
    for kind, fields in TEXT_FIELDS.items():
        model = case_records.MODELS[kind]
        columns = [model.uuid, getattr(model, _WHEN[kind])] + [getattr(model, f) for f in fields]
        rows = session.execute(
            select(*columns).where(model.participant_id == person.id)  # type: ignore[attr-defined]
        )
        for uuid, when, *parts in rows:
            text = "\n".join(p for p in parts if p)
            if text and danish_text.matches(terms, danish_text.search_text(text)):
                hits.append(JournalHit(person.key, name, kind, uuid, when, text))
    hits.sort(key=lambda h: _sortable(h.when), reverse=True)
    return hits[:limit]


def _sortable(when: date | datetime | None) -> datetime:
    if when is None:
        return datetime.min
    return when if isinstance(when, datetime) else datetime(when.year, when.month, when.day)


def _load(session: Session, found: Sequence[tuple[str, int]]) -> list[JournalHit]:
    by_kind: dict[str, list[int]] = {}
    for kind, record_id in found:
        by_kind.setdefault(kind, []).append(record_id)
    loaded: dict[tuple[str, int], JournalHit] = {}
    for kind, ids in by_kind.items():
        model = case_records.MODELS[kind]
        rows = session.execute(
            select(model, Participant.key, Participant.first_name, Participant.last_name)
            .join(Participant, Participant.id == model.participant_id)  # type: ignore[attr-defined]
            .where(model.id.in_(ids))
        )
        for obj, key, first, last in rows:
            parts = [getattr(obj, name) for name in TEXT_FIELDS[kind]]
            loaded[(kind, obj.id)] = JournalHit(
                participant_key=key,
                participant_name=" ".join(p for p in (first, last) if p),
                kind=kind,
                uuid=obj.uuid,
                when=getattr(obj, _WHEN[kind]),
                text="\n".join(p for p in parts if p),
            )
    return [loaded[f] for f in found if f in loaded]
