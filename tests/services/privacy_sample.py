"""Two people with recognisable personal data, for the privacy tests (audit, insight, erasure)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from caseapp.services import case_records, participants, projects
from caseapp.services.actor import Actor
from caseapp.storage.database import Database
from tests.grants import grant_every_project

FIXTURE = Path(__file__).parent.parent / "fixtures" / "sample-dataset.json"

# Values that must never leak, and must be gone after erasure.
CPR = "070791-1234"
OTHER_CPR = "121290-2345"
NAME = "Zacharias"
NOTE = "Sov i opgangen hos Kirsebærhaven"
OTHER_NOTE = "Hjalp med husleje-restance"


def contract() -> dict[str, Any]:
    data = json.loads(FIXTURE.read_text(encoding="utf-8"))
    project = data["projects"][0]
    assert isinstance(project["contract"], dict)
    return project["contract"]


def build(db: Database, worker: Actor, lead: Actor) -> tuple[str, str]:
    """Returns the keys of the person the tests look at and of somebody else."""
    with db.unit_of_work() as s:
        projects.create(s, lead, {"key": "HF", "name": "Housing First"}, contract())
        grant_every_project(s)
        person, _ = participants.create(
            s,
            worker,
            {
                "first_name": NAME,
                "last_name": "Quist",
                "cpr": CPR,
                "phone": "+45 2211 3344",
                "email": "zq@example.org",
                "address": "Vestergade 99, 8000 Aarhus C",
            },
        )
        other, _ = participants.create(
            s, worker, {"first_name": "Ylva", "last_name": "Ørum", "cpr": OTHER_CPR}
        )
        for key, note in ((person.key, NOTE), (other.key, OTHER_NOTE)):

            def add(kind: str, key: str = key, **raw: object) -> None:
                case_records.add(s, worker, key, kind, raw)

            add(
                "enrolment",
                project="HF",
                referred_on="2022-05-02",
                consent_on="2022-05-10",
                enrolled_on="2022-05-10",
                exited_on="2024-06-30",
                exit_reason="completed",
                key_worker="mmp",
            )
            add(
                "contact",
                at="2022-06-01T10:00",
                mode="in_person",
                location="public_place",
                staff="mmp",
                topics=["housing", "health"],
                note=note,
            )
            add("housing", type="couch_surfing", start="2022-05-01", end="2022-09-30", note=note)
            add(
                "housing",
                type="own_tenancy",
                start="2022-10-01",
                address="Bispehavevej 12, 8210 Aarhus V",
            )
            add(
                "activity",
                type="ordinary_job",
                start="2022-11-01",
                end="2023-10-31",
                hours_per_week=30,
                employer="Café Kirsebær ApS",
                verified=True,
                evidence="Lønseddel november",
                note=note,
            )
            add("support", type="mentor", start="2022-05-10", provider="Mentorhuset", note=note)
            add(
                "goal",
                title=f"{note}: egen bolig",
                area="housing",
                created_on="2022-05-10",
                status="achieved",
                achieved_on="2022-10-01",
                note=note,
            )
            add(
                "task",
                title=f"Ring til udlejer om {note}",
                due_on="2022-06-15",
                assigned_to="mmp",
                note=note,
            )
        return person.key, other.key
