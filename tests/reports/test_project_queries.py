"""The council report's contact figures are the same whichever way the database is read: a
project's own contacts grouped, or every contact grouped less those that do not count."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from caseapp.reports import project_queries
from caseapp.reports.project_queries import ContactVolume
from caseapp.services import case_records
from caseapp.storage.database import Database
from caseapp.storage.models import Project
from tests.reports.conftest import LEAD

AS_OF = date(2024, 6, 30)
# (participant, when, mode, topics, minutes, counted as of AS_OF)
CONTACTS = [
    ("P-01", "2024-03-10T10:00", "in_person", ["housing", "health"], 45, True),
    ("P-02", "2024-06-20T09:30", "phone", ["employment"], 15, True),  # in the last 90 days
    ("P-04", "2023-12-20T13:00", "letter", ["finances"], None, True),  # exited later
    ("P-05", "2024-02-01T11:00", "phone", ["housing"], 20, False),  # never enrolled
    ("P-06", "2024-05-10T14:00", "video", ["health"], 30, False),  # enrolled after the day
    ("P-07", "2024-06-10T08:00", "text", ["network"], 5, False),  # before their enrolment
    ("P-03", "2024-07-05T10:00", "in_person", ["housing"], 60, False),  # after the day
]


def _both_ways(db: Database, monkeypatch: pytest.MonkeyPatch) -> dict[bool, ContactVolume]:
    with db.reader() as session:
        project_id = session.scalar(select(Project.id).where(Project.key == "DEMO-HF"))
        assert project_id is not None
        ways = {}
        for most in (True, False):
            monkeypatch.setattr(project_queries, "_holds_most_people", lambda *_a, most=most: most)
            ways[most] = project_queries.contacts(session, project_id, AS_OF)
    return ways


def test_both_ways_of_grouping_contacts_count_the_same(
    sample: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _both_ways(sample, monkeypatch)
    assert before[True] == before[False]
    with sample.unit_of_work() as session:
        for key, at, mode, topics, minutes, _counted in CONTACTS:
            fields = {"at": at, "mode": mode, "topics": topics, "duration_min": minutes}
            case_records.add(session, LEAD, key, "contact", fields)
    after = _both_ways(sample, monkeypatch)
    assert after[True] == after[False]
    grown, was = after[True], before[True]
    assert grown.total - was.total == sum(c[5] for c in CONTACTS) == 3
    assert grown.recent - was.recent == 1
    assert grown.minutes - was.minutes == 60
    assert grown.by_mode["letter"][0] - was.by_mode.get("letter", (0, 0))[0] == 1
    assert "video" not in grown.by_mode and "text" not in grown.by_mode  # taken away again
    assert grown.by_topic["housing"][0] - was.by_topic["housing"][0] == 1
