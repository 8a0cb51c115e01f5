"""ISO-week and calendar-quarter arithmetic on day ordinals, as the outcome rules count time.

Week index = (ordinal - 1) // 7: ordinal 1 (0001-01-01) is a Monday, so each index is one ISO week.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache

# Ordinal of the last representable day; stands for an open end ("still running").
OPEN_END: int = date.max.toordinal()


def week_index(day: date) -> int:
    """The Monday-based week index holding `day`."""
    return (day.toordinal() - 1) // 7


def monday_of_week(week: int) -> date:
    """The Monday of week index `week`."""
    return date.fromordinal(7 * week + 1)


def monday_of(day: date) -> date:
    """The Monday of the ISO week holding `day`."""
    return date.fromordinal(day.toordinal() - day.weekday())


def iso_week_label(week: int) -> str:
    """The ISO label of week index `week`, e.g. "2023-W10" (ISO year, which may differ)."""
    year, number, _ = monday_of_week(week).isocalendar()
    return f"{year}-W{number:02d}"


def quarter_index(day: date) -> int:
    """A running number for the calendar quarter holding `day` (year * 4 + quarter - 1)."""
    return day.year * 4 + (day.month - 1) // 3


def quarter_label(index: int) -> str:
    """The label of a quarter index, e.g. "2025Q1"."""
    return f"{index // 4}Q{index % 4 + 1}"


def parse_quarter(label: str) -> int:
    """The quarter index of a label such as "2025Q1" (the inverse of `quarter_label`)."""
    year, _, number = label.partition("Q")
    return int(year) * 4 + int(number) - 1


def first_day_of_quarter(index: int) -> date:
    return date(index // 4, index % 4 * 3 + 1, 1)


def quarter_start(day: date) -> date:
    """The first day of the calendar quarter holding `day`."""
    return first_day_of_quarter(quarter_index(day))


def last_day_of_quarter(index: int) -> date:
    return first_day_of_quarter(index + 1) - timedelta(days=1)


def quarter_ends(first: date, last: date) -> list[tuple[str, date]]:
    """(label, day) for each calendar quarter from `first`'s to `last`'s: its last day, and
    `last` itself for the last one (a running quarter is counted up to that day)."""
    return [
        (quarter_label(index), min(last_day_of_quarter(index), last))
        for index in range(quarter_index(first), quarter_index(last) + 1)
    ]


def quarter_of_date(day: date) -> str:
    """The quarter label of a day (one-off payments belong to their achievement date, rule 8)."""
    return quarter_label(quarter_index(day))


@cache
def quarter_index_of_week(week: int) -> int:
    """The quarter index of a week: the quarter that holds its Thursday (rule 8)."""
    return quarter_index(date.fromordinal(7 * week + 4))


def quarter_of_week(week: int) -> str:
    """The quarter label of a week, by its Thursday: the week of 2024-12-30 is "2025Q1"."""
    return quarter_label(quarter_index_of_week(week))


@cache
def first_week_of_quarter(index: int) -> int:
    """The first week index whose Thursday lies in quarter `index`."""
    first_day = first_day_of_quarter(index).toordinal()
    # Ordinal 4 (0001-01-04) is a Thursday, so Thursdays are the ordinals = 4 (mod 7).
    thursday = first_day + (4 - first_day) % 7
    return (thursday - 1) // 7


def split_by_quarter(first: int, last: int) -> list[tuple[int, int]]:
    """Split the weeks `first..last` into (quarter index, number of weeks), in time order."""
    pieces: list[tuple[int, int]] = []
    week = first
    while week <= last:
        quarter = quarter_index_of_week(week)
        end = min(last, first_week_of_quarter(quarter + 1) - 1)
        pieces.append((quarter, end - week + 1))
        week = end + 1
    return pieces
