"""ISO weeks and quarters as the rules count them (rule 5 weeks, rule 8 quarters)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from caseapp.outcomes.weeks import (
    first_week_of_quarter,
    iso_week_label,
    monday_of,
    monday_of_week,
    quarter_index,
    quarter_label,
    quarter_of_date,
    quarter_of_week,
    split_by_quarter,
    week_index,
)


def test_week_index_runs_monday_to_sunday() -> None:
    monday = date(2023, 3, 6)
    assert {week_index(monday + timedelta(days=i)) for i in range(7)} == {week_index(monday)}
    assert week_index(monday - timedelta(days=1)) == week_index(monday) - 1
    assert monday_of_week(week_index(date(2023, 3, 9))) == monday
    assert monday_of(date(2023, 3, 12)) == monday


@pytest.mark.parametrize(
    ("day", "label"),
    [
        (date(2023, 3, 6), "2023-W10"),
        (date(2024, 12, 30), "2025-W01"),  # ISO year of the week, not of the Monday
        (date(2021, 1, 3), "2020-W53"),
    ],
)
def test_iso_week_label(day: date, label: str) -> None:
    assert iso_week_label(week_index(day)) == label


@pytest.mark.parametrize(
    ("day", "quarter"),
    [
        (date(2024, 12, 30), "2025Q1"),  # Monday in 2024, Thursday 2025-01-02
        (date(2025, 1, 5), "2025Q1"),
        (date(2020, 12, 28), "2020Q4"),  # Thursday 2020-12-31
        (date(2021, 1, 3), "2020Q4"),  # Sunday of the same week
        (date(2023, 3, 27), "2023Q1"),  # Thursday 2023-03-30
        (date(2023, 4, 2), "2023Q1"),
        (date(2024, 4, 1), "2024Q2"),  # Thursday 2024-04-04
        (date(2019, 9, 30), "2019Q4"),  # Thursday 2019-10-03
    ],
)
def test_a_week_belongs_to_the_quarter_of_its_thursday(day: date, quarter: str) -> None:
    assert quarter_of_week(week_index(day)) == quarter


def test_a_date_belongs_to_its_own_quarter() -> None:
    assert quarter_of_date(date(2024, 12, 30)) == "2024Q4"
    assert quarter_label(quarter_index(date(2025, 1, 1))) == "2025Q1"


def test_first_week_of_quarter_is_the_first_with_its_thursday_inside() -> None:
    for year in range(2019, 2027):
        for q in range(4):
            index = year * 4 + q
            week = first_week_of_quarter(index)
            assert quarter_index(monday_of_week(week) + timedelta(days=3)) == index
            assert quarter_index(monday_of_week(week - 1) + timedelta(days=3)) == index - 1


def test_split_by_quarter_keeps_every_week_once() -> None:
    first, last = week_index(date(2022, 8, 1)), week_index(date(2024, 5, 27))
    pieces = split_by_quarter(first, last)
    assert sum(n for _, n in pieces) == last - first + 1
    assert [quarter_label(q) for q, _ in pieces][:2] == ["2022Q3", "2022Q4"]
    assert pieces[0][1] == 9  # Thursdays 2022-08-04 .. 2022-09-29
    assert split_by_quarter(first, first - 1) == []
