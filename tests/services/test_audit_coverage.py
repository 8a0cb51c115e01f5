"""Every service that touches a person's data writes an audit entry naming that person.

The test walks the public functions of every `caseapp.services` module that take an Actor: each
must either be called below and leave an entry naming the participant, or be listed as not
touching one person's data, with the reason. A new service fails here until it is classified.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

import caseapp.services
from caseapp.services import (
    access,
    accounts,
    audit,
    case_records,
    erasure,
    insight,
    outcome_figures,
    participant_file,
    participants,
    referrals,
    spell_changes,
)
from caseapp.services.actor import Actor
from caseapp.storage.database import Database, open_database
from caseapp.storage.models import AuditEntry, HousingSpell, Participant
from tests.services import privacy_sample

WORKER = Actor("mmp", "Mette", "coordinator")
LEAD = Actor("lead", "Erik", "team_lead")
ADMIN = Actor("admin", "Admin", "admin")
# A case worker of no project of the person's, who opens their file with a reason.
OUTSIDER = Actor("oc", "Olga", "caseworker")

# Public services with an Actor that do not read or change one person's data, and why.
NOT_ABOUT_ONE_PERSON: dict[str, str] = {
    "accounts.add_user": "staff accounts",
    "accounts.list_users": "staff accounts",
    "accounts.set_active": "staff accounts",
    "accounts.set_password": "staff accounts",
    "projects.create": "projects and contracts",
    "projects.set_contract": "projects and contracts",
    "contracts.current": "projects and contracts",
    "contracts.save": "projects and contracts",
    "contracts.history": "projects and contracts",
    "contracts.revision": "projects and contracts",
    "contracts.for_participant": "which projects' contracts apply; no personal data",
    "data_quality.check": "findings by key and date across a project; logged as a data check",
    "delivered_reports.store": "a council report as delivered: figures about groups, no person",
    "delivered_reports.listing": "the delivered council reports of a project",
    "delivered_reports.pdf_of": "a delivered council report: figures about groups, no person",
    "settings.set_value": "database-wide settings",
    "controller_contact.set_contact": "database-wide settings",
    "audit.record": "the audit writer itself",
    "audit.record_many": "the audit writer itself",
    "outcome_figures.figures": "anonymous totals of a project",
    "outcome_figures.project_facts": "anonymous facts of a project (keys, dates, spells)",
    "erasure.due_for_erasure": "keys and closing dates only",
    "erasure.erasable_keys": "keys only, to pick whom to erase",
    "backups.backup": "the whole database; logged as a backup",
    "backups.restore": "the whole database; logged as a restore",
    "caseload.participant_rows": "the list of one's caseload (names, no file); not per person",
    "caseload.overview": "counts and the list of one's caseload; not per person",
    "case_records.get": "one record of a file already opened (participant_file.load logs it)",
    "access.grant": "project access of an account; logged as a grant",
    "access.revoke": "project access of an account; logged as a revocation",
    "access.grants": "who has which project; no personal data",
    "access.set_projects": "project access of an account; logged per grant and revocation",
    "access.grant_on_create": "the creator's access to a new project",
    "access.set_own_caseload_only": "a project setting; logged",
    "access.breaks": "the list of flagged openings; logged as viewed",
    "listing.listed": "the list of one's caseload (names, no file); logged as a listing",
    "scope.enrolment_condition": "the access scope itself",
    "scope.in_scope": "the access scope itself",
    "scope.may_open": "the access scope itself",
    "scope.project_keys": "the access scope itself",
    "scope.require_participant": "the access scope itself; the services that use it log",
    "scope.require_project": "the access scope itself",
    "scope.require_whole_database": "the access scope itself",
    "scope.staff_id": "the access scope itself",
    "scope.visible_ids": "the access scope itself",
    "scope.visible_participant_ids": "the access scope itself",
    "scope.visible_projects": "the access scope itself",
    "projects.list_projects": "the account's projects; no personal data",
    "team.team_view": "counts per key worker of one's projects; logged as viewing the team",
    "team.reassign": "one entry per person moved: tests/services/test_team.py",
}


@dataclass
class Case:
    session: Session
    db: Database
    person: str
    spell_uuid: str
    spell_version: int


def _spell(case: Case) -> tuple[str, int]:
    return case.spell_uuid, case.spell_version


CALLS: dict[str, Callable[[Case], object]] = {
    "participants.create": lambda c: participants.create(c.session, WORKER, {"key": c.person}),
    "referrals.refer": lambda c: referrals.refer(
        c.session, WORKER, {"key": c.person}, {"project": "HF", "referred_on": "2024-01-01"}
    ),
    "participants.update": lambda c: participants.update(
        c.session, WORKER, c.person, 1, {"phone": "12345678"}
    ),
    "participants.open_file": lambda c: participants.open_file(c.session, WORKER, c.person),
    "participants.reveal_cpr": lambda c: participants.reveal_cpr(c.session, WORKER, c.person),
    "case_records.add": lambda c: case_records.add(
        c.session, WORKER, c.person, "task", {"title": "Ring", "due_on": "2024-01-01"}
    ),
    "case_records.update": lambda c: case_records.update(
        c.session, WORKER, "housing", *_spell(c), {"note": "ny"}
    ),
    "case_records.delete": lambda c: case_records.delete(c.session, WORKER, "housing", *_spell(c)),
    "spell_changes.move_on": lambda c: spell_changes.move_on(
        c.session,
        WORKER,
        c.person,
        "housing",
        {"type": "supported_housing", "start": "2023-09-01"},
        *_spell(c),
    ),
    "participant_file.load": lambda c: participant_file.load(
        c.session, WORKER, c.person, date(2024, 1, 1)
    ),
    "outcome_figures.ledger": lambda c: outcome_figures.ledger(
        c.session, LEAD, "HF", c.person, "work-edu", date(2024, 1, 1)
    ),
    "insight.gather": lambda c: insight.gather(c.session, LEAD, c.person),
    "erasure.erase": lambda c: erasure.erase(c.session, LEAD, c.person),
    "erasure.erase_now": lambda c: erasure.erase_now(c.db, LEAD, [c.person], "request"),
    "audit.search": lambda c: audit.search(c.session, LEAD, audit.Filters(participant=c.person)),
    "audit.export": lambda c: audit.export(
        c.session, LEAD, audit.Filters(participant=c.person), "x.csv"
    ),
    "audit.file_accesses": lambda c: audit.file_accesses(c.session, WORKER, c.person),
    "access.break_glass": lambda c: access.break_glass(
        c.session, OUTSIDER, c.person, "Borgeren ringede til os"
    ),
    "access.mark_reviewed": lambda c: _review_the_break(c),
}


def _review_the_break(case: Case) -> None:
    access.break_glass(case.session, OUTSIDER, case.person, "Borgeren ringede til os")
    case.session.flush()
    access.mark_reviewed(case.session, LEAD, access.breaks(case.session, LEAD)[0].id)


def _services_with_an_actor() -> Iterator[str]:
    for info in pkgutil.iter_modules(caseapp.services.__path__):
        module = importlib.import_module(f"caseapp.services.{info.name}")
        for name, fn in inspect.getmembers(module, inspect.isfunction):
            if name.startswith("_") or fn.__module__ != module.__name__:
                continue
            params = inspect.signature(fn).parameters.values()
            if any(p.annotation in ("Actor", Actor) for p in params):
                yield f"{info.name}.{name}"


def test_every_service_with_an_actor_is_classified() -> None:
    unclassified = sorted(set(_services_with_an_actor()) - set(CALLS) - set(NOT_ABOUT_ONE_PERSON))
    assert unclassified == [], (
        "classify these in tests/services/test_audit_coverage.py: call them in CALLS (they "
        "must audit-log the person) or say in NOT_ABOUT_ONE_PERSON why they need not"
    )
    assert set(CALLS) <= set(_services_with_an_actor())


@pytest.fixture
def sample(tmp_path: Path) -> Iterator[tuple[Database, str]]:
    db = open_database(tmp_path / "case.db", create=True)
    with db.unit_of_work() as s:
        accounts.create_first_admin(s, "admin", "Admin", "admin-password")
        accounts.add_user(s, ADMIN, "mmp", "Mette", "coordinator", None)
        accounts.add_user(s, ADMIN, "lead", "Erik", "team_lead", None)
    person, _ = privacy_sample.build(db, WORKER, LEAD)
    with db.unit_of_work() as s:
        accounts.add_user(s, ADMIN, OUTSIDER.key, OUTSIDER.name, OUTSIDER.role, None)
    yield db, person
    db.dispose()


@pytest.mark.parametrize("name", sorted(CALLS))
def test_the_service_logs_the_person_it_touched(name: str, sample: tuple[Database, str]) -> None:
    db, person = sample
    if name in ("participants.create", "referrals.refer"):
        person = "P-0100"  # a person who does not exist yet
    with db.reader() as s:
        before = s.scalar(select(func.max(AuditEntry.id))) or 0
        pid = s.scalar(select(Participant.id).where(Participant.key == person))
        spell = s.scalars(
            select(HousingSpell).where(
                HousingSpell.participant_id == pid, HousingSpell.end.is_(None)
            )
        ).first()
    uuid, version = (spell.uuid, spell.version) if spell else ("", 0)
    with db.unit_of_work() as s:
        CALLS[name](Case(s, db, person, uuid, version))
    with db.reader() as s:
        named = s.scalars(select(AuditEntry.participant_key).where(AuditEntry.id > before)).all()
    assert person in named, f"{name} touched {person} without an audit entry naming them"
