"""The caseload report counts open and overdue tasks as they stood on its last day."""

from __future__ import annotations

from datetime import date

from caseapp.reports.caseload_report import caseload
from caseapp.services import case_records
from caseapp.storage.database import Database
from tests.reports.conftest import LEAD

LAST = date(2024, 6, 30)


def test_tasks_are_open_or_done_as_they_were_on_the_last_day(sample: Database) -> None:
    with sample.unit_of_work() as session:
        # Done after the day: still open (and overdue) on it.
        case_records.add(
            session,
            LEAD,
            "P-01",
            "task",
            {
                "title": "Bolig",
                "due_on": "2024-06-01",
                "done_on": "2024-07-10",
                "assigned_to": "mmp",
            },
        )
        # Done before the day: not open on it.
        case_records.add(
            session,
            LEAD,
            "P-01",
            "task",
            {"title": "Job", "due_on": "2024-06-01", "done_on": "2024-06-15", "assigned_to": "mmp"},
        )
    with sample.reader() as session:
        report = caseload(session, LEAD, "DEMO-HF", date(2024, 4, 1), LAST)
    assert sum(r.open_tasks for r in report.rows) == 1
    assert sum(r.overdue_tasks for r in report.rows) == 1
