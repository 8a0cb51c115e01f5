"""The success history: the count of rule 12 at each quarter's end, as the engine has it."""

from __future__ import annotations

from datetime import date

from caseapp.outcomes import compute
from caseapp.outcomes.history import curve_start, success_history
from tests.outcomes.dataset_facts import facts_from_dataset, load_json


def test_each_point_is_the_engines_count_as_of_that_day() -> None:
    contract, people = facts_from_dataset(load_json("sample-dataset.json"), "DEMO-HF")
    as_of = date(2024, 6, 30)
    points = success_history(contract, people, "DEMO-HF", date(2022, 5, 1), as_of)
    assert points[0].quarter == "2022Q2" and points[0].day == date(2022, 6, 30)
    assert points[-1].day == as_of
    for point in points:
        assert point.succeeded == compute(contract, people, point.day, "DEMO-HF").success.succeeded
    assert points[-1].succeeded == 5


def test_the_curve_starts_at_the_project_start_else_the_first_enrolment_or_referral() -> None:
    contract, people = facts_from_dataset(load_json("sample-dataset.json"), "DEMO-HF")
    assert curve_start(date(2020, 1, 1), contract, people) == date(2020, 1, 1)
    first = min(p.enrolment.enrolled_on or p.enrolment.referred_on for p in people)
    assert curve_start(None, contract, people) == first
    assert curve_start(None, contract, []) == contract.payment_end
