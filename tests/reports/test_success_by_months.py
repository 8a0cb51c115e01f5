"""Success by months since enrolment counts each cohort only once it has had that long."""

from __future__ import annotations

from datetime import date

from caseapp.outcomes import Enrolment, ParticipantFacts
from caseapp.outcomes.weeks import week_index
from caseapp.reports.success_by_months import months_after, success_by_months


def _person(key: str, enrolled: date) -> ParticipantFacts:
    return ParticipantFacts(key, Enrolment(enrolled, enrolled), (), ())


def test_cohorts_count_only_people_enrolled_that_long() -> None:
    as_of = date(2026, 1, 31)
    early = _person("A", date(2024, 1, 1))  # 25 months
    late = _person("B", date(2025, 9, 1))  # 5 months
    slow = _person("C", date(2024, 6, 1))  # 20 months, a success after 13
    weeks = {"A": week_index(date(2024, 4, 1)), "C": week_index(date(2025, 7, 1))}
    cohorts = {c.months: c for c in success_by_months([early, late, slow], weeks, as_of)}
    assert (cohorts[6].enrolled, cohorts[6].succeeded) == (2, 1)
    assert (cohorts[12].enrolled, cohorts[12].succeeded) == (2, 1)
    assert (cohorts[18].enrolled, cohorts[18].succeeded) == (2, 2)
    assert (cohorts[24].enrolled, cohorts[24].succeeded) == (1, 1)
    assert cohorts[36].enrolled == 0


def test_months_after_keeps_the_day_or_the_months_last() -> None:
    assert months_after(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert months_after(date(2024, 11, 15), 6) == date(2025, 5, 15)
