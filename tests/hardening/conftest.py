"""A team database for the hardening tests: an admin, a coordinator, a team lead, an evaluator
and two people with recognisable personal data."""

from __future__ import annotations

from pathlib import Path

import pytest

from caseapp.services import accounts
from caseapp.services.actor import Actor
from caseapp.storage.database import open_database
from tests.cli.conftest import run  # noqa: F401  (the fixture, for these tests too)
from tests.services import privacy_sample

PW = "secret-pw"
ADMIN = Actor("admin", "Admin", "admin")
LEAD = Actor("lead", "Erik", "team_lead")
WORKER = Actor("mmp", "Mette", "coordinator")


@pytest.fixture
def team(tmp_path: Path) -> Path:
    path = tmp_path / "team.db"
    db = open_database(path, create=True)
    with db.unit_of_work() as s:
        accounts.create_first_admin(s, "admin", "Admin", PW)
        accounts.add_user(s, ADMIN, "mmp", "Mette", "coordinator", PW)
        accounts.add_user(s, ADMIN, "lead", "Erik", "team_lead", PW)
        accounts.add_user(s, ADMIN, "eva", "Eva", "evaluator", PW)
    privacy_sample.build(db, WORKER, LEAD)
    db.dispose()
    return path
