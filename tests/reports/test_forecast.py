"""The verdict follows the trajectory, not the target spread evenly over the contract."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from types import SimpleNamespace
from typing import cast

from caseapp.outcomes.contract import Contract
from caseapp.outcomes.result import OutcomeResult
from caseapp.reports.forecast import forecast, investor

START = date(2024, 1, 1)
END = date(2026, 12, 31)
AS_OF = date(2025, 12, 31)


def test_flat_for_a_year_is_not_ahead_however_many_succeeded_early() -> None:
    # The issue: "ahead: 55 vs 45" while nothing has moved for months and 60 are needed.
    points = [(date(2024, 6, 30), 40), (date(2024, 12, 31), 55), (date(2025, 6, 30), 55)]
    f = forecast(points, 55, 60, START, AS_OF, END)
    assert f.expected == 55  # no success in the last year: none to come at that pace
    assert f.low == 55 and f.high is not None and f.high > 60
    assert f.code == "at_risk"


def test_a_steady_pace_that_reaches_the_target_is_on_track() -> None:
    points = [(date(2024, 12, 31), 10)]
    f = forecast(points, 22, 30, START, AS_OF, END)
    assert f.expected is not None and f.expected >= 30
    assert f.code == "on_track"


def test_too_slow_whichever_pace_is_off_track() -> None:
    f = forecast([(date(2024, 12, 31), 3)], 6, 40, START, AS_OF, END)
    assert f.code == "off_track" and f.high is not None and f.high < 40


def test_a_target_reached_says_so_and_a_hidden_count_forecasts_nothing() -> None:
    assert forecast([], 60, 60, START, AS_OF, END).code == "met"
    assert forecast([], None, 60, START, AS_OF, END).code == "hidden"
    assert forecast([], 10, 60, START, END, END).code == "ended"


def test_a_tiny_repayment_early_on_puts_break_even_past_the_contract_without_overflow() -> None:
    # One krone earned in the first days against a DKK 23.2 m investment: at that pace the
    # break-even day lies billions of days ahead, beyond any date; the report says "not within
    # the contract" instead of failing.
    contract = SimpleNamespace(
        investment=Decimal("23200000"),
        payment_end=END,
        metrics=(),
        baseline_rate=0.1,
    )
    figures = SimpleNamespace(
        total_amount=Decimal("0.01"),
        gross_saving=None,
        participants=SimpleNamespace(counted=3),
    )
    result = investor(cast(Contract, contract), cast(OutcomeResult, figures), START, START, 0)
    assert result.break_even is None and not result.break_even_reached
    assert result.forecast_end is not None and result.forecast_end < Decimal("20")
