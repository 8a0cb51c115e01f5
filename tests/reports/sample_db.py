"""Putting a dataset-v1 document into a test database through the services, as a user would.

Staff are added without passwords (no Argon2 hashing in tests); everything else goes through
the same validation, permission checks and audit as the GUI.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from sqlalchemy import select

from caseapp.domain.fields import PARTICIPANT_LISTS, PERSON_FIELDS
from caseapp.services import case_records, participants, projects
from caseapp.services.actor import Actor
from caseapp.storage.database import Database
from caseapp.storage.models import Staff
from tests.grants import grant_every_project

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def sample_document() -> dict[str, Any]:
    """A fresh copy of tests/fixtures/sample-dataset.json, safe to change."""
    return copy.deepcopy(json.loads((FIXTURES / "sample-dataset.json").read_text("utf-8")))


def load_document(db: Database, actor: Actor, doc: dict[str, Any]) -> None:
    with db.unit_of_work() as session:
        for staff in doc.get("staff", []):
            if session.scalar(select(Staff.id).where(Staff.key == staff["key"])) is None:
                session.add(Staff(key=staff["key"], name=staff["name"], role=staff["role"]))
        session.flush()
        for project in doc.get("projects", []):
            raw = {k: v for k, v in project.items() if k != "contract"}
            projects.create(session, actor, raw, project.get("contract"))
        grant_every_project(session)
        for person in doc.get("participants", []):
            raw = {k: person[k] for k in PERSON_FIELDS if k in person}
            participants.create(session, actor, raw)
            for list_name, kind in PARTICIPANT_LISTS.items():
                for item in person.get(list_name, []):
                    case_records.add(session, actor, person["key"], kind, item)


def load_sample(db: Database, actor: Actor) -> dict[str, Any]:
    doc = sample_document()
    load_document(db, actor, doc)
    return doc
