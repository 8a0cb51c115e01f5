"""A team server with two case workers and a lead, and laptops checked out from it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import select

from caseapp.services import access, accounts, case_records, participants, projects, referrals
from caseapp.services.actor import SYSTEM, Actor
from caseapp.services.sync import run
from caseapp.storage.database import Database, open_database
from caseapp.storage.models import Contact, Participant
from tests.services.privacy_sample import contract

PASSWORD = "field-password"
LEAD = Actor("lead", "Erik Kaastrup", "team_lead")
CW1 = Actor("cw1", "Anna Holm", "caseworker")
CW2 = Actor("cw2", "Bo Lund", "caseworker")
PEOPLE = ("P-0001", "P-0002", "P-0003")
FIELDS = ("phone", "email", "address")


def build_server(db: Database) -> None:
    with db.unit_of_work() as s:
        for a in (LEAD, CW1, CW2):
            accounts.add_user(s, SYSTEM, a.key, a.name, a.role, PASSWORD)
        projects.create(s, LEAD, {"key": "HF", "name": "Housing First"}, contract())
        projects.create(s, LEAD, {"key": "OTHER", "name": "Another project"}, contract())
        for a in (CW1, CW2):
            access.grant(s, LEAD, a.key, "HF")
        for key, worker in zip(PEOPLE, ("cw1", "cw1", "cw2"), strict=True):
            referrals.refer(
                s,
                LEAD,
                {"key": key, "first_name": f"Navn {key}", "phone": "10000000"},
                {
                    "project": "HF",
                    "referred_on": "2024-01-02",
                    "enrolled_on": "2024-01-10",
                    "key_worker": worker,
                },
            )
            case_records.add(s, LEAD, key, "task", {"title": "Ring op", "due_on": "2024-02-01"})
        referrals.refer(
            s, LEAD, {"key": "P-0900", "first_name": "Udenfor"},
            {"project": "OTHER", "referred_on": "2024-01-02"},
        )  # fmt: skip


def opener(server: Database) -> Callable[[str], Database]:
    """How a laptop in the tests reaches its server: the server's own address."""
    return lambda _address: open_database(server.url, upgrade=False)


def checkout(server: Database, actor: Actor, path: Path, mode: str = "project:HF") -> Database:
    run.checkout(server, actor, path, server_address=str(server.url), mode=mode)
    return open_database(path)


def sync(laptop: Database, server: Database, **kw: Any) -> run.Synced:
    return run.sync(laptop, PASSWORD, open_server=opener(server), **kw)


def person_values(db: Database, key: str) -> dict[str, Any]:
    with db.reader() as s:
        person = s.scalar(select(Participant).where(Participant.key == key))
        assert person is not None
        return {f: getattr(person, f) for f in FIELDS}


def contact_uuids(db: Database) -> set[str]:
    with db.reader() as s:
        return set(s.scalars(select(Contact.uuid)))


def edit_person(db: Database, actor: Actor, key: str, **changes: Any) -> None:
    with db.unit_of_work() as s:
        person = participants.open_file(s, actor, key)
        participants.update(s, actor, key, person.version, changes)


def add_contact(db: Database, actor: Actor, key: str, at: str) -> str:
    with db.unit_of_work() as s:
        record = case_records.add(
            s, actor, key, "contact", {"at": at, "mode": "phone", "staff": actor.key}
        )
        return record.uuid
