"""The interval primitives: windows, runs, and weeks at the highest tariff."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from caseapp.outcomes.facts import ActivitySpell
from caseapp.outcomes.spans import (
    activity_qualifies,
    first_run_reaching,
    join_runs,
    max_tariff_segments,
    window_bounds,
)


def test_window_is_the_earliest_of_as_of_payment_end_and_window_length() -> None:
    enrolled = date(2023, 1, 4)
    first, last = window_bounds(enrolled, date(2024, 1, 1), date(2030, 1, 1), 2)
    assert (date.fromordinal(first), date.fromordinal(last)) == (enrolled, date(2023, 1, 17))
    _, last = window_bounds(enrolled, date(2023, 1, 10), date(2030, 1, 1), None)
    assert date.fromordinal(last) == date(2023, 1, 10)
    _, last = window_bounds(enrolled, date(2024, 1, 1), date(2023, 1, 8), 52)
    assert date.fromordinal(last) == date(2023, 1, 8)
    first, last = window_bounds(enrolled, date(2024, 1, 1), date(2022, 12, 31), None)
    assert last < first  # empty window


def test_join_runs_joins_overlapping_and_next_day_spans_only() -> None:
    assert join_runs([(10, 20), (21, 30)]) == [(10, 30)]
    assert join_runs([(10, 20), (22, 30)]) == [(10, 20), (22, 30)]
    assert join_runs([(15, 40), (10, 20), (41, 41)]) == [(10, 41)]
    assert join_runs([(10, 50), (12, 20)]) == [(10, 50)]


def test_first_run_reaching() -> None:
    runs = [(1, 5), (10, 30)]
    assert first_run_reaching(runs, 5) == 1
    assert first_run_reaching(runs, 6) == 10
    assert first_run_reaching(runs, 22) is None


def test_max_tariff_segments_pays_each_week_once_at_the_highest_tariff() -> None:
    low, high = Decimal(700), Decimal(1000)
    assert max_tariff_segments([(1, 10, low), (5, 6, high)]) == [
        (1, 4, low),
        (5, 6, high),
        (7, 10, low),
    ]
    assert max_tariff_segments([(1, 3, high), (2, 9, high)]) == [(1, 9, high)]
    assert max_tariff_segments([(5, 6, low), (1, 2, high)]) == [(1, 2, high), (5, 6, low)]


def test_activity_qualifies_counts_missing_hours_as_zero() -> None:
    spell = ActivitySpell("ordinary_job", date(2023, 1, 2), None, None, True)
    assert activity_qualifies(spell, {"ordinary_job"}, 0, True)
    assert not activity_qualifies(spell, {"ordinary_job"}, 0.5, True)
    unverified = ActivitySpell("ordinary_job", date(2023, 1, 2), None, 37, False)
    assert not activity_qualifies(unverified, {"ordinary_job"}, 0, True)
    assert activity_qualifies(unverified, {"ordinary_job"}, 0, False)
    assert not activity_qualifies(unverified, {"education"}, 0, False)
