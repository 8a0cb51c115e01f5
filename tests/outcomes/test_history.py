"""The success history: the count of rule 12 at each quarter's end, as the engine has it. The
dashboard and the council report both draw this one curve."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from caseapp.outcomes import SuccessRule, compute
from caseapp.outcomes.history import curve_start, success_history
from tests.outcomes.dataset_facts import facts_from_dataset, load_json
from tests.outcomes.synthetic import (
    AS_OF,
    PROJECT_START,
    synthetic_contract,
    synthetic_participants,
)


def test_each_point_is_the_engines_count_as_of_that_day() -> None:
    contract, people = facts_from_dataset(load_json("sample-dataset.json"), "DEMO-HF")
    as_of = date(2024, 6, 30)
    points = success_history(contract, people, "DEMO-HF", date(2022, 5, 1), as_of)
    assert points[0].quarter == "2022Q2" and points[0].day == date(2022, 6, 30)
    assert points[-1].day == as_of
    for point in points:
        assert point.succeeded == compute(contract, people, point.day, "DEMO-HF").success.succeeded
    assert points[-1].succeeded == 5


@pytest.mark.parametrize(
    ("metric", "min_weeks"),
    [("work-edu", 1), ("work-edu", 26), ("job-13w", 1), ("housed-12m", 1)],
)
def test_the_curve_agrees_with_the_engine_for_every_kind_of_success(
    metric: str, min_weeks: int
) -> None:
    """Weekly successes are dated by their qualifying weeks, sustained ones by their achievement:
    each quarter's count must still be what the engine says on that day."""
    contract = dataclasses.replace(synthetic_contract(), success=SuccessRule(metric, min_weeks))
    people = synthetic_participants(300, seed=7)
    points = success_history(contract, people, "P", PROJECT_START, AS_OF)
    assert len(points) == 14  # 2021Q1 to 2024Q2
    engine = [compute(contract, people, p.day, "P").success.succeeded for p in points]
    assert [p.succeeded for p in points] == engine
    assert engine[0] < engine[-1]  # the curve does grow: the comparison is not of zeros


def test_a_day_before_the_start_gives_one_point() -> None:
    contract, people = facts_from_dataset(load_json("sample-dataset.json"), "DEMO-HF")
    points = success_history(contract, people, "DEMO-HF", date(2024, 1, 1), date(2022, 2, 3))
    assert [(p.quarter, p.day) for p in points] == [("2022Q1", date(2022, 2, 3))]


def test_the_curve_starts_at_the_project_start_else_the_first_enrolment_or_referral() -> None:
    contract, people = facts_from_dataset(load_json("sample-dataset.json"), "DEMO-HF")
    assert curve_start(date(2020, 1, 1), contract, people) == date(2020, 1, 1)
    first = min(p.enrolment.enrolled_on or p.enrolment.referred_on for p in people)
    assert curve_start(None, contract, people) == first
    assert curve_start(None, contract, []) == contract.payment_end
