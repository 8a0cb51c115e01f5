"""The verdict follows the trajectory, not the target spread evenly over the contract."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal

from caseapp.outcomes import compute
from caseapp.reports.forecast import forecast, investor
from caseapp.services import outcome_figures
from caseapp.storage.database import Database

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


def test_a_few_ore_against_a_large_investment_breaks_even_never_not_with_an_error(
    sample: Database,
) -> None:
    # Found by the import fuzzer: the break-even day of a pace of øre lay past the year 9999.
    with sample.reader() as session:
        facts = outcome_figures.load_facts(session, "DEMO-HF")
    as_of = date(2024, 6, 30)
    figures = dataclasses.replace(
        compute(facts.contract, facts.participants, as_of, "DEMO-HF"),
        total_amount=Decimal("0.01"),
    )
    contract = dataclasses.replace(facts.contract, investment=Decimal(1_000_000_000))
    v = investor(contract, figures, date(2024, 1, 1), as_of, None)
    assert v.break_even is None and not v.break_even_reached
    paying = dataclasses.replace(figures, total_amount=Decimal(500_000_000))
    soon = investor(contract, paying, date(2024, 1, 1), as_of, None)
    assert soon.break_even is not None and soon.break_even <= contract.payment_end
