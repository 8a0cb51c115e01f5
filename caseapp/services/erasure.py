"""Erasing a person's personal data, on request or when the retention period has run out.

What goes: names, CPR number, phone, e-mail, address, the exact birth date (the birth year
stays), and every piece of free text written about the person (contact, spell, goal and task
notes, housing addresses, employers, evidence, support providers, goal and task titles).
What stays: the participant row with its key and the anonymous facts that outcome figures rest
on (enrolment dates and reasons, spell types, dates, hours and verification, contact dates,
modes and topics, goal areas and dates), so reports already given can be reproduced. Drafts of
unsaved typing about the person and the documents kept with them are deleted. The audit
log holds no personal values, only keys and actions, and is kept whole.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Select, delete, select, update
from sqlalchemy.orm import Session

from caseapp.domain.errors import Problem, ValidationFailed
from caseapp.services import audit, references, scope, settings
from caseapp.services.actor import Actor, Can
from caseapp.storage.compaction import wipe_free_space
from caseapp.storage.database import Database
from caseapp.storage.models import (
    ActivitySpell,
    Consent,
    Contact,
    Document,
    Draft,
    Enrolment,
    Goal,
    HousingSpell,
    Participant,
    Support,
    Task,
)
from caseapp.storage.outbox import tracking

# Goal and task titles are required, so an erased one keeps this mark instead of text.
ERASED_TITLE = "[erased]"

PERSONAL_FIELDS = ("first_name", "last_name", "cpr", "phone", "email", "address", "birth_date")

# Per table: the free-text columns emptied (None) and the titles replaced by ERASED_TITLE.
_FREE_TEXT: tuple[tuple[type, tuple[str, ...], tuple[str, ...]], ...] = (
    (Contact, ("note",), ()),
    (HousingSpell, ("note", "address"), ()),
    (ActivitySpell, ("note", "employer", "evidence"), ()),
    (Support, ("note", "provider"), ()),
    (Goal, ("note",), ("title",)),
    (Task, ("note",), ("title",)),
    (Consent, ("note",), ()),
)


def erase(session: Session, actor: Actor, key: str, reason: str = "request") -> None:
    """Erase one person's personal data (see the module text for what stays)."""
    actor.require(Can.ERASE)
    if tracking(session):
        raise ValidationFailed(
            Problem("participant", "erasure is done on the team server; laptops follow at sync")
        )
    person = _erasable(session, actor, key)
    if person.erased_at is not None:
        raise ValidationFailed(
            Problem(
                "participant",
                "{key} was already erased on {erased_at}",
                key=key,
                erased_at=f"{person.erased_at:%Y-%m-%d}",
            )
        )
    if person.birth_year is None and person.birth_date is not None:
        person.birth_year = person.birth_date.year
    for name in PERSONAL_FIELDS:
        setattr(person, name, None)
    person.erased_at = datetime.now(UTC)
    for model, emptied, titled in _FREE_TEXT:
        values: dict[str, object] = {name: None for name in emptied}
        values.update({name: ERASED_TITLE for name in titled})
        # The version moves on, so a form still open on one of these records cannot save
        # the erased text back.
        values["version"] = model.version + 1  # type: ignore[attr-defined]
        session.execute(
            update(model)
            .where(model.participant_id == person.id)  # type: ignore[attr-defined]
            .values(values)
            .execution_options(synchronize_session="fetch")
        )
    # Unsaved typing about the person (anyone's) goes too: it is free text like any note; and
    # the documents kept with them (payslips, leases) are personal data through and through.
    session.execute(delete(Draft).where(Draft.participant_key == key))
    session.execute(delete(Document).where(Document.participant_id == person.id))
    session.flush()
    audit.record(session, actor, "erased_participant", key, reason)


def _erasable(session: Session, actor: Actor, key: str) -> Participant:
    """An administrator erases anyone (retention is theirs); a team lead their projects' people."""
    if actor.can(Can.READ_CASE):
        return scope.require_participant(session, actor, key)
    return references.participant(session, key)


def _within_reach(session: Session, actor: Actor, query: Select[Any]) -> Select[Any]:
    if not actor.can(Can.READ_CASE):
        return query
    return query.where(Participant.id.in_(scope.visible_ids(actor, scope.staff_id(session, actor))))


def erasable_keys(session: Session, actor: Actor) -> list[str]:
    """The keys of everyone not yet erased, to pick whom to erase on request (keys only: an
    administrator may erase but not read case files)."""
    actor.require(Can.ERASE)
    query = select(Participant.key).where(Participant.erased_at.is_(None))
    query = _within_reach(session, actor, query)
    return list(session.scalars(query.order_by(Participant.key)))


@dataclass(frozen=True)
class Due:
    """A person whose case closed longer ago than the retention period."""

    key: str
    closed_on: date
    due_on: date


def add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a year that has none
        return day.replace(year=day.year + years, day=28)


def closed_on(enrolments: list[Enrolment], created: date) -> date | None:
    """When the person's case closed: the last exit, or None while any enrolment is open.

    A referral that never led to an enrolment counts as closed at its last date; a person
    with no enrolment at all, at the day they were registered.
    """
    if not enrolments:
        return created
    ends: list[date] = []
    for e in enrolments:
        if e.exited_on is not None:
            ends.append(e.exited_on)
        elif e.enrolled_on is None:
            ends.append(max(d for d in (e.referred_on, e.intake_on, e.consent_on) if d))
        else:
            return None
    return max(ends)


def due_for_erasure(session: Session, actor: Actor, today: date | None = None) -> list[Due]:
    """Everyone not yet erased whose case closed more than the retention period ago."""
    actor.require(Can.ERASE)
    today = today or date.today()
    years = settings.get(session, settings.RETENTION_YEARS)
    people = session.scalars(
        _within_reach(
            session, actor, select(Participant).where(Participant.erased_at.is_(None))
        ).order_by(Participant.key)
    ).all()
    by_person: dict[int, list[Enrolment]] = {}
    for e in session.scalars(select(Enrolment)):
        by_person.setdefault(e.participant_id, []).append(e)
    due: list[Due] = []
    for person in people:
        closed = closed_on(by_person.get(person.id, []), person.created_at.date())
        if closed is not None and add_years(closed, years) <= today:
            due.append(Due(person.key, closed, add_years(closed, years)))
    return due


Progress = Callable[[int, int], None]


def erase_now(
    db: Database,
    actor: Actor,
    keys: list[str],
    reason: str,
    progress: Progress | None = None,
) -> bool:
    """Erase the people named (all or none), then rebuild the database files so the erased
    values cannot be read from them. False if another open connection kept the write-ahead log
    from being emptied (it is emptied at the next checkpoint after the others close)."""
    actor.require(Can.ERASE)
    with db.unit_of_work() as session:
        for done, key in enumerate(keys, 1):
            erase(session, actor, key, reason)
            if progress:
                progress(done, len(keys))
    return wipe_free_space(db)
