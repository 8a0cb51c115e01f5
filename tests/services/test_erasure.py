"""Erasure and retention: personal data goes, the anonymous facts and past figures stay."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from caseapp.domain.errors import NotAllowed, ValidationFailed
from caseapp.outcomes import to_json_dict
from caseapp.services import audit, erasure, outcome_figures, settings
from caseapp.services.actor import Actor
from caseapp.storage.database import Database
from caseapp.storage.models import (
    ActivitySpell,
    AuditEntry,
    Contact,
    Enrolment,
    Goal,
    HousingSpell,
    Participant,
    Support,
    Task,
)
from tests.services import privacy_sample
from tests.services.privacy_sample import CPR, NAME, NOTE, OTHER_NOTE

AS_OF = (date(2023, 1, 1), date(2023, 6, 30), date(2024, 6, 30), date(2025, 1, 1))


@pytest.fixture
def keys(db: Database, worker: Actor, lead: Actor) -> tuple[str, str]:
    return privacy_sample.build(db, worker, lead)


def _figures(db: Database, lead: Actor) -> list[dict[str, Any]]:
    with db.unit_of_work() as s:
        return [to_json_dict(outcome_figures.figures(s, lead, "HF", day)) for day in AS_OF]


def _facts(db: Database, key: str) -> list[tuple[Any, ...]]:
    """The anonymous facts of one person: what outcome figures are computed from."""
    with db.reader() as s:
        pid = s.scalar(select(Participant.id).where(Participant.key == key))
        rows: list[tuple[Any, ...]] = []
        for model, cols in (
            (Enrolment, ("referred_on", "enrolled_on", "exited_on", "exit_reason")),
            (HousingSpell, ("type", "start", "end")),
            (ActivitySpell, ("type", "start", "end", "hours_per_week", "verified")),
            (Contact, ("at", "mode", "topics")),
        ):
            columns = [getattr(model, c) for c in cols]
            rows += [
                tuple(r) for r in s.execute(select(*columns).where(model.participant_id == pid))
            ]
        return sorted(rows, key=repr)


def test_erasure_removes_personal_data_and_keeps_the_figures(
    db: Database, keys: tuple[str, str], lead: Actor
) -> None:
    person, other = keys
    figures_before = _figures(db, lead)
    facts_before = _facts(db, person)
    with db.unit_of_work() as s:
        erasure.erase(s, lead, person)
    assert _figures(db, lead) == figures_before
    assert _facts(db, person) == facts_before
    with db.reader() as s:
        p = s.scalar(select(Participant).where(Participant.key == person))
        assert p is not None and p.erased_at is not None and p.birth_year == 1991
        assert [getattr(p, f) for f in erasure.PERSONAL_FIELDS] == [None] * 7
        texts = [
            *s.scalars(select(Contact.note).where(Contact.participant_id == p.id)),
            *s.scalars(select(HousingSpell.note).where(HousingSpell.participant_id == p.id)),
            *s.scalars(select(HousingSpell.address).where(HousingSpell.participant_id == p.id)),
            *s.scalars(select(ActivitySpell.employer).where(ActivitySpell.participant_id == p.id)),
            *s.scalars(select(ActivitySpell.evidence).where(ActivitySpell.participant_id == p.id)),
            *s.scalars(select(Support.provider).where(Support.participant_id == p.id)),
            *s.scalars(select(Goal.note).where(Goal.participant_id == p.id)),
            *s.scalars(select(Task.note).where(Task.participant_id == p.id)),
        ]
        assert texts == [None] * len(texts) and len(texts) == 10
        titles = s.scalars(select(Goal.title).where(Goal.participant_id == p.id)).all()
        assert titles == [erasure.ERASED_TITLE]
        # Somebody else's data is untouched.
        o = s.scalar(select(Participant).where(Participant.key == other))
        assert o is not None and o.first_name == "Ylva" and o.erased_at is None
        assert OTHER_NOTE in s.scalars(select(Contact.note).where(Contact.participant_id == o.id))
        # (Looking at the figures since is logged too, after it.)
        erased = select(AuditEntry).where(AuditEntry.action == "erased_participant")
        entries = s.scalars(erased).all()
        assert [(e.participant_key, e.account) for e in entries] == [(person, "lead")]
        assert audit.verify(s) == []


def test_only_those_allowed_may_erase_and_nobody_twice(
    db: Database, keys: tuple[str, str], worker: Actor, lead: Actor
) -> None:
    with pytest.raises(NotAllowed), db.unit_of_work() as s:
        erasure.erase(s, worker, keys[0])
    with db.unit_of_work() as s:
        erasure.erase(s, lead, keys[0])
    with pytest.raises(ValidationFailed, match="already erased"), db.unit_of_work() as s:
        erasure.erase(s, lead, keys[0])


def test_the_keys_to_pick_from_are_those_not_yet_erased(
    db: Database, keys: tuple[str, str], worker: Actor, admin: Actor
) -> None:
    with db.unit_of_work() as s:
        assert erasure.erasable_keys(s, admin) == sorted(keys)
        erasure.erase(s, admin, keys[0])
        assert erasure.erasable_keys(s, admin) == [keys[1]]
        with pytest.raises(NotAllowed):
            erasure.erasable_keys(s, worker)


def test_retention_lists_those_closed_longer_than_the_period(
    db: Database, keys: tuple[str, str], admin: Actor, lead: Actor
) -> None:
    # Both cases closed on 2024-06-30; the default period is five years.
    with db.unit_of_work() as s:
        assert erasure.due_for_erasure(s, lead, date(2029, 6, 29)) == []
        due = erasure.due_for_erasure(s, lead, date(2029, 6, 30))
    assert [(d.key, d.closed_on, d.due_on) for d in due] == [
        (k, date(2024, 6, 30), date(2029, 6, 30)) for k in sorted(keys)
    ]
    with db.unit_of_work() as s:
        settings.set_value(s, admin, settings.RETENTION_YEARS, 1)
        erasure.erase(s, lead, keys[0])
    with db.unit_of_work() as s:
        assert [d.key for d in erasure.due_for_erasure(s, lead, date(2025, 7, 1))] == [keys[1]]


def test_an_open_case_is_never_due(db: Database, keys: tuple[str, str], lead: Actor) -> None:
    closed = [
        Enrolment(referred_on=date(2020, 1, 1), enrolled_on=date(2020, 2, 1)),
        Enrolment(
            referred_on=date(2019, 1, 1), enrolled_on=date(2019, 2, 1), exited_on=date(2019, 5, 1)
        ),
    ]
    assert erasure.closed_on(closed, date(2019, 1, 1)) is None
    referral_only = [Enrolment(referred_on=date(2019, 1, 1), intake_on=date(2019, 1, 9))]
    assert erasure.closed_on(referral_only, date(2019, 1, 1)) == date(2019, 1, 9)
    assert erasure.add_years(date(2024, 2, 29), 5) == date(2029, 2, 28)


def test_erased_values_cannot_be_read_from_the_database_files(
    sqlite_db: Database, tmp_path: Path
) -> None:
    from caseapp.services import accounts

    with sqlite_db.unit_of_work() as s:
        accounts.create_first_admin(s, "admin", "Admin", "admin-password")
        admin = Actor("admin", "Admin", "admin")
        accounts.add_user(s, admin, "mmp", "Mette", "coordinator", None)
        accounts.add_user(s, admin, "lead", "Erik", "team_lead", None)
    worker = Actor("mmp", "Mette", "coordinator")
    lead = Actor("lead", "Erik", "team_lead")
    person, _ = privacy_sample.build(sqlite_db, worker, lead)
    path = sqlite_db.path
    assert path is not None

    def file_bytes() -> bytes:
        wal = Path(f"{path}-wal")
        return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")

    secrets = [NAME.encode(), CPR.encode(), NOTE.encode("utf-8"), b"Vestergade 99"]
    assert all(secret in file_bytes() for secret in secrets)
    assert erasure.erase_now(sqlite_db, lead, [person], "request") is True
    left = file_bytes()
    assert [secret for secret in secrets if secret in left] == []
    assert OTHER_NOTE.encode("utf-8") in left  # the other person's notes are still there


def test_erase_now_rebuilds_storage_on_every_database(
    db: Database, keys: tuple[str, str], lead: Actor
) -> None:
    assert erasure.erase_now(db, lead, [keys[1]], "request") is True
    with db.reader() as s:
        p = s.scalar(select(Participant).where(Participant.key == keys[1]))
        assert p is not None and p.erased_at is not None and p.cpr is None
