"""`create_demo`: the projects, the staff, the accounts and the single audit entry of a demo."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from caseapp.demo import create_demo, identity
from caseapp.domain.codes import ROLES
from caseapp.services import accounts, audit, demo_accounts
from caseapp.storage.database import open_database
from caseapp.storage.models import (
    AuditEntry,
    Contact,
    ContractRevision,
    Enrolment,
    Participant,
    Project,
    Staff,
)
from tests.demo.conftest import Demo


def test_default_demo_holds_the_seed_projects(demo: Demo) -> None:
    with demo.db.reader() as s:
        rows = s.execute(
            select(Project.key, Project.municipality, func.count(Enrolment.id))
            .join(Enrolment, Enrolment.project_id == Project.id)
            .group_by(Project.key, Project.municipality)
            .order_by(Project.key)
        ).all()
        revisions = s.scalar(select(func.count(ContractRevision.id)))
    assert [tuple(r) for r in rows] == [
        ("AAL-SIB", "Aalborg Kommune", 120),
        ("AAR-HF", "Aarhus Kommune", 45),
        ("AAR-HF2", "Aarhus Kommune", 35),
    ]
    assert revisions == 4  # Aalborg's contract was amended once
    assert demo.summary.projects == 3 and demo.summary.participants == 200


def test_summary_counts_what_was_written(demo: Demo) -> None:
    with demo.db.reader() as s:
        assert s.scalar(select(func.count(Participant.id))) == demo.summary.participants
        assert s.scalar(select(func.count(Contact.id))) == demo.summary.contacts
        assert s.scalar(select(func.count(Staff.id))) == demo.summary.staff
    # About a hundred contacts per person over the years.
    assert 60 <= demo.summary.contacts / demo.summary.participants <= 150


def test_staff_of_every_role_share_the_demo_password(demo: Demo) -> None:
    with demo.db.reader() as s:
        staff = s.execute(select(Staff.key, Staff.role, Staff.password_hash)).all()
        assert demo_accounts.is_demo(s)
    assert {role for _, role, _ in staff} == set(ROLES)
    # The accounts the documentation names.
    assert {("admin", "admin"), ("lead", "team_lead")} <= {(k, r) for k, r, _ in staff}
    assert len({h for _, _, h in staff}) == 1  # hashed once, not once per account
    assert {r for _, r in demo.summary.accounts} == set(ROLES)
    actor = accounts.sign_in(demo.db, "admin", "demo")
    assert actor.role == "admin"


def test_one_audit_entry_without_personal_data(tmp_path: Path) -> None:
    create_demo(tmp_path / "d.db", participants=5, today=date(2026, 3, 18))
    db = open_database(tmp_path / "d.db")
    try:
        with db.reader() as s:
            entries = s.scalars(select(AuditEntry)).all()
            names = s.scalars(select(Participant.last_name)).all()
            assert audit.verify(s) == []
    finally:
        db.dispose()
    # The first entry is the schema's own: the log is keyed from there on.
    assert [(e.action, e.account, e.participant_key) for e in entries] == [
        ("audit_keyed", "system", None),
        ("created_demo", "system", None),
    ]
    assert not any(name and name in (entries[1].detail or "") for name in names)


def test_same_seed_and_day_give_the_same_demo(tmp_path: Path) -> None:
    day = date(2025, 9, 1)
    create_demo(tmp_path / "a.db", participants=12, seed=7, today=day)
    create_demo(tmp_path / "b.db", participants=12, seed=7, today=day)
    create_demo(tmp_path / "c.db", participants=12, seed=8, today=day)
    a, b, c = (_contents(tmp_path / f"{n}.db") for n in "abc")
    assert a == b
    assert a != c


def _contents(path: Path) -> list[object]:
    db = open_database(path)
    try:
        with db.reader() as s:
            out: list[object] = []
            for model in (Staff, Project, Participant, Enrolment, Contact):
                for row in s.scalars(select(model).order_by(model.id)):
                    values = {c: getattr(row, c) for c in model.__table__.columns.keys()}  # noqa: SIM118
                    # Salted anew by every run, as a password hash must be.
                    values.pop("password_hash", None)
                    out.append(values)
            return out
    finally:
        db.dispose()


def test_a_demo_for_benchmarks_spreads_over_more_projects(tmp_path: Path) -> None:
    summary = create_demo(tmp_path / "d.db", participants=300, today=date(2026, 3, 18))
    assert summary.projects == 4 and summary.participants == 300
    db = open_database(tmp_path / "d.db")
    try:
        with db.reader() as s:
            keys = s.scalars(select(Project.key).order_by(Project.key)).all()
            ages = s.execute(
                select(Participant.birth_date, Enrolment.referred_on)
                .join(Enrolment, Enrolment.participant_id == Participant.id)
                .join(Project, Project.id == Enrolment.project_id)
                .where(Project.key == "ODE-HF")
            ).all()
    finally:
        db.dispose()
    assert keys == ["AAL-SIB", "AAR-HF", "AAR-HF2", "ODE-HF"]
    assert len(ages) == 100
    for born, referred in ages:
        assert born is not None and 18 <= identity.age_on(born, referred) <= 24
