"""The team lead's services: the team's caseloads, and reassigning participants."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from caseapp.domain.errors import NotAllowed, ValidationFailed
from caseapp.services import access, accounts, caseload, team
from caseapp.services.actor import SYSTEM, Actor
from caseapp.storage.database import Database
from caseapp.storage.models import AuditEntry
from tests.services.sample_caseload import build

TODAY = date(2026, 11, 30)
NEWCOMER = Actor("nk", "Nina Kjær", "caseworker")


@pytest.fixture
def team_db(db: Database, worker: Actor, lead: Actor) -> Database:
    build(db, worker, lead, TODAY)
    with db.unit_of_work() as s:
        accounts.add_user(s, SYSTEM, NEWCOMER.key, NEWCOMER.name, NEWCOMER.role, None)
    return db


def _mine(db: Database, lead: Actor, worker: str) -> set[str]:
    with db.reader() as s:
        rows = caseload.participant_rows(s, lead, TODAY, key_worker=worker)
    return {r.key for r in rows if r.status != "exited"}


def test_the_view_counts_each_key_workers_people(team_db: Database, lead: Actor) -> None:
    with team_db.unit_of_work() as s:
        view = team.team_view(s, lead, TODAY)
    mmp = view.worker("mmp")
    assert mmp is not None
    assert set(mmp.caseload) == _mine(team_db, lead, "mmp")
    assert set(mmp.not_seen) <= set(mmp.caseload)
    assert view.worker("nk") is None  # not on the team until granted


def test_reassigning_moves_all_or_none_and_logs_each_person(team_db: Database, lead: Actor) -> None:
    moving = sorted(_mine(team_db, lead, "mmp"))[:2]
    with team_db.unit_of_work() as s, pytest.raises(ValidationFailed) as refused:
        team.reassign(s, lead, moving, "nk")
    assert "nk has no access to AAR-HF; grant it first" in str(refused.value)
    assert _mine(team_db, lead, "nk") == set()

    with team_db.unit_of_work() as s:
        access.grant(s, lead, "nk", "AAR-HF")
        access.grant(s, lead, "nk", "AAL-SIB")
        assert team.reassign(s, lead, moving, "nk") >= 2
    assert _mine(team_db, lead, "nk") == set(moving)
    assert not set(moving) & _mine(team_db, lead, "mmp")
    with team_db.reader() as s:
        logged = s.execute(
            select(AuditEntry.participant_key, AuditEntry.detail).where(
                AuditEntry.action == "reassigned_key_worker"
            )
        ).all()
    assert {key for key, _ in logged} == set(moving)
    assert all(detail == "mmp -> nk" for _, detail in logged)


def test_only_a_team_lead_reassigns(team_db: Database, worker: Actor) -> None:
    with team_db.unit_of_work() as s, pytest.raises(NotAllowed):
        team.reassign(s, worker, ["P-0001"], "mmp")
