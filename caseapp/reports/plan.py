"""How a project's successes grew quarter by quarter, beside its plan.

"Plan" is the contract's target count of successes spread evenly over the contract period
(project start to the contract's payment end), drawn as a line for comparison; the baseline is
spread the same way. The verdict itself follows the trajectory (`forecast`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from caseapp.outcomes import Contract, ParticipantFacts, compute
from caseapp.reports.success_weeks import success_weeks, week_of


@dataclass(frozen=True)
class PlanPeriod:
    """The contract period the target is spread over (both days included)."""

    start: date
    end: date

    def elapsed(self, day: date) -> float:
        """The share of the period that has passed by the end of `day`, 0 to 1."""
        days = (self.end - self.start).days + 1
        if days <= 0:
            return 1.0
        done = (day - self.start).days + 1
        return min(max(done / days, 0.0), 1.0)


def plan_period(
    project_start: date | None, contract: Contract, facts: Sequence[ParticipantFacts]
) -> PlanPeriod:
    """From the project's start (else the first enrolment or referral) to the payment end."""
    start = project_start
    if start is None:
        days = [p.enrolment.enrolled_on or p.enrolment.referred_on for p in facts]
        start = min(days, default=contract.payment_end)
    return PlanPeriod(start, contract.payment_end)


@dataclass(frozen=True)
class CurvePoint:
    """Successes counted as of `day` (a quarter's last day, or the as-of day for the last)."""

    quarter: str
    day: date
    successes: int
    plan: float
    baseline: float


def quarter_end(day: date) -> date:
    """The last day of the calendar quarter that holds `day`."""
    last_month = ((day.month - 1) // 3 + 1) * 3
    if last_month == 12:
        return date(day.year, 12, 31)
    return date(day.year, last_month + 1, 1) - timedelta(days=1)


def quarter_label(day: date) -> str:
    return f"{day.year}Q{(day.month - 1) // 3 + 1}"


def success_curve(
    contract: Contract,
    facts: Sequence[ParticipantFacts],
    success_keys: Sequence[str],
    period: PlanPeriod,
    as_of: date,
    project_key: str,
    target: int,
    baseline: int,
    weeks: Mapping[str, int] | None = None,
) -> list[CurvePoint]:
    """Cumulative successes at each quarter's end from the period's start to `as_of`.

    Success only grows with the date (counted people stay counted; windows only lengthen), so
    only today's successes count, each from the week that made them one; the engine decides
    only for those whose deciding week holds the quarter's last day.
    """
    only_success = dataclasses.replace(contract, metrics=(contract.success_metric,))
    wanted = set(success_keys)
    people = {p.key: p for p in facts if p.key in wanted}
    if weeks is None:
        weeks = success_weeks(contract, list(people.values()), as_of, project_key)
    points = []
    day = quarter_end(period.start)
    while True:
        upto = min(day, as_of)
        if upto == as_of:
            successes = len(wanted)
        else:
            week = week_of(upto)
            successes = sum(1 for w in weeks.values() if w < week)
            edge = [people[k] for k, w in weeks.items() if w == week]
            if edge:
                successes += compute(only_success, edge, upto, project_key).success.succeeded
        share = period.elapsed(upto)
        points.append(
            CurvePoint(quarter_label(upto), upto, successes, target * share, baseline * share)
        )
        if upto >= as_of:
            break
        day = quarter_end(day + timedelta(days=1))
    return points
