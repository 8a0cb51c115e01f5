"""Documents kept with a person: checked by content and size, opened with an audit entry each
time, evidence that verifies a job, and gone with the person's erasure."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import func, select

from caseapp.domain.errors import ValidationFailed
from caseapp.services import access, case_records, documents, erasure, participants, projects
from caseapp.services.actor import Actor
from caseapp.storage.database import Database
from caseapp.storage.models import ActivitySpell, AuditEntry, Document

PDF = b"%PDF-1.4\n% a payslip\n"


@pytest.fixture
def sara(db: Database, worker: Actor, lead: Actor) -> str:
    with db.unit_of_work() as s:
        projects.create(s, lead, {"key": "AAR-HF", "name": "Unge hjemløse"})
        access.grant(s, lead, "mmp", "AAR-HF")  # the team: the worker and the lead
        person, _ = participants.create(s, worker, {"first_name": "Sara"})
        case_records.add(
            s, worker, person.key, "enrolment", {"project": "AAR-HF", "referred_on": "2024-01-02"}
        )
        return person.key


def test_evidence_attached_to_a_job_verifies_it(db: Database, worker: Actor, sara: str) -> None:
    with db.unit_of_work() as s:
        job = case_records.add(
            s, worker, sara, "activity", {"type": "flex_job", "start": "2024-01-01"}
        )
        uuid = job.uuid
    with db.unit_of_work() as s:
        documents.attach(
            s, worker, sara, "C:\\scan\\lønseddel.pdf", PDF, "evidence", ("activity", uuid)
        )
    with db.reader() as s:
        spell = s.scalars(select(ActivitySpell)).one()
        assert spell.verified and spell.evidence == "Dokument: lønseddel.pdf"
    with db.unit_of_work() as s:
        [info] = documents.list_for(s, worker, sara)
        assert (info.filename, info.media_type, info.spell_uuid) == (
            "lønseddel.pdf",
            "application/pdf",
            uuid,
        )
        assert documents.open_document(s, worker, info.uuid) == (
            "lønseddel.pdf",
            "application/pdf",
            PDF,
        )
    with db.reader() as s:
        opened = s.scalars(
            select(AuditEntry.participant_key).where(AuditEntry.action == "opened_document")
        ).all()
        assert opened == [sara]


def test_only_pdf_png_and_jpeg_within_the_size_limit(
    db: Database, worker: Actor, sara: str
) -> None:
    for content, message in (
        (b"MZ\x90\x00 an executable named .pdf", "is not a PDF, PNG or JPEG file"),
        (b"", "is empty"),
        (b"%PDF-" + b"x" * documents.MAX_BYTES, "is larger than 10 MB"),
    ):
        with pytest.raises(ValidationFailed) as failed, db.unit_of_work() as s:
            documents.attach(s, worker, sara, "payslip.pdf", content, "evidence")
        assert [str(p) for p in failed.value.problems] == [f"file: {message}"]
    with db.reader() as s:
        assert s.scalar(select(func.count(Document.id))) == 0


def test_a_5_mb_pdf_is_attached_within_a_second(db: Database, worker: Actor, sara: str) -> None:
    content = b"%PDF-1.7\n" + bytes(range(256)) * (5 * 1024 * 4)
    started = time.perf_counter()
    with db.unit_of_work() as s:
        documents.attach(s, worker, sara, "flexjob-aftale.pdf", content, "evidence")
    assert time.perf_counter() - started < 1.0


def test_erasure_removes_the_documents(db: Database, worker: Actor, lead: Actor, sara: str) -> None:
    with db.unit_of_work() as s:
        documents.attach(s, worker, sara, "lease.png", b"\x89PNG\r\n\x1a\nIHDR", "lease")
        erasure.erase(s, lead, sara)
    with db.reader() as s:
        assert s.scalar(select(func.count(Document.id))) == 0
