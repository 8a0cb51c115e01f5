"""Searching the journal: every word, as Danish is written, newest first, within the account's
scope or one file, kept in step with edits and erasure, and audit-logged per person shown."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from caseapp.services import access, case_records, erasure, journal, participants, projects
from caseapp.services.actor import Actor
from caseapp.storage.database import Database
from caseapp.storage.models import AuditEntry


@pytest.fixture
def two(db: Database, worker: Actor, lead: Actor) -> tuple[str, str]:
    with db.unit_of_work() as s:
        projects.create(s, lead, {"key": "AAR-HF", "name": "Unge hjemløse"})
        access.grant(s, lead, "mmp", "AAR-HF")  # the team: the worker and the lead
        sara, _ = participants.create(s, worker, {"first_name": "Sara", "last_name": "Nielsen"})
        ali, _ = participants.create(s, worker, {"first_name": "Ali", "last_name": "Hassan"})
        for person in (sara, ali):
            case_records.add(
                s,
                worker,
                person.key,
                "enrolment",
                {"project": "AAR-HF", "referred_on": "2024-01-02"},
            )
        case_records.add(
            s,
            worker,
            sara.key,
            "contact",
            {"at": "2024-05-02T09:30", "mode": "phone", "note": "Mødte Søren fra boligselskabet"},
        )
        case_records.add(s, worker, ali.key, "task", {"title": "Ring til Søren om lejekontrakten"})
        case_records.add(
            s,
            worker,
            ali.key,
            "activity",
            {"type": "flex_job", "start": "2024-01-01", "employer": "Café Ærø"},
        )
        return sara.key, ali.key


def test_every_word_as_danish_is_written_newest_first(
    db: Database, worker: Actor, two: tuple[str, str]
) -> None:
    sara, ali = two
    with db.unit_of_work() as s:
        hits = journal.search(s, worker, "soren")
        # By when it happened; a task without a due date last.
        assert [(h.participant_key, h.kind) for h in hits] == [(sara, "contact"), (ali, "task")]
        assert hits[0].text == "Mødte Søren fra boligselskabet" and hits[0].participant_name
        assert [h.kind for h in journal.search(s, worker, "soren lejekontrakt")] == ["task"]
        assert [h.kind for h in journal.search(s, worker, "aero cafe")] == ["activity"]
        assert [h.kind for h in journal.search(s, worker, "Soeren bolig")] == ["contact"]
        assert journal.search(s, worker, "søren", participant_key=sara)[0].participant_key == sara
        assert journal.search(s, worker, "nothinglikethis") == []
    with db.reader() as s:
        logged = s.scalars(
            select(AuditEntry.participant_key).where(AuditEntry.action == "searched_journal")
        ).all()
        assert sara in logged and ali in logged


def test_the_index_follows_edits_deletes_and_erasure(
    db: Database, worker: Actor, lead: Actor, two: tuple[str, str]
) -> None:
    _sara, ali = two
    with db.unit_of_work() as s:
        [hit] = journal.search(s, worker, "boligselskabet")
        obj = case_records.get(s, worker, "contact", hit.uuid)
        case_records.update(
            s, worker, "contact", hit.uuid, obj.version, {"note": "Udlejer ringede"}
        )
    with db.unit_of_work() as s:
        assert journal.search(s, worker, "boligselskabet") == []
        assert [h.kind for h in journal.search(s, worker, "udlejer")] == ["contact"]
        [task] = journal.search(s, worker, "lejekontrakten")
        case_records.delete(s, worker, "task", task.uuid, 1)
    with db.unit_of_work() as s:
        assert journal.search(s, worker, "lejekontrakten") == []
        erasure.erase(s, lead, ali)
    with db.unit_of_work() as s:
        assert journal.search(s, worker, "cafe") == []
