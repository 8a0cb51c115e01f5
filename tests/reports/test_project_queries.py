"""The council report's contact figures are the same whichever way the database is read."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from caseapp.reports import project_queries
from caseapp.storage.database import Database
from caseapp.storage.models import Contact, Project


@pytest.mark.parametrize("as_of", [date(2024, 3, 31), date(2024, 6, 30)])
def test_both_ways_of_grouping_contacts_count_the_same(
    sample: Database, monkeypatch: pytest.MonkeyPatch, as_of: date
) -> None:
    with sample.reader() as session:
        project_id = session.scalar(select(Project.id).where(Project.key == "DEMO-HF"))
        assert project_id is not None
        ways = {}
        for most in (True, False):
            monkeypatch.setattr(project_queries, "_holds_most_people", lambda *_a, most=most: most)
            ways[most] = project_queries.contacts(session, project_id, as_of)
        recorded = session.scalar(select(func.count()).select_from(Contact))
    assert ways[True] == ways[False]
    assert 0 < ways[True].total <= (recorded or 0)
    assert sum(n for n, _recent in ways[True].by_mode.values()) == ways[True].total
