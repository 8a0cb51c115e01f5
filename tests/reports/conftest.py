"""A SQLite database holding the worked example, for the report tests."""

from __future__ import annotations

import pytest

from caseapp.services.actor import Actor
from caseapp.storage.database import Database
from tests.reports.sample_db import load_sample

LEAD = Actor("lead", "Erik Kaastrup", "team_lead")


@pytest.fixture
def sample(sqlite_db: Database) -> Database:
    load_sample(sqlite_db, LEAD)
    return sqlite_db
