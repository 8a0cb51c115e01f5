"""Calendar quarters on dates: the one place the dashboard, the reports and the engine take
them from."""

from __future__ import annotations

from datetime import date

import pytest

from caseapp.outcomes.weeks import (
    first_day_of_quarter,
    last_day_of_quarter,
    parse_quarter,
    quarter_ends,
    quarter_index,
    quarter_label,
    quarter_start,
)


@pytest.mark.parametrize(
    ("day", "first", "last"),
    [
        (date(2024, 2, 10), date(2024, 1, 1), date(2024, 3, 31)),
        (date(2024, 7, 1), date(2024, 7, 1), date(2024, 9, 30)),
        (date(2024, 12, 31), date(2024, 10, 1), date(2024, 12, 31)),
    ],
)
def test_a_quarter_runs_from_its_first_to_its_last_day(day: date, first: date, last: date) -> None:
    index = quarter_index(day)
    assert first_day_of_quarter(index) == quarter_start(day) == first
    assert last_day_of_quarter(index) == last


def test_a_label_reads_back_as_its_quarter() -> None:
    for index in range(2020 * 4, 2030 * 4):
        assert parse_quarter(quarter_label(index)) == index
    assert parse_quarter("2025Q1") == quarter_index(date(2025, 3, 31))


def test_quarter_ends_run_to_the_day_asked_for() -> None:
    assert quarter_ends(date(2023, 11, 5), date(2024, 5, 2)) == [
        ("2023Q4", date(2023, 12, 31)),
        ("2024Q1", date(2024, 3, 31)),
        ("2024Q2", date(2024, 5, 2)),
    ]
    assert quarter_ends(date(2024, 3, 31), date(2024, 3, 31)) == [("2024Q1", date(2024, 3, 31))]
    assert quarter_ends(date(2024, 4, 1), date(2024, 3, 31)) == []
