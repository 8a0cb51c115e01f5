"""Only a database marked as a demo shows its accounts before sign-in."""

from __future__ import annotations

from caseapp.services import demo_accounts
from caseapp.services.actor import Actor
from caseapp.storage.database import Database
from caseapp.storage.models import Setting


def test_an_ordinary_database_shows_no_accounts(db: Database, worker: Actor) -> None:
    with db.reader() as s:
        assert not demo_accounts.is_demo(s)
        assert demo_accounts.demo_accounts(s) == []


def test_a_demo_database_lists_its_active_accounts(db: Database, worker: Actor) -> None:
    with db.unit_of_work() as s:
        s.add(Setting(key=demo_accounts.DEMO_SETTING, value="1"))
    with db.reader() as s:
        found = [(a.key, a.role) for a in demo_accounts.demo_accounts(s)]
    assert sorted(found) == [("admin", "admin"), ("lead", "team_lead"), ("mmp", "coordinator")]
