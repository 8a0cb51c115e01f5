"""A small caseload built through the services, dated relative to a given day.

Shared by the service tests and the GUI tests: five people in two projects, with the situations a
case worker's overview is about (not seen, overdue task, job without evidence, an exit).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from caseapp.services import case_records, participants, projects
from caseapp.services.actor import Actor
from caseapp.storage.database import Database
from tests.grants import grant_every_project


def _day(today: date, days_ago: int) -> str:
    return (today - timedelta(days=days_ago)).isoformat()


def _at(today: date, days_ago: int, hour: int = 10) -> str:
    return datetime.combine(today - timedelta(days=days_ago), time(hour)).strftime("%Y-%m-%dT%H:%M")


def build(db: Database, worker: Actor, lead: Actor, today: date) -> None:
    """P-0001..P-0005; the worker (mmp) is key worker for all but P-0003."""
    with db.unit_of_work() as s:
        projects.create(s, lead, {"key": "AAR-HF", "name": "Housing First Aarhus"})
        projects.create(s, lead, {"key": "AAL-SIB", "name": "Social obligation Aalborg"})
        grant_every_project(s)
        people = [
            ("Sara", "Nielsen", "010203-4321"),
            ("Ali", "Hassan", "150599-1234"),
            ("Jonas", "Berg", None),
            ("Maja", "Holm", None),
            ("Emil", "Sørensen", None),
        ]
        for first, last, number in people:
            participants.create(s, worker, {"first_name": first, "last_name": last, "cpr": number})

        def add(key: str, kind: str, **raw: object) -> None:
            case_records.add(s, worker, key, kind, raw)

        add(
            "P-0001",
            "enrolment",
            project="AAR-HF",
            referred_on=_day(today, 200),
            enrolled_on=_day(today, 190),
            consent_on=_day(today, 190),
            key_worker="mmp",
        )
        add("P-0001", "housing", type="couch_surfing", start=_day(today, 60))
        add(
            "P-0001",
            "contact",
            at=_at(today, 20),
            mode="in_person",
            location="public_place",
            staff="mmp",
            topics=["housing"],
            note="Met at the cafe.\nTalked about flats.",
        )
        add(
            "P-0001",
            "task",
            title="Call the housing association",
            due_on=_day(today, 1),
            assigned_to="mmp",
        )

        add(
            "P-0002",
            "enrolment",
            project="AAR-HF",
            referred_on=_day(today, 300),
            enrolled_on=_day(today, 290),
            key_worker="mmp",
        )
        add(
            "P-0002",
            "housing",
            type="temporary_housing",
            start=_day(today, 200),
            end=_day(today, 90),
        )
        add("P-0002", "housing", type="homeless_hostel", start=_day(today, 100))
        add(
            "P-0002",
            "activity",
            type="flex_job",
            start=_day(today, 30),
            employer="Bakery",
            hours_per_week=15,
        )
        add("P-0002", "contact", at=_at(today, 2), mode="phone", staff="mmp", topics=["employment"])

        add(
            "P-0003",
            "enrolment",
            project="AAL-SIB",
            referred_on=_day(today, 400),
            enrolled_on=_day(today, 380),
            key_worker="lead",
        )
        add("P-0003", "housing", type="own_tenancy", start=_day(today, 365))
        add("P-0003", "contact", at=_at(today, 1), mode="in_person", staff="lead")

        add(
            "P-0004",
            "enrolment",
            project="AAR-HF",
            referred_on=_day(today, 5),
            referral_source="shelter",
            key_worker="mmp",
        )

        add(
            "P-0005",
            "enrolment",
            project="AAL-SIB",
            referred_on=_day(today, 700),
            enrolled_on=_day(today, 690),
            exited_on=_day(today, 10),
            exit_reason="completed",
            key_worker="mmp",
        )
        add("P-0005", "contact", at=_at(today, 40), mode="letter", staff="mmp")
