"""Need to know, rule by rule: projects, the own-caseload setting, two projects, evaluators,
and a file opened outside one's access with a reason."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import update

from caseapp.domain.errors import NotAllowed, ValidationFailed
from caseapp.services import (
    access,
    accounts,
    case_records,
    caseload,
    outcome_figures,
    participant_file,
    projects,
    referrals,
    scope,
)
from caseapp.services.actor import SYSTEM, Actor
from caseapp.storage.base import utcnow
from caseapp.storage.database import Database
from caseapp.storage.models import ScopeBreak
from tests.services.privacy_sample import contract

TODAY = date(2026, 11, 30)
LEAD = Actor("lead", "Erik", "team_lead")
COORD = Actor("co", "Cora", "coordinator")
CW = Actor("cw", "Carl", "caseworker")
CW2 = Actor("cw2", "Cilla", "caseworker")
EVAL = Actor("ev", "Eva", "evaluator")
OTHER_LEAD = Actor("ol", "Ole", "team_lead")
JOB_ENROLMENT = {"project": "JOB", "referred_on": "2024-03-01"}


@pytest.fixture
def teams(db: Database) -> Database:
    with db.unit_of_work() as s:
        for a in (LEAD, COORD, CW, CW2, EVAL, OTHER_LEAD):
            accounts.add_user(s, SYSTEM, a.key, a.name, a.role, None)
        projects.create(s, LEAD, {"key": "HF", "name": "Housing First"}, contract())
        projects.create(s, OTHER_LEAD, {"key": "JOB", "name": "Job First"}, contract())
        for a in (COORD, CW, CW2, EVAL):
            access.grant(s, LEAD, a.key, "HF")
        for key, worker in (("P-0001", "cw"), ("P-0002", "cw2")):
            referrals.refer(
                s,
                COORD,
                {"key": key, "first_name": key},
                {"project": "HF", "referred_on": "2024-01-02", "key_worker": worker},
            )
        referrals.refer(
            s, OTHER_LEAD, {"key": "P-0003"}, {"project": "JOB", "referred_on": "2024-01-02"}
        )
    return db


def _keys(db: Database, actor: Actor) -> list[str]:
    with db.reader() as s:
        return [r.key for r in caseload.participant_rows(s, actor, TODAY)]


def test_a_team_sees_its_projects_participants_only(teams: Database) -> None:
    assert _keys(teams, COORD) == ["P-0001", "P-0002"]
    assert _keys(teams, CW) == ["P-0001", "P-0002"]
    assert _keys(teams, OTHER_LEAD) == ["P-0003"]
    with teams.reader() as s:
        assert scope.project_keys(s, COORD) == ["HF"]
        assert [p.key for p in scope.visible_projects(s, OTHER_LEAD)] == ["JOB"]


def test_a_project_can_narrow_case_workers_to_their_own_caseload(teams: Database) -> None:
    with teams.unit_of_work() as s:
        access.set_own_caseload_only(s, LEAD, "HF", True)
    assert _keys(teams, CW) == ["P-0001"]
    assert _keys(teams, CW2) == ["P-0002"]
    assert _keys(teams, COORD) == ["P-0001", "P-0002"]  # coordinators see the whole project
    with teams.unit_of_work() as s, pytest.raises(scope.OutsideScope):
        participant_file.load(s, CW, "P-0002", TODAY)


def test_a_person_in_two_projects_is_seen_by_both_teams(teams: Database) -> None:
    with teams.unit_of_work() as s, pytest.raises(ValidationFailed):
        # HF's coordinator cannot enrol anyone into JOB: it is not among their projects.
        case_records.add(s, COORD, "P-0001", "enrolment", JOB_ENROLMENT)
    with teams.unit_of_work() as s:
        access.grant(s, OTHER_LEAD, "co", "JOB")
        case_records.add(s, COORD, "P-0001", "enrolment", JOB_ENROLMENT)
        access.revoke(s, OTHER_LEAD, "co", "JOB")
    assert _keys(teams, OTHER_LEAD) == ["P-0001", "P-0003"]
    assert _keys(teams, COORD) == ["P-0001", "P-0002"]


def test_an_evaluator_sees_their_projects_figures_and_no_file(teams: Database) -> None:
    with teams.unit_of_work() as s:
        assert outcome_figures.figures(s, EVAL, "HF", TODAY).project == "HF"
        with pytest.raises(scope.OutsideScope):
            outcome_figures.figures(s, EVAL, "JOB", TODAY)
        with pytest.raises(NotAllowed):
            caseload.participant_rows(s, EVAL, TODAY)


def test_a_grant_is_given_by_an_administrator_or_the_projects_lead(teams: Database) -> None:
    root = Actor("root", "Root", "admin")
    with teams.unit_of_work() as s:
        accounts.add_user(s, SYSTEM, root.key, root.name, root.role, None)
        with pytest.raises(NotAllowed):
            access.grant(s, OTHER_LEAD, "cw", "HF")  # not their project
        with pytest.raises(NotAllowed):
            access.grant(s, COORD, "cw", "JOB")  # not a lead
        with pytest.raises(ValidationFailed):
            access.grant(s, root, "root", "HF")  # administrators see no case data
        assert access.grant(s, root, "ol", "HF") is True
        assert access.grant(s, LEAD, "ol", "HF") is False  # held already
    assert _keys(teams, OTHER_LEAD) == ["P-0001", "P-0002", "P-0003"]
    with teams.unit_of_work() as s:
        assert access.revoke(s, LEAD, "ol", "HF") is True
    assert _keys(teams, OTHER_LEAD) == ["P-0003"]


def test_breaking_the_glass_needs_a_reason_and_lasts_a_working_day(teams: Database) -> None:
    with teams.unit_of_work() as s:
        with pytest.raises(scope.OutsideScope):
            participant_file.load(s, OTHER_LEAD, "P-0001", TODAY)
        with pytest.raises(ValidationFailed):
            access.break_glass(s, OTHER_LEAD, "P-0001", "  ok ")
        access.break_glass(s, OTHER_LEAD, "P-0001", "The police called about her")
    with teams.unit_of_work() as s:
        assert participant_file.load(s, OTHER_LEAD, "P-0001", TODAY).header.key == "P-0001"
        # Not in any list, though: the list is the team's caseload.
        assert "P-0001" not in [r.key for r in caseload.participant_rows(s, OTHER_LEAD, TODAY)]
        late = utcnow() - timedelta(hours=scope.GLASS_HOURS, minutes=1)
        s.execute(update(ScopeBreak).values(at=late))
    with teams.unit_of_work() as s, pytest.raises(scope.OutsideScope):
        participant_file.load(s, OTHER_LEAD, "P-0001", TODAY)
    with teams.unit_of_work() as s:
        flagged = access.breaks(s, LEAD)
        assert [(b.account, b.participant, b.reason) for b in flagged] == [
            ("ol", "P-0001", "The police called about her")
        ]
        assert access.breaks(s, OTHER_LEAD) == []  # not a file of their projects
