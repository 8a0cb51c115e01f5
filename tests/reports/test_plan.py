"""The plan line (the target pro rata for elapsed contract time) and the cumulative success
curve."""

from __future__ import annotations

from datetime import date

import pytest

from caseapp.outcomes import compute
from caseapp.reports.plan import PlanPeriod, quarter_end, success_curve
from tests.outcomes.dataset_facts import facts_from_dataset, load_json

PERIOD = PlanPeriod(date(2022, 1, 1), date(2023, 12, 31))  # 730 days


def test_quarter_end() -> None:
    assert quarter_end(date(2024, 2, 10)) == date(2024, 3, 31)
    assert quarter_end(date(2024, 12, 1)) == date(2024, 12, 31)
    assert quarter_end(date(2024, 7, 1)) == date(2024, 9, 30)


def test_the_curve_grows_and_ends_at_the_figures_of_the_day() -> None:
    contract, people = facts_from_dataset(load_json("sample-dataset.json"), "DEMO-HF")
    as_of = date(2024, 6, 30)
    result = compute(contract, people, as_of, "DEMO-HF")
    period = PlanPeriod(date(2022, 5, 1), contract.payment_end)
    points = success_curve(
        contract, people, result.success.participants, period, as_of, "DEMO-HF", 5, 3
    )
    assert points[0].quarter == "2022Q2" and points[-1].day == as_of
    assert points[-1].successes == result.success.succeeded == 5
    counts = [p.successes for p in points]
    assert counts == sorted(counts)
    # Each point is what the engine says as of that day.
    for p in points:
        assert p.successes == compute(contract, people, p.day, "DEMO-HF").success.succeeded
    assert points[-1].plan == pytest.approx(5 * period.elapsed(as_of))
