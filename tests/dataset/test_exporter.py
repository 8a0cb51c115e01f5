"""Exporting: the same format back, one project alone, and pseudonymised for evaluators."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from sqlalchemy import select

from caseapp.dataset.checks import check_document
from caseapp.dataset.exporter import export_document
from caseapp.dataset.importer import import_document
from caseapp.domain.errors import NotAllowed, NotFound
from caseapp.services import audit
from caseapp.services.actor import SYSTEM, Actor
from caseapp.storage.database import Database, open_database
from caseapp.storage.models import AuditEntry, Setting, Staff
from tests.dataset.documents import (
    many_participants,
    normalise,
    personal_values,
    rich_sample,
    sample,
)
from tests.grants import grant_every_project

EVALUATOR = Actor("eva", "Eva Evaluator", "evaluator")


def _evaluator_of_every_project(db: Database) -> None:
    with db.unit_of_work() as session:
        session.add(Staff(key=EVALUATOR.key, name=EVALUATOR.name, role=EVALUATOR.role))
        session.flush()
        grant_every_project(session)


def _second_project(doc: dict[str, Any]) -> dict[str, Any]:
    """The example with a second project: P-01 in both, P-02 only in the second."""
    doc["projects"].append({"key": "AAL-SIB", "name": "Social bond", "contract": None})
    people = doc["participants"]
    people[0]["enrolments"].append(
        {"project": "AAL-SIB", "referred_on": "2024-01-02", "key_worker": "lead"}
    )
    people[1]["enrolments"][0]["project"] = "AAL-SIB"
    return doc


def test_a_full_export_of_rich_data_comes_back_the_same(db: Database) -> None:
    doc = rich_sample()
    import_document(db, SYSTEM, doc)
    exported = export_document(db, SYSTEM)
    assert exported["format"] == "caseapp-dataset" and exported["version"] == 1
    assert "pseudonymised" not in exported
    assert normalise(exported) == normalise(doc)
    assert check_document(exported).problems == []


def test_lists_are_ordered_by_key_date_and_time(sqlite_db: Database) -> None:
    doc = sample()
    doc["participants"].reverse()
    mia = doc["participants"][6]
    assert mia["key"] == "P-03"
    mia["housing"].reverse()
    import_document(sqlite_db, SYSTEM, doc)
    exported = export_document(sqlite_db, SYSTEM)
    keys = [p["key"] for p in exported["participants"]]
    assert keys == sorted(keys)
    starts = [h["start"] for h in exported["participants"][2]["housing"]]
    assert starts == sorted(starts) and len(starts) == 4
    assert [s["key"] for s in exported["staff"]] == ["jh", "lead", "mmp"]


def test_a_project_export_holds_its_people_and_the_staff_they_name(sqlite_db: Database) -> None:
    import_document(sqlite_db, SYSTEM, _second_project(sample()))
    one = export_document(sqlite_db, SYSTEM, project="AAL-SIB")
    assert [p["key"] for p in one["projects"]] == ["AAL-SIB"]
    assert [p["key"] for p in one["participants"]] == ["P-01", "P-02"]
    # Only the enrolments in this project: the file must not name a project it does not hold.
    assert [e["project"] for p in one["participants"] for e in p["enrolments"]] == [
        "AAL-SIB",
        "AAL-SIB",
    ]
    assert [s["key"] for s in one["staff"]] == ["jh", "lead", "mmp"]
    assert check_document(one).problems == []
    demo = export_document(sqlite_db, SYSTEM, project="DEMO-HF")
    assert len(demo["participants"]) == 8
    with pytest.raises(NotFound):
        export_document(sqlite_db, SYSTEM, project="NOPE")


def test_pseudonymised_export_holds_no_personal_data(db: Database) -> None:
    doc = rich_sample()
    import_document(db, SYSTEM, doc)
    _evaluator_of_every_project(db)
    out = export_document(db, EVALUATOR, pseudonymise=True)
    text = json.dumps(out, ensure_ascii=False)
    leaked = [v for v in personal_values(doc) if v in text]
    assert leaked == []
    for p in doc["participants"]:
        assert f'"{p["key"]}"' not in text
    assert out["pseudonymised"] is True
    personal = {"first_name", "last_name", "cpr", "phone", "email", "address", "birth_date"}
    for person in out["participants"]:
        assert not personal & set(person)
        assert re.fullmatch(r"X-[0-9a-f]{10}", person["key"])
        assert all("note" not in c for c in person.get("contacts", []))
    # Nine people cannot be five alike on what others know of them: those facts are left out.
    assert not any("birth_year" in p for p in out["participants"])
    sara = next(
        p
        for p in out["participants"]
        if any(a.get("start") == "2023-03-06" for a in p.get("activities", []))
    )
    assert sara["enrolments"][0]["key_worker"] == "mmp"
    assert sara["activities"][0] == {
        "type": "ordinary_job",
        "start": "2023-03-06",
        "end": "2023-06-04",
        "hours_per_week": 20,
        "verified": True,
    }
    assert check_document(out).problems == []


def test_pseudonyms_are_stable_and_secret(sqlite_db: Database) -> None:
    import_document(sqlite_db, SYSTEM, _second_project(sample()))
    _evaluator_of_every_project(sqlite_db)
    first = export_document(sqlite_db, EVALUATOR, pseudonymise=True)
    second = export_document(sqlite_db, EVALUATOR, pseudonymise=True)
    project = export_document(sqlite_db, EVALUATOR, project="AAL-SIB", pseudonymise=True)
    keys = [p["key"] for p in first["participants"]]
    assert keys == [p["key"] for p in second["participants"]]
    assert len(set(keys)) == 9
    assert {p["key"] for p in project["participants"]} < set(keys)
    with sqlite_db.reader() as session:
        secret = session.get(Setting, "pseudonym_secret")
        assert secret is not None and len(secret.value) == 64


def test_another_database_gives_other_pseudonyms(tmp_path: object, sqlite_db: Database) -> None:
    import_document(sqlite_db, SYSTEM, sample())
    other = open_database(f"{tmp_path}/other.db", create=True)
    try:
        import_document(other, SYSTEM, sample())
        mine = export_document(sqlite_db, SYSTEM, pseudonymise=True)["participants"]
        theirs = export_document(other, SYSTEM, pseudonymise=True)["participants"]
        assert not {p["key"] for p in mine} & {p["key"] for p in theirs}
    finally:
        other.dispose()


def test_a_pseudonymised_export_imports_like_any_other(
    sqlite_db: Database, tmp_path: object
) -> None:
    import_document(sqlite_db, SYSTEM, rich_sample())
    out = export_document(sqlite_db, SYSTEM, pseudonymise=True)
    evaluation = open_database(f"{tmp_path}/evaluation.db", create=True)
    try:
        summary = import_document(evaluation, SYSTEM, out)
        assert summary.participants == 9
        again = export_document(evaluation, SYSTEM)
        marks = ("pseudonymised", "coarsened")
        assert normalise(again) == normalise({k: v for k, v in out.items() if k not in marks})
    finally:
        evaluation.dispose()


def test_who_may_export_what(db: Database, worker: Actor, lead: Actor) -> None:
    import_document(db, SYSTEM, sample(), merge=True)
    with pytest.raises(NotAllowed):
        export_document(db, worker)
    with pytest.raises(NotAllowed):
        export_document(db, EVALUATOR)
    assert export_document(db, worker, pseudonymise=True)["pseudonymised"] is True
    assert "pseudonymised" not in export_document(db, lead)


def test_every_exported_person_is_in_the_audit_log(db: Database, lead: Actor) -> None:
    import_document(db, SYSTEM, sample(), merge=True)
    export_document(db, lead, project="DEMO-HF")
    with db.reader() as session:
        entries = session.scalars(
            select(AuditEntry).where(AuditEntry.account == "lead").order_by(AuditEntry.id)
        ).all()
    assert sorted(e.participant_key or "" for e in entries if e.action == "exported") == [
        f"P-0{i}" for i in range(1, 10)
    ]
    assert entries[-1].action == "exported_dataset"
    with db.reader() as session:
        assert audit.verify(session) == []
    assert entries[-1].detail is not None and "project=DEMO-HF" in entries[-1].detail
    assert "full" in entries[-1].detail


def test_a_large_export_keeps_the_audit_chain_whole(db: Database) -> None:
    # More people than one batch of inserts holds: the entries must still chain in id order.
    import_document(db, SYSTEM, many_participants(sample(), 120))
    assert len(export_document(db, SYSTEM)["participants"]) == 1080
    with db.reader() as session:
        assert audit.verify(session) == []
