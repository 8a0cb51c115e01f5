"""The plan line (the target pro rata for elapsed contract time) beside the success curve."""

from __future__ import annotations

from datetime import date

import pytest

from caseapp.outcomes import compute
from caseapp.outcomes.history import success_history
from caseapp.reports.plan import PlanPeriod, plan_curve
from tests.outcomes.dataset_facts import facts_from_dataset, load_json


def test_the_curve_grows_and_ends_at_the_figures_of_the_day() -> None:
    contract, people = facts_from_dataset(load_json("sample-dataset.json"), "DEMO-HF")
    as_of = date(2024, 6, 30)
    result = compute(contract, people, as_of, "DEMO-HF")
    period = PlanPeriod(date(2022, 5, 1), contract.payment_end)
    history = success_history(contract, people, "DEMO-HF", period.start, as_of)
    points = plan_curve(history, period, 5, 3)
    assert points[0].quarter == "2022Q2" and points[-1].day == as_of
    assert points[-1].successes == result.success.succeeded == 5
    counts = [p.successes for p in points]
    assert counts == sorted(counts)
    # Each point is what the engine says as of that day.
    for p in points:
        assert p.successes == compute(contract, people, p.day, "DEMO-HF").success.succeeded
    assert points[-1].plan == pytest.approx(5 * period.elapsed(as_of))
    assert points[0].baseline == pytest.approx(3 * period.elapsed(date(2022, 6, 30)))
