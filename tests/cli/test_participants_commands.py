"""`participants list|show` and `record contact|set` on the demo, as a case worker and a team
lead would type them: each account sees its own projects' people only."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from caseapp.dataset.checks import check_document
from caseapp.demo import create_demo
from caseapp.services import access
from caseapp.services.actor import Actor
from caseapp.storage.database import Database, open_database
from caseapp.storage.models import Enrolment, Participant, Project, ProjectGrant, Staff
from tests.cli.conftest import Run

WORKER = "ms"  # a case worker in Aarhus in the demo


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    create_demo(path)
    return path


@pytest.fixture
def demo(demo_template: Path, tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "demo.db"
    shutil.copyfile(demo_template, path)
    yield path


def _projects_of(db: Database, account: str) -> set[str]:
    with db.reader() as s:
        return set(
            s.scalars(
                select(Project.key)
                .join(ProjectGrant, ProjectGrant.project_id == Project.id)
                .join(Staff, Staff.id == ProjectGrant.staff_id)
                .where(Staff.key == account)
            )
        )


def _people_in(db: Database, projects: set[str]) -> dict[str, str]:
    """participant key -> full name of everyone enrolled in the projects."""
    with db.reader() as s:
        rows = s.execute(
            select(Participant.key, Participant.first_name, Participant.last_name)
            .join(Enrolment, Enrolment.participant_id == Participant.id)
            .join(Project, Project.id == Enrolment.project_id)
            .where(Project.key.in_(projects))
        )
        return {key: f"{first} {last}" for key, first, last in rows}


def test_a_case_worker_lists_only_their_projects_people(demo: Path, run: Run) -> None:
    db = open_database(demo)
    try:
        mine = _projects_of(db, WORKER)
        with db.reader() as s:
            everyone = set(s.scalars(select(Project.key)))
        theirs = _people_in(db, mine)
        others = _people_in(db, everyone - mine)
    finally:
        db.dispose()
    assert mine and all(key.startswith("AAR-") for key in mine) and everyone - mine
    r = run("participants", "list", "--db", demo, "--json", user=WORKER, password="demo")
    assert r.code == 0, r.err
    listed = json.loads(r.out)
    assert {p["key"] for p in listed} == set(theirs)
    assert all(set(p["projects"]) <= mine for p in listed)
    assert set(listed[0]) == {
        "key", "first_name", "last_name", "projects", "status", "key_worker",
        "housing_now", "activity_now", "last_contact",
    }  # fmt: skip
    plain = run("participants", "list", "--db", demo, user=WORKER, password="demo")
    assert f"{len(theirs)} participants" in plain.out
    strangers = set(others.values()) - set(theirs.values())  # a name can be common
    assert not any(name in plain.out for name in strangers)
    narrowed = run(
        "participants", "list", "--db", demo, "--search", listed[0]["last_name"], "--json",
        user=WORKER, password="demo",
    )  # fmt: skip
    assert listed[0]["key"] in {p["key"] for p in json.loads(narrowed.out)}
    outside = run(
        "participants", "list", "--db", demo, "--project", "AAL-SIB",
        user=WORKER, password="demo",
    )  # fmt: skip
    assert outside.code == 3 and outside.out == ""


def test_a_file_outside_the_scope_needs_a_reason_and_is_flagged(demo: Path, run: Run) -> None:
    db = open_database(demo)
    try:
        stranger, name = sorted(_people_in(db, {"AAL-SIB"}).items())[0]
    finally:
        db.dispose()
    refused = run("participants", "show", stranger, "--db", demo, user=WORKER, password="demo")
    assert refused.code == 3
    assert name.split()[0] not in refused.err + refused.out
    assert "reason" in refused.err
    opened = run(
        "participants", "show", stranger, "--db", demo, "--reason", "Hun ringede til os",
        user=WORKER, password="demo",
    )  # fmt: skip
    assert opened.code == 0, opened.err
    assert name in opened.out
    db = open_database(demo)
    try:
        with db.unit_of_work() as s:
            lead = s.execute(
                select(Staff.key, Staff.name)
                .join(ProjectGrant, ProjectGrant.staff_id == Staff.id)
                .join(Project, Project.id == ProjectGrant.project_id)
                .where(Project.key == "AAL-SIB", Staff.role == "team_lead")
            ).one()
            flagged = access.breaks(s, Actor(lead[0], lead[1], "team_lead"))
    finally:
        db.dispose()
    assert [(b.account, b.participant, b.reason) for b in flagged] == [
        (WORKER, stranger, "Hun ringede til os")
    ]


def test_record_contact_and_set_go_through_the_forms_checks(demo: Path, run: Run) -> None:
    listed = run("participants", "list", "--db", demo, "--json", user=WORKER, password="demo")
    key = json.loads(listed.out)[0]["key"]
    logged = run(
        "record", "contact", "--participant", key, "--at", "2026-11-30T10:15", "--mode", "phone",
        "--location", "home", "--topics", "housing,finances", "--minutes", "25",
        "--note", "Talte om huslejen", "--db", demo, user=WORKER, password="demo",
    )  # fmt: skip
    assert logged.code == 0, logged.err
    changed = run(
        "record", "set", "--participant", key, "phone=+45 2233 4455", "email=",
        "--db", demo, user=WORKER, password="demo",
    )  # fmt: skip
    assert changed.code == 0, changed.err
    shown = run("participants", "show", key, "--json", "--db", demo, user=WORKER, password="demo")
    person = json.loads(shown.out)
    assert person["key"] == key and person["phone"] == "+45 2233 4455" and "email" not in person
    assert "cpr" not in person  # nothing the command line prints holds a CPR number
    contact = next(c for c in person["contacts"] if c["at"] == "2026-11-30T10:15")
    assert contact == {
        "at": "2026-11-30T10:15", "duration_min": 25, "mode": "phone", "location": "home",
        "staff": WORKER, "topics": ["housing", "finances"], "note": "Talte om huslejen",
    }  # fmt: skip
    doc = {"format": "caseapp-dataset", "version": 1, "staff": [], "projects": [],
           "participants": [person]}  # fmt: skip
    db = open_database(demo)
    try:
        with db.reader() as s:
            staff = frozenset(s.scalars(select(Staff.key)))
            projects = frozenset(s.scalars(select(Project.key)))
    finally:
        db.dispose()
    assert check_document(doc, known_staff=staff, known_projects=projects).problems == []


def test_bad_records_are_named_and_write_nothing(demo: Path, run: Run) -> None:
    listed = run("participants", "list", "--db", demo, "--json", user=WORKER, password="demo")
    key = json.loads(listed.out)[0]["key"]
    before = run("participants", "show", key, "--json", "--db", demo, user=WORKER, password="demo")
    bad = run(
        "record", "contact", "--participant", key, "--at", "2026-11-31T10:00", "--mode", "fax",
        "--minutes", "many", "--db", demo, user=WORKER, password="demo",
    )  # fmt: skip
    assert bad.code == 2
    assert "at:" in bad.err and "mode:" in bad.err and "duration_min:" in bad.err
    wrong = run(
        "record", "set", "--participant", key, "shoe_size=44", "email",
        "--db", demo, user=WORKER, password="demo",
    )  # fmt: skip
    assert wrong.code == 2 and "shoe_size" in wrong.err and "FIELD=VALUE" in wrong.err
    after = run("participants", "show", key, "--json", "--db", demo, user=WORKER, password="demo")
    assert json.loads(after.out) == json.loads(before.out)
    db = open_database(demo)
    try:
        stranger = sorted(_people_in(db, {"AAL-SIB"}))[0]
    finally:
        db.dispose()
    outside = run(
        "record", "contact", "--participant", stranger, "--at", "2026-11-30T10:00",
        "--mode", "phone", "--db", demo, user=WORKER, password="demo",
    )  # fmt: skip
    assert outside.code == 3
