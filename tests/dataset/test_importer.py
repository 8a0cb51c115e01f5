"""Importing datasets: all or nothing, keys never silently overwritten, every person audited."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from caseapp.dataset.exporter import export_document
from caseapp.dataset.importer import KeysInDatabase, import_document
from caseapp.domain.errors import NotAllowed, ValidationFailed
from caseapp.services import accounts, audit, participants
from caseapp.services.actor import SYSTEM, Actor
from caseapp.storage.database import Database, open_database
from caseapp.storage.models import (
    AuditEntry,
    Contact,
    ContractRevision,
    Participant,
    Project,
    Staff,
)
from tests.dataset.documents import many_participants, normalise, row_counts, sample

REPO = Path(__file__).resolve().parents[2]


def test_the_worked_example_imports_and_exports_back_the_same(db: Database) -> None:
    summary = import_document(db, SYSTEM, sample())
    assert (summary.participants, summary.staff, summary.projects) == (9, 3, 1)
    assert summary.records["housing"] == 14
    assert [w.where for w in summary.warnings] == ["participants[0].cpr"]
    assert normalise(export_document(db, SYSTEM)) == normalise(sample())


def test_stored_values_are_those_of_the_file(db: Database) -> None:
    import_document(db, SYSTEM, sample())
    with db.reader() as session:
        sara = session.scalars(select(Participant).where(Participant.key == "P-01")).one()
        assert (sara.first_name, sara.birth_year, sara.cpr) == ("Sara", 2003, "010203-4321")
        assert sara.contacts[0].topic_list == ["housing", "employment"]
        assert sara.contacts[0].staff is not None and sara.contacts[0].staff.key == "mmp"
        assert sara.activities[0].verified is True and sara.activities[0].hours_per_week == 20
        project = session.scalars(select(Project)).one()
        assert project.contract is not None and project.contract["target_participants"] == 10
        revisions = session.scalars(select(ContractRevision)).all()
        assert [(r.revision, r.comment, r.changed_by) for r in revisions] == [
            (1, "imported", "system")
        ]


def test_imported_staff_cannot_sign_in_until_given_a_password(db: Database) -> None:
    import_document(db, SYSTEM, sample())
    with db.reader() as session:
        assert session.scalars(select(Staff.password_hash)).all() == [None, None, None]
    with pytest.raises(NotAllowed):
        accounts.sign_in(db, "mmp", "")


def test_birth_year_alone_is_kept_and_a_cpr_number_gives_the_birth_date(db: Database) -> None:
    doc = sample()
    doc["participants"][2]["birth_year"] = 1999
    doc["participants"][3]["cpr"] = "170895-1234"
    import_document(db, SYSTEM, doc)
    with db.reader() as session:
        mia = participants.references.participant(session, "P-03")
        kasper = participants.references.participant(session, "P-04")
        assert (mia.birth_date, mia.birth_year) == (None, 1999)
        assert str(kasper.birth_date) == "1995-08-17" and kasper.birth_year == 1995
    exported = export_document(db, SYSTEM)
    assert exported["participants"][2]["birth_year"] == 1999
    assert "birth_year" not in exported["participants"][3]


def _all_kinds_of_bad(doc: dict[str, Any]) -> list[str]:
    """Break the document in every way dataset-v1 names; the paths that must be reported."""
    people = doc["participants"]
    people[0]["contacts"][0]["staff"] = "nobody"
    people[3]["activities"][0]["end"] = "2020-01-01"
    people[1]["housing"][0]["start"] = "2023-02-30"
    people[2]["key"] = "P-01"
    people[0]["contacts"][0]["duration_min"] = "45"
    people[0]["cpr"] = "310203-4321"
    people[0]["contacts"][0]["mode"] = "telepathy"
    people[1]["enrolments"][0]["exited_on"] = "2024-01-01"
    return [
        "participants[0].contacts[0].staff",
        "participants[3].activities[0].end",
        "participants[1].housing[0].start",
        "participants[2].key",
        "participants[0].contacts[0].duration_min",
        "participants[0].cpr",
        "participants[0].contacts[0].mode",
        "participants[1].enrolments[0].exit_reason",
    ]


def test_a_bad_dataset_writes_nothing_and_names_every_problem(db: Database) -> None:
    import_document(db, SYSTEM, many_participants(sample(), 1))  # something already there
    before = row_counts(db)
    doc = sample()
    expected = _all_kinds_of_bad(doc)
    with pytest.raises(ValidationFailed) as refused:
        import_document(db, SYSTEM, doc)
    assert sorted(p.where for p in refused.value.problems) == sorted(expected)
    assert "310203-4321" not in str(refused.value)
    assert row_counts(db) == before


def test_an_existing_key_is_refused_by_name_and_a_merge_replaces(db: Database) -> None:
    import_document(db, SYSTEM, sample())
    before = row_counts(db)
    doc = sample()
    doc["staff"][1]["name"] = "Jonas Holm Berg"
    doc["staff"][1]["role"] = "admin"  # an import must not hand out permissions
    doc["projects"][0]["contract"]["target_participants"] = 12
    sara = doc["participants"][0]
    sara["first_name"] = "Sarah"
    sara["contacts"] = [
        {"at": "2023-02-01T09:00", "mode": "phone", "staff": "jh", "topics": ["housing"]}
    ]
    del sara["goals"]
    doc["participants"].append({"key": "P-10", "first_name": "Ny"})
    with pytest.raises(KeysInDatabase) as refused:
        import_document(db, SYSTEM, doc)
    wheres = [p.where for p in refused.value.problems]
    assert wheres[:4] == ["staff[0].key", "staff[1].key", "staff[2].key", "projects[0].key"]
    assert "participants[0].key" in wheres and "participants[9].key" not in wheres
    assert "'P-01' is already in the database" in str(refused.value)
    assert row_counts(db) == before

    summary = import_document(db, SYSTEM, doc, merge=True)
    assert (summary.participants, summary.replaced_participants) == (1, 9)
    assert (summary.updated_staff, summary.updated_projects) == (3, 1)
    assert [w.where for w in summary.warnings] == ["participants[0].cpr", "staff[1].role"]
    exported = export_document(db, SYSTEM)
    doc["staff"][1]["role"] = "caseworker"
    assert normalise(exported) == normalise(doc)
    with db.reader() as session:
        revisions = session.scalars(select(ContractRevision.comment)).all()
        assert revisions == ["imported", "imported (merge)"]
        assert session.scalar(select(Staff.role).where(Staff.key == "jh")) == "caseworker"


def test_a_merge_leaves_erased_people_erased(sqlite_db: Database) -> None:
    from caseapp.services import erasure

    import_document(sqlite_db, SYSTEM, sample())
    with sqlite_db.unit_of_work() as session:
        erasure.erase(session, SYSTEM, "P-02")
    summary = import_document(sqlite_db, SYSTEM, sample(), merge=True)
    assert summary.skipped_participants == 1
    assert any(w.where == "participants[1]" for w in summary.warnings)
    with sqlite_db.reader() as session:
        ali = participants.references.participant(session, "P-02")
        assert ali.first_name is None and ali.erased_at is not None


def test_importing_needs_the_permission(db: Database, worker: Actor) -> None:
    before = row_counts(db)
    with pytest.raises(NotAllowed):
        import_document(db, worker, sample())
    assert row_counts(db) == before


def test_one_audit_entry_per_person_and_one_for_the_import(db: Database, lead: Actor) -> None:
    doc = sample()
    for s in doc["staff"]:
        s["key"] = "x" + s["key"]
    text = json.dumps(doc).replace('"mmp"', '"xmmp"').replace('"jh"', '"xjh"')
    import_document(db, lead, json.loads(text))
    with db.reader() as session:
        entries = session.scalars(
            select(AuditEntry).where(AuditEntry.action.in_(["imported", "imported_dataset"]))
        ).all()
        assert audit.verify(session) == []
    people = [e for e in entries if e.action == "imported"]
    assert sorted(e.participant_key or "" for e in people) == [f"P-0{i}" for i in range(1, 10)]
    assert {e.account for e in entries} == {"lead"}
    (whole,) = [e for e in entries if e.action == "imported_dataset"]
    assert "participants=9" in (whole.detail or "") and "contacts=1" in (whole.detail or "")
    details = " ".join(e.detail or "" for e in entries)
    assert "Sara" not in details and "010203" not in details


def test_progress_is_reported_to_the_end(sqlite_db: Database) -> None:
    calls: list[tuple[int, int]] = []
    doc = many_participants(sample(), 25)
    import_document(sqlite_db, SYSTEM, doc, progress=lambda d, t: calls.append((d, t)))
    assert calls[0] == (0, 225) and calls[-1] == (225, 225)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


_KILLED_IMPORT = """
import json, os, sys
from caseapp.dataset.importer import import_document
from caseapp.services.actor import SYSTEM
from caseapp.storage.database import open_database

db = open_database(sys.argv[1])
doc = json.load(open(sys.argv[2], encoding="utf-8"))

def progress(done, total):
    if done >= total // 2 and done > 0:
        os._exit(9)  # as if killed halfway: no rollback, no cleanup, no commit

import_document(db, SYSTEM, doc, progress=progress)
"""


def test_a_process_killed_halfway_leaves_the_database_as_it_was(
    sqlite_db: Database, tmp_path: Path
) -> None:
    import_document(sqlite_db, SYSTEM, sample())
    before = row_counts(sqlite_db)
    big = many_participants(sample(), 40)
    for p in big["participants"]:
        p["contacts"] = p.get("contacts", []) * 20
    big["staff"], big["projects"] = [], []
    source = tmp_path / "big.json"
    source.write_text(json.dumps(big), encoding="utf-8")
    path = sqlite_db.path
    assert path is not None
    sqlite_db.dispose()

    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run(
        [sys.executable, "-c", _KILLED_IMPORT, str(path), str(source)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 9, done.stderr

    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    again = open_database(path)
    try:
        assert row_counts(again) == before
        with again.reader() as session:
            assert audit.verify(session) == []
        # Nothing is left locked or half-done: the same import now goes through.
        summary = import_document(again, SYSTEM, big)
        assert summary.participants == 360
        with again.reader() as session:
            assert len(session.scalars(select(Contact.id)).all()) == 1 + 20 * 40 * 1
    finally:
        again.dispose()
