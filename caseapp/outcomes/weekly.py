"""Rules 2 and 4-9: the figures of one `weekly_activity` metric over all counted participants."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from decimal import Decimal

from caseapp.outcomes.contract import WeeklyActivityMetric
from caseapp.outcomes.prepared import Prepared
from caseapp.outcomes.result import WeeklyParticipant, WeeklyQuarter, WeeklyResult
from caseapp.outcomes.spans import max_tariff_segments
from caseapp.outcomes.weeks import quarter_label, split_by_quarter

ZERO = Decimal(0)


def qualifying_segments(
    metric: WeeklyActivityMetric, person: Prepared, first: int, last: int
) -> list[tuple[int, int, Decimal]]:
    """Rules 4-6: disjoint (first week, last week, tariff) runs of qualifying weeks, in order.

    `first`..`last` is the window in day ordinals; a spell is clipped to it before its weeks are
    taken, so a week qualifies only through a day that lies both in the week and in the window.
    """
    if last < first:
        return []
    tariffs, min_hours, require_verified = (
        metric.tariffs,
        metric.min_hours_per_week,
        metric.require_verified,
    )
    segments = []
    for kind, start, end, hours, verified in person.activities:
        tariff = tariffs.get(kind)
        if tariff is None or hours < min_hours or (require_verified and not verified):
            continue
        start = max(start, first)
        end = min(end, last)
        if start <= end:
            segments.append(((start - 1) // 7, (end - 1) // 7, tariff))
    return max_tariff_segments(segments)


def capped_segments(
    segments: list[tuple[int, int, Decimal]], cap_weeks: int | None
) -> list[tuple[int, int, Decimal]]:
    """Rule 7: only the first `cap_weeks` qualifying weeks, in time order, are paid."""
    if cap_weeks is None:
        return segments
    paid = []
    left = cap_weeks
    for first, last, tariff in segments:
        if left <= 0:
            break
        weeks = min(last - first + 1, left)
        paid.append((first, first + weeks - 1, tariff))
        left -= weeks
    return paid


def weekly_figures(
    metric: WeeklyActivityMetric,
    people: Sequence[Prepared],
    windows: Sequence[tuple[int, int]],
) -> tuple[WeeklyResult, dict[str, int]]:
    """The metric's figures, and each participant's qualifying weeks (for success, rule 12).

    `windows[i]` is the rule 2 window of `people[i]` without `window_weeks`; the metric's own
    window length is applied here.
    """
    window_days = None if metric.window_weeks is None else 7 * metric.window_weeks
    # (quarter index, tariff) -> paid weeks; multiplied out once at the end.
    quarter_weeks: dict[tuple[int, Decimal], int] = defaultdict(int)
    quarter_people: dict[int, int] = defaultdict(int)
    rows: list[WeeklyParticipant] = []
    qualifying_by_key: dict[str, int] = {}
    for person, (first, last) in zip(people, windows, strict=True):
        if window_days is not None:
            last = min(last, first + window_days - 1)
        segments = qualifying_segments(metric, person, first, last)
        qualifying = sum(b - a + 1 for a, b, _ in segments)
        paid_weeks, amount = 0, ZERO
        paid_in: set[int] = set()
        for a, b, tariff in capped_segments(segments, metric.cap_weeks_per_participant):
            paid_weeks += b - a + 1
            amount += (b - a + 1) * tariff
            for quarter, weeks in split_by_quarter(a, b):
                quarter_weeks[(quarter, tariff)] += weeks
                paid_in.add(quarter)
        for quarter in paid_in:
            quarter_people[quarter] += 1
        qualifying_by_key[person.key] = qualifying
        rows.append(WeeklyParticipant(person.key, qualifying, paid_weeks, amount))
    by_quarter = _capped_quarters(quarter_weeks, quarter_people, metric.cap_amount_total)
    amount_uncapped = sum((r.amount for r in rows), ZERO)
    result = WeeklyResult(
        id=metric.id,
        qualifying_weeks=sum(qualifying_by_key.values()),
        paid_weeks=sum(r.paid_weeks for r in rows),
        amount=sum((q.amount for q in by_quarter), ZERO),
        amount_uncapped=amount_uncapped,
        by_quarter=by_quarter,
        by_participant=tuple(rows),
    )
    return result, qualifying_by_key


def _capped_quarters(
    quarter_weeks: dict[tuple[int, Decimal], int],
    quarter_people: dict[int, int],
    cap: Decimal | None,
) -> tuple[WeeklyQuarter, ...]:
    """Rule 9: the total cap is used up quarter by quarter; the crossing quarter keeps the rest."""
    weeks: dict[int, int] = defaultdict(int)
    uncapped: dict[int, Decimal] = defaultdict(lambda: ZERO)
    for (quarter, tariff), n in quarter_weeks.items():
        weeks[quarter] += n
        uncapped[quarter] += n * tariff
    quarters = []
    used = ZERO
    for quarter in sorted(weeks):
        amount = uncapped[quarter]
        if cap is not None:
            amount = max(ZERO, min(amount, cap - used))
        used += amount
        quarters.append(
            WeeklyQuarter(
                quarter_label(quarter),
                weeks[quarter],
                amount,
                uncapped[quarter],
                quarter_people[quarter],
            )
        )
    return tuple(quarters)
