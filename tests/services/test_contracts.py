"""Editing a project's contract: the full check, saving as revisions, history and differences."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from caseapp.domain.errors import NotAllowed, StaleEdit, ValidationFailed
from caseapp.services import accounts, case_records, contracts, participants, projects
from caseapp.services.actor import SYSTEM, Actor
from caseapp.storage.database import Database
from tests.grants import grant_every_project

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
LEAD = Actor("lead", "Erik Kaastrup", "team_lead")
COORDINATOR = Actor("mmp", "Mette Mondrup Pedersen", "coordinator")
CASEWORKER = Actor("jh", "Jonas Holm", "caseworker")


def sample_contract() -> dict[str, Any]:
    doc = json.loads((FIXTURES / "sample-dataset.json").read_text(encoding="utf-8"))
    contract: dict[str, Any] = doc["projects"][0]["contract"]
    return contract


@pytest.fixture
def project(db: Database) -> str:
    """DEMO-HF with the worked example's contract (revision 1), and staff without passwords."""
    with db.unit_of_work() as s:
        for actor in (LEAD, COORDINATOR, CASEWORKER):
            accounts.add_user(s, SYSTEM, actor.key, actor.name, actor.role, None)
        projects.create(s, LEAD, {"key": "DEMO-HF", "name": "Demo"}, sample_contract())
        grant_every_project(s)
    return "DEMO-HF"


def _save(db: Database, actor: Actor, contract: dict[str, Any], comment: str) -> None:
    with db.unit_of_work() as s:
        version = contracts.current(s, actor, "DEMO-HF").version
        contracts.save(s, actor, "DEMO-HF", version, contract, comment)


def test_saving_keeps_every_revision_with_who_when_and_why(db: Database, project: str) -> None:
    raised = sample_contract()
    raised["metrics"][0]["tariffs"]["ordinary_job"] = 1200
    _save(db, LEAD, raised, "  New tariff agreed with the council  ")
    with db.reader() as s:
        state = contracts.current(s, COORDINATOR, project)
        revisions = contracts.history(s, COORDINATOR, project)
        first = contracts.revision(s, COORDINATOR, project, 1)
    assert state.revision == 2
    assert state.contract is not None
    assert state.contract["metrics"][0]["tariffs"]["ordinary_job"] == 1200
    assert [(r.revision, r.changed_by, r.changed_by_name, r.comment) for r in revisions] == [
        (2, "lead", "Erik Kaastrup", "New tariff agreed with the council"),
        (1, "lead", "Erik Kaastrup", "created"),
    ]
    assert revisions[0].changed_at >= revisions[1].changed_at
    assert first == sample_contract()


def test_a_broken_contract_is_refused_whole_and_names_each_field(
    db: Database, project: str
) -> None:
    broken = sample_contract()
    broken["target_rate"] = 1.5
    del broken["metrics"][1]["name"]
    with pytest.raises(ValidationFailed) as err:
        _save(db, LEAD, broken, "oops")
    assert [str(p) for p in err.value.problems] == [
        "target_rate: must be a rate between 0 and 1",
        "metrics[1].name: is required",
    ]
    with db.reader() as s:
        assert contracts.current(s, LEAD, project).contract == sample_contract()
        assert len(contracts.history(s, LEAD, project)) == 1


def test_only_a_team_lead_may_save_and_a_caseworker_may_not_read(
    db: Database, project: str
) -> None:
    with pytest.raises(NotAllowed):
        _save(db, COORDINATOR, sample_contract(), "not mine to change")
    with pytest.raises(NotAllowed), db.reader() as s:
        contracts.history(s, CASEWORKER, project)


def test_a_save_over_someone_elses_change_is_refused(db: Database, project: str) -> None:
    with db.reader() as s:
        opened = contracts.current(s, LEAD, project).version
    _save(db, LEAD, sample_contract() | {"target_participants": 12}, "first")
    with pytest.raises(StaleEdit), db.unit_of_work() as s:
        contracts.save(s, LEAD, project, opened, sample_contract(), "second")


def test_problems_joins_schema_and_rules_and_names_each_place_once() -> None:
    c = sample_contract()
    c["metrics"][0]["id"] = "x" * 65
    c["metrics"][2]["window_weeks"] = 10
    c["success"]["metric"] = "housed-12m"
    c["metrics"][0]["tariffs"]["astronaut"] = 10
    found = [str(p) for p in contracts.problems(c)]
    assert found == [
        "metrics[0].tariffs: unknown activity code 'astronaut'",
        "metrics[2].min_days: is longer than the window: the metric can never be achieved",
        "success.metric: must name a weekly_activity or activity_sustained metric",
        "metrics[0].id: is longer than 64 characters",
    ]
    assert contracts.problems(sample_contract()) == []


def test_changes_name_each_changed_value_and_ignore_code_order() -> None:
    before = sample_contract()
    after = copy.deepcopy(before)
    after["metrics"][0]["tariffs"]["ordinary_job"] = 1200
    after["metrics"][0]["tariffs"].pop("education")
    after["stable_housing"] = ["supported_housing", "own_tenancy"]
    after["investment"] = None
    assert contracts.changes(before, after) == [
        contracts.Change("investment", 500000, None),
        contracts.Change("metrics[0].tariffs.ordinary_job", 1000, 1200),
        contracts.Change("metrics[0].tariffs.education", 700, None),
    ]
    assert contracts.changes(None, {"currency": "DKK"}) == [
        contracts.Change("currency", None, "DKK")
    ]


def test_a_participants_contracts_are_those_of_their_enrolments(db: Database, project: str) -> None:
    with db.unit_of_work() as s:
        projects.create(s, LEAD, {"key": "NO-CONTRACT", "name": "Not yet agreed"})
        grant_every_project(s)
        person, _ = participants.create(s, COORDINATOR, {"first_name": "Sara"})
        for key in ("DEMO-HF", "NO-CONTRACT"):
            case_records.add(
                s,
                COORDINATOR,
                person.key,
                "enrolment",
                {"project": key, "referred_on": "2023-01-02"},
            )
        key = person.key
    with db.reader() as s:
        choices = contracts.for_participant(s, CASEWORKER, key)
    assert [(c.project_key, c.project_name) for c in choices] == [("DEMO-HF", "Demo")]
    assert choices[0].metrics == (
        ("work-edu", "Weeks in work or education"),
        ("job-13w", "13 weeks in a job of 10+ hours"),
        ("housed-12m", "12 months in stable housing"),
    )
