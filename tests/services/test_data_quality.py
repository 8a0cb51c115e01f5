"""The data-quality check finds what could change the figures, links each finding to its record,
and names people by key only."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select

from caseapp.domain.errors import NotAllowed
from caseapp.services import case_records, data_quality
from caseapp.services.actor import Actor
from caseapp.storage.database import Database
from caseapp.storage.models import ActivitySpell, AuditEntry, Enrolment, Participant
from tests.reports.sample_db import load_sample

AS_OF = date(2024, 6, 30)
NOW = datetime(2024, 6, 30, 12, 0)


LEAD = Actor("lead", "Erik Kaastrup", "team_lead")


@pytest.fixture
def sample(sqlite_db: Database) -> Database:
    load_sample(sqlite_db, LEAD)
    return sqlite_db


@pytest.fixture
def lead() -> Actor:
    return LEAD


def _find(db: Database, project: str | None = "DEMO-HF") -> data_quality.CheckResult:
    with db.reader() as session:
        return data_quality.find(session, project, AS_OF, NOW)


def _kinds(result: data_quality.CheckResult, kind: str) -> list[data_quality.Finding]:
    return [f for f in result.findings if f.kind == kind]


def test_an_unverified_education_that_would_earn_money_is_found_with_the_amount(
    sample: Database,
) -> None:
    found = _kinds(_find(sample), "unverified_earning")
    by_person = {f.participant: f for f in found}
    # P-03's education from 2023-09-01 is unverified; verified, it would earn 700 a week.
    assert "P-03" in by_person
    f = by_person["P-03"]
    assert f.record_kind == "activity" and f.code == "education"
    assert f.amount is not None and f.amount > 0 and f.amount % Decimal(700) == 0
    with sample.reader() as session:
        spell = session.scalars(
            select(ActivitySpell).where(ActivitySpell.uuid == f.record_uuid)
        ).one()
        assert spell.type == "education" and not spell.verified


def _add(db: Database, lead: Actor, key: str, kind: str, raw: dict[str, Any]) -> str:
    with db.unit_of_work() as session:
        return case_records.add(session, lead, key, kind, raw).uuid


def test_overlapping_and_gapped_housing(sample: Database, lead: Actor) -> None:
    overlap = _add(
        sample,
        lead,
        "P-02",
        "housing",
        {"type": "couch_surfing", "start": "2023-08-20", "end": "2023-09-10"},
    )
    result = _find(sample)
    overlaps = [f for f in _kinds(result, "housing_overlap") if f.participant == "P-02"]
    assert overlaps and {f.record_uuid for f in overlaps} | {f.other_uuid for f in overlaps} >= {
        overlap
    }
    # P-08 moved from a flat (to 2023-05-31) to a sofa (from 2023-06-01): no gap; P-01's spells
    # touch too. A new spell after a hole is a gap.
    _add(
        sample,
        lead,
        "P-09",
        "housing",
        {"type": "own_tenancy", "start": "2021-01-01", "end": "2021-06-30"},
    )
    gaps = [f for f in _kinds(_find(sample), "housing_gap") if f.participant == "P-09"]
    assert [(g.start, g.end) for g in gaps] == [(date(2021, 7, 1), date(2022, 12, 31))]
    assert not [f for f in _kinds(result, "housing_gap") if f.participant in ("P-01", "P-08")]


def test_active_participants_without_housing_on_the_day_are_a_gap(sample: Database) -> None:
    gaps = {f.participant: f for f in _kinds(_find(sample), "housing_gap")}
    # P-07 enrolled 2024-06-26 with no housing recorded at all.
    assert gaps["P-07"].record_kind == "enrolment" and gaps["P-07"].start is None


def test_overlapping_activities_of_the_same_kind(sample: Database, lead: Actor) -> None:
    _add(
        sample,
        lead,
        "P-04",
        "activity",
        {"type": "ordinary_job", "start": "2023-01-01", "end": "2023-02-01", "verified": True},
    )
    found = [f for f in _kinds(_find(sample), "activity_overlap") if f.participant == "P-04"]
    assert len(found) == 1 and found[0].code == "ordinary_job" and found[0].days == 32
    # P-03 has a sheltered job overlapping an ordinary job: different kinds, not a finding.
    assert not [f for f in _kinds(_find(sample), "activity_overlap") if f.participant == "P-03"]


def test_enrolments_without_consent_or_exit_reason(sample: Database) -> None:
    with sample.unit_of_work() as session:
        person = session.scalars(select(Participant).where(Participant.key == "P-02")).one()
        enrolment = session.scalars(
            select(Enrolment).where(Enrolment.participant_id == person.id)
        ).one()
        enrolment.consent_on = None
        enrolment.exited_on = date(2024, 5, 1)
        enrolment.exit_reason = None
        uuid = enrolment.uuid
    result = _find(sample)
    assert [(f.participant, f.record_uuid) for f in _kinds(result, "no_consent")] == [
        ("P-02", uuid)
    ]
    assert [(f.participant, f.start) for f in _kinds(result, "exit_no_reason")] == [
        ("P-02", date(2024, 5, 1))
    ]


def test_contacts_in_the_future_and_people_not_seen_for_30_days(
    sample: Database, lead: Actor
) -> None:
    future = _add(sample, lead, "P-01", "contact", {"at": "2024-07-15T10:00", "mode": "phone"})
    _add(sample, lead, "P-02", "contact", {"at": "2024-06-20T10:00", "mode": "in_person"})
    _add(sample, lead, "P-08", "contact", {"at": "2024-06-25T10:00", "mode": "attempted"})
    result = _find(sample)
    assert [f.record_uuid for f in _kinds(result, "future_contact")] == [future]
    not_seen = {f.participant: f for f in _kinds(result, "not_seen")}
    assert "P-02" not in not_seen  # seen ten days ago
    assert "P-08" in not_seen  # an attempt is not a meeting
    assert not_seen["P-01"].last_seen == date(2023, 1, 5)
    assert "P-04" not in not_seen  # exited
    assert "P-07" not in not_seen  # enrolled four days ago
    assert all(f.record_kind == "participant" for f in not_seen.values())


def test_findings_name_people_by_key_only(sample: Database) -> None:
    text = str(_find(sample).to_json())
    for secret in ("Sara", "Nielsen", "010203-4321", "Intake follow-up"):
        assert secret not in text


def test_the_check_needs_figures_or_case_access_and_is_audit_logged(
    sample: Database, lead: Actor
) -> None:
    with sample.unit_of_work() as session, pytest.raises(NotAllowed):
        data_quality.check(session, Actor("it", "IT", "admin"), None, AS_OF)
    with sample.unit_of_work() as session:
        result = data_quality.check(session, lead, None, AS_OF, NOW)
    assert result.findings
    with sample.reader() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "ran_data_check")
        ).one()
    assert entry.detail == "* 2024-06-30" and entry.participant_key is None


def test_the_whole_database_is_checked_without_a_project(db: Database) -> None:
    """Also on PostgreSQL, where it runs: the queries are plain SQLAlchemy."""
    load_sample(db, LEAD)
    sample = db
    everything = _find(sample, None)
    assert {f.participant for f in everything.findings} >= {
        f.participant for f in _find(sample).findings
    }
    assert everything.counts()["unverified_earning"] >= 1


def test_spell_arithmetic_counts_days_inclusively() -> None:
    span = data_quality.Span
    a = span("a", date(2024, 1, 1), date(2024, 1, 4))
    b = span("b", date(2024, 1, 4), date(2024, 1, 10))
    c = span("c", date(2024, 1, 11), None)
    d = span("d", date(2024, 1, 20), date(2024, 1, 25))
    assert [(x.uuid, y.uuid, n) for x, y, n in data_quality.overlaps([a, b, c])] == [("a", "b", 1)]
    assert [(x.uuid, y.uuid, n) for x, y, n in data_quality.overlaps([c, d])] == [("c", "d", 6)]
    e = span("e", date(2024, 1, 13), None)
    assert data_quality.gaps([a, e]) == [(e, date(2024, 1, 5), date(2024, 1, 12))]
    assert data_quality.gaps([a, b, c]) == []


def test_a_check_as_of_a_day_sees_only_what_was_valid_then(sample: Database, lead: Actor) -> None:
    # Everything below happens after AS_OF, recorded a month later.
    _add(
        sample,
        lead,
        "P-04",
        "activity",
        {"type": "ordinary_job", "start": "2024-08-01", "end": "2024-08-31", "verified": True},
    )
    _add(
        sample,
        lead,
        "P-04",
        "activity",
        {"type": "ordinary_job", "start": "2024-08-15", "end": "2024-09-30", "verified": True},
    )
    _add(
        sample,
        lead,
        "P-02",
        "housing",
        {"type": "couch_surfing", "start": "2024-09-01", "end": "2024-09-10"},
    )
    _add(sample, lead, "P-01", "contact", {"at": "2024-07-15T10:00", "mode": "phone"})
    with sample.unit_of_work() as session:
        person = session.scalars(select(Participant).where(Participant.key == "P-02")).one()
        enrolment = session.scalars(
            select(Enrolment).where(Enrolment.participant_id == person.id)
        ).one()
        enrolment.exited_on = date(2024, 8, 1)
        enrolment.exit_reason = None
    with sample.reader() as session:
        then = data_quality.find(session, "DEMO-HF", AS_OF, datetime(2024, 8, 1, 12, 0))
    assert not [f for f in _kinds(then, "activity_overlap") if f.participant == "P-04"]
    assert not [
        f
        for f in _kinds(then, "housing_gap") + _kinds(then, "housing_overlap")
        if f.participant == "P-02" and f.start is not None and f.start > AS_OF
    ]
    assert not _kinds(then, "exit_no_reason")
    assert not _kinds(then, "future_contact")  # a contact after the day is later data
    with sample.reader() as session:
        later = data_quality.find(session, "DEMO-HF", date(2024, 10, 1), NOW)
    assert [f for f in _kinds(later, "activity_overlap") if f.participant == "P-04"]
    assert _kinds(later, "exit_no_reason")
