"""The worked example (tests/fixtures/sample-dataset.json) imported into a test database, and
the people who look at it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from caseapp.dataset import import_document
from caseapp.services.actor import Actor
from caseapp.storage.database import Database

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
# Staff of the worked example (they have no passwords: nobody signs in in these tests).
LEAD = Actor("lead", "Erik Kaastrup", "team_lead")
COORDINATOR = Actor("mmp", "Mette Mondrup Pedersen", "coordinator")
CASEWORKER = Actor("jh", "Jonas Holm", "caseworker")


def load_json(name: str) -> Any:
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


def load_sample(db: Database) -> None:
    """Import the worked example as a team lead would (`caseapp import`)."""
    import_document(db, LEAD, load_json("sample-dataset.json"))
