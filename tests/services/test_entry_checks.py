"""Checks at entry in the services: a nameless new person, a possible duplicate (told as yes or
no, never who), and closing what is open when someone exits."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from caseapp.domain.errors import ValidationFailed
from caseapp.services import access, case_records, erasure, exits, participants, projects
from caseapp.services.actor import Actor
from caseapp.storage.database import Database
from caseapp.storage.models import ActivitySpell, Consent, HousingSpell, Task


@pytest.fixture
def sara(db: Database, worker: Actor, lead: Actor) -> str:
    with db.unit_of_work() as s:
        projects.create(s, lead, {"key": "AAR-HF", "name": "Unge hjemløse"})
        access.grant(s, lead, "mmp", "AAR-HF")  # the team: the worker and the lead
        person, _ = participants.create(
            s,
            worker,
            {"first_name": "Sara", "last_name": "Nielsen", "cpr": "010203-4321"},
        )
        case_records.add(
            s, worker, person.key, "enrolment", {"project": "AAR-HF", "referred_on": "2024-01-02"}
        )
        return person.key


def test_a_new_person_without_a_name_or_key_is_refused(db: Database, worker: Actor) -> None:
    with pytest.raises(ValidationFailed) as failed, db.unit_of_work() as s:
        participants.create(s, worker, {"phone": "12345678"})
    assert [str(p) for p in failed.value.problems] == [
        "first_name: is required: a person needs a name or a key"
    ]
    with db.unit_of_work() as s:  # a key of one's own is enough (pseudonymised data)
        person, _ = participants.create(s, worker, {"key": "X-17"})
        assert person.key == "X-17"


def test_the_same_cpr_or_name_and_birth_date_is_a_possible_duplicate(
    db: Database, worker: Actor, sara: str
) -> None:
    with db.reader() as s:
        assert participants.possible_duplicate(s, worker, {"cpr": "010203-4321"})
        # Same name, written otherwise, and the birth date the CPR number holds.
        assert participants.possible_duplicate(
            s, worker, {"first_name": "sara ", "last_name": "NIELSEN", "cpr": "010203-9999"}
        )
        assert not participants.possible_duplicate(
            s, worker, {"first_name": "Sara", "last_name": "Nielsen", "cpr": "020203-4321"}
        )
    with db.unit_of_work() as s:
        _, warnings = participants.create(
            s, worker, {"first_name": "Sara", "last_name": "Nielsen", "birth_date": "2003-02-01"}
        )
    assert [w.message for w in warnings] == [
        "someone with this name and birth date is registered already"
    ]
    assert all("Sara" not in w.message and sara not in w.message for w in warnings)


def test_an_exit_closes_open_tasks_and_spells_it_is_asked_to(
    db: Database, worker: Actor, sara: str
) -> None:
    with db.unit_of_work() as s:
        case_records.add(s, worker, sara, "task", {"title": "Ring"})
        case_records.add(s, worker, sara, "housing", {"type": "own_tenancy", "start": "2024-01-01"})
        case_records.add(s, worker, sara, "activity", {"type": "flex_job", "start": "2024-02-01"})
        # Starting after the exit: it cannot end on the exit date, and is left alone.
        case_records.add(s, worker, sara, "activity", {"type": "education", "start": "2024-08-01"})
    with db.unit_of_work() as s:
        closed = exits.close_open(s, worker, sara, date(2024, 6, 30), ["task", "activity"])
    assert closed == 2
    with db.reader() as s:
        assert s.scalars(select(Task.done_on)).all() == [date(2024, 6, 30)]
        ends = {t: e for t, e in s.execute(select(ActivitySpell.type, ActivitySpell.end))}
        assert ends == {"flex_job": date(2024, 6, 30), "education": None}
        assert s.scalars(select(HousingSpell.end)).all() == [None]  # not asked to end


def test_open_records_are_counted_from_what_the_file_shows() -> None:
    records: dict[str, list[dict[str, object]]] = {
        "task": [{"done_on": None}, {"done_on": date(2024, 1, 1)}],
        "housing": [{"start": date(2024, 1, 1), "end": None}],
        "support": [{"start": date(2025, 1, 1), "end": None}],
    }
    assert exits.open_records(records, date(2024, 6, 30)) == {"task": 1, "housing": 1}


def test_a_consent_brings_a_task_due_before_it_expires(
    db: Database, worker: Actor, lead: Actor, sara: str
) -> None:
    with db.unit_of_work() as s:
        case_records.add(
            s,
            worker,
            sara,
            "consent",
            {
                "given_on": "2024-01-15",
                "covers": ["share_jobcenter", "case_work"],
                "expires_on": "2025-01-15",
                "note": "Underskrevet på kontoret",
            },
        )
    with db.reader() as s:
        consent = s.scalars(select(Consent)).one()
        assert consent.covers == "case_work,share_jobcenter"  # in the codes' own order
        task = s.scalars(select(Task)).one()
        assert task.due_on == date(2024, 12, 16) and "2025-01-15" in task.title
    with pytest.raises(ValidationFailed) as failed, db.unit_of_work() as s:
        case_records.add(
            s, worker, sara, "consent", {"given_on": "2024-01-15", "expires_on": "2023-01-01"}
        )
    assert sorted(str(p) for p in failed.value.problems) == [
        "covers: is required",
        "expires_on: is before the consent was given",
    ]
    with db.unit_of_work() as s:
        erasure.erase(s, lead, sara)
    with db.reader() as s:
        assert s.scalars(select(Consent.note)).one() is None
        assert s.scalars(select(Consent.given_on)).one() == date(2024, 1, 15)
