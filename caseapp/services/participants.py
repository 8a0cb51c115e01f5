"""Participants: registering a person, editing who they are, and opening their file."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from caseapp.domain import cpr, plausibility
from caseapp.domain.errors import Problem, StaleEdit, ValidationFailed
from caseapp.domain.fields import PERSON_FIELDS, parse_record, validate
from caseapp.services import audit, references, scope
from caseapp.services.actor import Actor, Can
from caseapp.storage.locks import lock_participant_keys
from caseapp.storage.models import Enrolment, Participant

_KEY = re.compile(r"^P-(\d+)$")


def next_key(session: Session) -> str:
    """The next free `P-NNNN` key; no other transaction picks one until this one ends."""
    lock_participant_keys(session)
    keys = session.scalars(select(Participant.key).where(Participant.key.like("P-%")))
    highest = max((int(m[1]) for k in keys if (m := _KEY.match(k))), default=0)
    return f"P-{highest + 1:04d}"


def create(
    session: Session, actor: Actor, raw: Mapping[str, Any]
) -> tuple[Participant, list[Problem]]:
    """Register a participant; returns it with any warnings (a CPR failing modulus 11, a phone
    number that does not look like one, a possible duplicate)."""
    actor.require(Can.EDIT_CASE)
    raw = dict(raw)
    # A key given by the program names nobody: without a key of their own a person needs a name.
    _, problems = validate("participant", {**raw, "key": raw.get("key") or None})
    problems = [p for p in problems if p.where != "key"]
    if not raw.get("key"):
        raw["key"] = next_key(session)
    values, more = validate("participant", raw)
    problems += [p for p in more if p not in problems]
    if session.scalar(select(Participant.id).where(Participant.key == values["key"])) is not None:
        problems.append(Problem("key", "a participant '{key}' already exists", key=values["key"]))
    if problems:
        raise ValidationFailed(problems)
    _fill_birth(values)
    warnings = plausibility.warnings("participant", values) + _duplicate_warnings(session, values)
    person = Participant(**values)
    session.add(person)
    session.flush()
    audit.record(session, actor, "added_participant", person.key)
    return person, warnings


def update(
    session: Session, actor: Actor, key: str, expected_version: int, changes: Mapping[str, Any]
) -> tuple[Participant, list[Problem]]:
    actor.require(Can.EDIT_CASE)
    person = scope.require_participant(session, actor, key)
    if person.version != expected_version:
        raise StaleEdit(
            "Someone else changed this person's details after you opened them. "
            "Your change was not saved; the file now shows their version."
        )
    parsed, problems = parse_record("participant", changes, partial=True)
    if "key" in parsed and parsed["key"] != key:
        problems.append(Problem("key", "cannot be changed"))
    current = {f: getattr(person, f) for f in PERSON_FIELDS}
    merged = {**current, **parsed}
    _, more = validate("participant", merged)
    problems += [p for p in more if p not in problems]
    if problems:
        raise ValidationFailed(problems)
    _fill_birth(merged)
    for name, value in merged.items():
        if name != "key":
            setattr(person, name, value)
    session.flush()
    audit.record(session, actor, "edited_participant", key, ",".join(sorted(parsed)))
    return person, plausibility.warnings("participant", parsed)


def possible_duplicate(session: Session, actor: Actor, raw: Mapping[str, Any]) -> bool:
    """Whether someone with the same CPR number, or the same name and birth date, is registered
    already, in any project: yes or no only, so nobody is shown who it may be."""
    actor.require(Can.EDIT_CASE)
    values, _ = parse_record("participant", raw, partial=True)
    values = {k: v for k, v in values.items() if v is not None}
    if values.get("cpr") and cpr.format_problem(values["cpr"]) is not None:
        del values["cpr"]
    _fill_birth(values)
    return bool(_duplicate_warnings(session, values))


def _duplicate_warnings(session: Session, values: Mapping[str, Any]) -> list[Problem]:
    number, born = values.get("cpr"), values.get("birth_date")
    if number and session.scalar(select(Participant.id).where(Participant.cpr == number)):
        return [Problem("cpr", "someone with this CPR number is registered already")]
    name = _folded_name(values.get("first_name"), values.get("last_name"))
    if born is None or not name:
        return []
    same_day = session.execute(
        select(Participant.first_name, Participant.last_name).where(Participant.birth_date == born)
    )
    if any(_folded_name(first, last) == name for first, last in same_day):
        return [
            Problem("first_name", "someone with this name and birth date is registered already")
        ]
    return []


def _folded_name(first: str | None, last: str | None) -> str:
    return " ".join(" ".join(p for p in (first, last) if p).casefold().split())


def _fill_birth(values: dict[str, Any]) -> None:
    """Birth date from the CPR number when not given; the year from the date."""
    if values.get("birth_date") is None and values.get("cpr"):
        values["birth_date"] = cpr.birth_date(values["cpr"])
    if values.get("birth_date") is not None:
        values["birth_year"] = values["birth_date"].year


def open_file(session: Session, actor: Actor, key: str) -> Participant:
    """Everything recorded on one person, loaded for their file; the viewing is audit-logged."""
    actor.require(Can.READ_CASE)
    scope.require_participant(session, actor, key)
    person = session.scalar(
        select(Participant)
        .where(Participant.key == key)
        .options(
            selectinload(Participant.enrolments).selectinload(Enrolment.project),
            selectinload(Participant.enrolments).selectinload(Enrolment.key_worker),
            selectinload(Participant.housing),
            selectinload(Participant.activities),
            selectinload(Participant.supports),
            selectinload(Participant.goals),
            selectinload(Participant.tasks),
            selectinload(Participant.contacts),
        )
    )
    if person is None:
        references.participant(session, key)  # raises NotFound
    assert person is not None
    # Last: from its audit entry until the commit, this transaction holds the audit chain.
    audit.record(session, actor, "viewed_file", key)
    return person


def reveal_cpr(session: Session, actor: Actor, key: str) -> str | None:
    """The full CPR number, for the rare moment it is needed; always audit-logged."""
    actor.require(Can.VIEW_CPR)
    person = scope.require_participant(session, actor, key)
    audit.record(session, actor, "viewed_cpr", key)
    return person.cpr


def count(session: Session) -> int:
    return session.scalar(select(func.count(Participant.id))) or 0
