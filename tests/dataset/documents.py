"""Dataset documents for the tests: the worked example, comparisons that ignore what may differ."""

from __future__ import annotations

import copy
import hashlib
import json
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from caseapp.domain import cpr
from caseapp.domain.fields import PARTICIPANT_LISTS
from caseapp.services import documents
from caseapp.storage.database import Database
from caseapp.storage.models import (
    ActivitySpell,
    AuditEntry,
    Contact,
    ContractRevision,
    Document,
    Enrolment,
    Goal,
    HousingSpell,
    Participant,
    Project,
    Setting,
    Staff,
    Support,
    Task,
)

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SAMPLE = FIXTURES / "sample-dataset.json"
TABLES = (
    Staff,
    Project,
    ContractRevision,
    Participant,
    Enrolment,
    Contact,
    HousingSpell,
    ActivitySpell,
    Support,
    Goal,
    Task,
    AuditEntry,
    Setting,
)


def sample() -> dict[str, Any]:
    """A fresh copy of the worked example (tests change it freely)."""
    doc: dict[str, Any] = json.loads(SAMPLE.read_text(encoding="utf-8"))
    return doc


def rich_sample() -> dict[str, Any]:
    """The worked example with every optional personal and free-text field filled in."""
    doc = sample()
    doc["staff"][0]["email"] = "mette.pedersen@example.dk"
    for i, p in enumerate(doc["participants"]):
        p["phone"] = f"+45 2030 40{i:02d}"
        p["email"] = f"person{i}@mail.example"
        p["address"] = f"Grøndalsvej {i + 3}, 8260 Viby J"
        p.setdefault("cpr", f"{(i % 27) + 1:02d}0695-12{i:02d}")
        for j, spell in enumerate(p.get("housing", [])):
            spell["address"] = f"Vestergade {i * 10 + j}, Aarhus"
            spell["note"] = f"Landlord Hr. Birk{i}{j} is friendly"
        for j, spell in enumerate(p.get("activities", [])):
            spell["employer"] = f"Værksted Nord {i}{j}"
            spell["evidence"] = f"lønseddel fra Jens Hald {i}{j}"
            spell["note"] = f"Started slowly, boss Ulla{i}{j}"
        p.setdefault("supports", []).append(
            {"type": "mentor", "start": "2023-05-01", "provider": f"Mentor Kirsten Alm {i}"}
        )
        p.setdefault("contacts", []).append(
            {
                "at": "2023-06-01T09:15",
                "mode": "phone",
                "note": f"Mother Birgitte{i} called about the debt",
            }
        )
        p.setdefault("goals", []).append(
            {
                "title": f"Visit sister Camilla{i} every month",
                "area": "network",
                "created_on": "2023-05-01",
                "status": "open",
                "note": f"Camilla{i} lives in Randers",
            }
        )
        p.setdefault("tasks", []).append(
            {"title": f"Ring to Dr. Holmgaard{i}", "note": f"about the pills {i}"}
        )
    return doc


def personal_values(doc: dict[str, Any]) -> list[str]:
    """Every name, number and free text in `doc` that a pseudonymised export must not hold."""
    out = [s["name"] for s in doc["staff"]] + [s["email"] for s in doc["staff"] if s.get("email")]
    for p in doc["participants"]:
        for name in ("first_name", "last_name", "cpr", "phone", "email", "address", "birth_date"):
            if p.get(name):
                out.append(p[name])
        for list_name, fields in (
            ("contacts", ("note",)),
            ("housing", ("address", "note")),
            ("activities", ("employer", "evidence", "note")),
            ("supports", ("provider", "note")),
            ("goals", ("title", "note")),
            ("tasks", ("title", "note")),
        ):
            for record in p.get(list_name, []):
                out += [record[f] for f in fields if record.get(f)]
    return out


_DEFAULTS: dict[str, Any] = {"verified": False, "topics": []}


def _record(record: dict[str, Any]) -> dict[str, Any]:
    return {
        k: v
        for k, v in record.items()
        if v is not None and not (k in _DEFAULTS and v == _DEFAULTS[k])
    }


def normalise(doc: dict[str, Any]) -> dict[str, Any]:
    """What dataset-v1 calls the same document: no empty optional keys, lists in one order.

    A birth date that is the one the CPR number holds counts as its default, as does a birth
    year beside a birth date; `exported_at` is a stamp, not data.
    """
    doc = copy.deepcopy(doc)
    doc.pop("exported_at", None)
    doc["staff"] = sorted((_record(s) for s in doc.get("staff", [])), key=lambda s: s["key"])
    doc["projects"] = sorted((_record(p) for p in doc.get("projects", [])), key=lambda p: p["key"])
    people = []
    for p in doc.get("participants", []):
        person = _record(p)
        number = person.get("cpr")
        if number and person.get("birth_date") == str(cpr.birth_date(number)):
            del person["birth_date"]
        if "birth_date" in person:
            person.pop("birth_year", None)
        for list_name in PARTICIPANT_LISTS:
            records = [_record(r) for r in person.pop(list_name, [])]
            if records:
                person[list_name] = sorted(records, key=lambda r: json.dumps(r, sort_keys=True))
        people.append(person)
    doc["participants"] = sorted(people, key=lambda p: p["key"])
    return doc


def row_counts(db: Database) -> dict[str, object]:
    """How many rows each table holds, and the last audit hash: what "nothing written" means."""
    with db.reader() as session:
        counts: dict[str, object] = {
            model.__tablename__: session.scalar(select(func.count()).select_from(model)) or 0
            for model in TABLES
        }
        last = session.scalar(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1))
    counts["last audit hash"] = last
    return counts


def many_participants(doc: dict[str, Any], copies: int) -> dict[str, Any]:
    """The example's participants repeated under new keys, for volume."""
    out = copy.deepcopy(doc)
    out["participants"] = []
    for n in range(copies):
        for p in doc["participants"]:
            clone = copy.deepcopy(p)
            clone["key"] = f"{p['key']}-{n:04d}"
            out["participants"].append(clone)
    return out


def attach_as_the_program_does(
    s: Session,
    key: str,
    name: str,
    content: bytes,
    what: str,
    spell: tuple[str, int] | None = None,
) -> None:
    """A document as `documents.attach` keeps it (without its permission and audit steps);
    `spell` (kind, id) when it is evidence for one."""
    person = s.scalars(select(Participant).where(Participant.key == key)).one()
    s.add(
        Document(
            participant_id=person.id,
            what=what,
            spell_kind=spell[0] if spell else None,
            spell_id=spell[1] if spell else None,
            filename=name,
            media_type=documents.media_type_of(content) or "",
            size=len(content),
            sha256=hashlib.sha256(content).hexdigest(),
            content=content,
        )
    )
