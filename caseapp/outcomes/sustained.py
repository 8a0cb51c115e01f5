"""Rules 10-11: the one-off metrics, paid once per participant who reaches a sustained run."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from caseapp.outcomes.contract import ActivitySustainedMetric, HousingSustainedMetric
from caseapp.outcomes.prepared import Prepared
from caseapp.outcomes.result import OneOffQuarter, SustainedParticipant, SustainedResult
from caseapp.outcomes.spans import first_run_reaching, join_runs, qualifying_weeks
from caseapp.outcomes.weeks import quarter_index, quarter_label

ZERO = Decimal(0)


def activity_week_runs(
    metric: ActivitySustainedMetric, person: Prepared, first: int, last: int
) -> list[tuple[int, int]]:
    """Rules 4-5 with the metric's own types: runs of consecutive qualifying weeks, in order."""
    if last < first:
        return []
    types, min_hours, require_verified = (
        frozenset(metric.activity_types),
        metric.min_hours_per_week,
        metric.require_verified,
    )
    spans = [
        (first_week, last_week)
        for first_week, last_week, _ in qualifying_weeks(
            person.activities, types, min_hours, require_verified, first, last
        )
    ]
    # Week spans that touch (one ends in week w, the next starts in w + 1) are consecutive weeks.
    return join_runs(spans)


def activity_achieved_on(runs: list[tuple[int, int]], min_weeks: int) -> date | None:
    """Rule 10: the Monday of the week that completes the first run of `min_weeks` weeks."""
    start = first_run_reaching(runs, min_weeks)
    return None if start is None else date.fromordinal(7 * (start + min_weeks - 1) + 1)


def housing_runs(
    housing_types: frozenset[str], person: Prepared, first: int, last: int
) -> list[tuple[int, int]]:
    """Rules 11 and 15: spells of the given types clipped to first..last, joined into runs."""
    if last < first:
        return []
    spans = []
    for kind, start, end in person.housing:
        if kind in housing_types:
            start = max(start, first)
            end = min(end, last)
            if start <= end:
                spans.append((start, end))
    return join_runs(spans)


def housing_achieved_on(runs: list[tuple[int, int]], min_days: int) -> date | None:
    """Rule 11: `run start + min_days - 1` for the first run that lasts `min_days`."""
    start = first_run_reaching(runs, min_days)
    return None if start is None else date.fromordinal(start + min_days - 1)


def sustained_figures(
    metric: ActivitySustainedMetric | HousingSustainedMetric,
    people: Sequence[Prepared],
    windows: Sequence[tuple[int, int]],
) -> tuple[SustainedResult, dict[str, int], set[str]]:
    """The metric's figures, each participant's qualifying weeks, and who achieved it."""
    window_days = None if metric.window_weeks is None else 7 * metric.window_weeks
    is_activity = isinstance(metric, ActivitySustainedMetric)
    housing_types = (
        frozenset(metric.housing_types) if isinstance(metric, HousingSustainedMetric) else None
    )
    achieved_per_quarter: dict[int, int] = defaultdict(int)
    rows: list[SustainedParticipant] = []
    qualifying_by_key: dict[str, int] = {}
    achievers: set[str] = set()
    for person, (first, last) in zip(people, windows, strict=True):
        if window_days is not None:
            last = min(last, first + window_days - 1)
        qualifying: int | None = None
        if isinstance(metric, ActivitySustainedMetric):
            runs = activity_week_runs(metric, person, first, last)
            qualifying = sum(b - a + 1 for a, b in runs)
            qualifying_by_key[person.key] = qualifying
            achieved_on = activity_achieved_on(runs, metric.min_consecutive_weeks)
        else:
            assert housing_types is not None
            runs = housing_runs(housing_types, person, first, last)
            achieved_on = housing_achieved_on(runs, metric.min_days)
        amount = ZERO
        if achieved_on is not None:
            amount = metric.amount
            achievers.add(person.key)
            achieved_per_quarter[quarter_index(achieved_on)] += 1
        rows.append(SustainedParticipant(person.key, qualifying, achieved_on, amount))
    by_quarter = tuple(
        OneOffQuarter(quarter_label(q), n, n * metric.amount)
        for q, n in sorted(achieved_per_quarter.items())
    )
    result = SustainedResult(
        id=metric.id,
        kind=metric.kind,
        qualifying_weeks=sum(qualifying_by_key.values()) if is_activity else None,
        achieved=len(achievers),
        amount=len(achievers) * metric.amount,
        by_quarter=by_quarter,
        by_participant=tuple(rows),
    )
    return result, qualifying_by_key, achievers
