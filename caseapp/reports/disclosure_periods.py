"""Quarters joined into periods, and points of a cumulative curve left out, so that what the
council sees over time never shows a group of 1 to 4 people.

Hiding quarter by quarter blanks most of a small project's table (one or two achievements a
quarter) and a hidden quarter can be worked out from the others and the total. Joining
consecutive quarters until each period holds 0 or at least 5 people keeps every printed figure
exact and every sum whole; the disclosure layer still checks the result with the rest.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from caseapp.reports.disclosure import THRESHOLD, is_small


def join_quarters(
    quarters: Sequence[str], publishable: Callable[[Sequence[str]], bool]
) -> list[tuple[str, ...]]:
    """Consecutive quarters joined until `publishable` holds for each period; a last period that
    never gets there joins the one before it."""
    periods: list[tuple[str, ...]] = []
    current: list[str] = []
    for quarter in quarters:
        current.append(quarter)
        if publishable(current):
            periods.append(tuple(current))
            current = []
    if current:
        if periods:
            periods[-1] = periods[-1] + tuple(current)
        else:
            periods.append(tuple(current))
    return periods


def curve_points(values: Sequence[int]) -> list[int]:
    """Indexes of the points of a cumulative count to draw: the last always, and going back, a
    point only where it and its step to the next drawn point are 0 or at least 5."""
    if not values:
        return []
    kept = [len(values) - 1]
    for i in range(len(values) - 2, -1, -1):
        step = values[kept[-1]] - values[i]
        if not is_small(values[i]) and (step == 0 or step >= THRESHOLD):
            kept.append(i)
    return sorted(kept)


def period_label(period: Sequence[str]) -> str:
    """ "2025Q3" for one quarter, "2025Q3-2026Q1" for several."""
    return period[0] if len(period) == 1 else f"{period[0]}-{period[-1]}"
