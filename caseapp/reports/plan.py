"""Where the project stands against its plan, and how its successes grew quarter by quarter.

"Plan" is measured pro rata for elapsed contract time: the contract's target count of successes
is spread evenly over the contract period (project start to the contract's payment end), so on
a day a share of that period has passed, that share of the target is expected. The baseline is
spread the same way. The verdict allows a tolerance of 10 % of the expected count (at least one
person) before calling the project ahead of or behind plan.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from caseapp.outcomes import Contract, ParticipantFacts
from caseapp.outcomes.history import curve_start, success_history

TOLERANCE_SHARE = 0.10


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
    """From the curve's start (the project's start, else the first enrolment or referral) to the
    contract's payment end."""
    return PlanPeriod(curve_start(project_start, contract, facts), contract.payment_end)


@dataclass(frozen=True)
class Verdict:
    """`code`: "ahead", "on" or "behind" plan."""

    code: str
    succeeded: int
    expected: float
    target: int
    elapsed: float


def verdict(succeeded: int, target: int, period: PlanPeriod, as_of: date) -> Verdict:
    share = period.elapsed(as_of)
    expected = target * share
    tolerance = max(1.0, TOLERANCE_SHARE * expected)
    if succeeded > expected + tolerance:
        code = "ahead"
    elif succeeded < expected - tolerance:
        code = "behind"
    else:
        code = "on"
    return Verdict(code, succeeded, expected, target, share)


@dataclass(frozen=True)
class CurvePoint:
    """Successes counted as of `day` (a quarter's last day, or the as-of day for the last)."""

    quarter: str
    day: date
    successes: int
    plan: float
    baseline: float


def success_curve(
    contract: Contract,
    facts: Sequence[ParticipantFacts],
    period: PlanPeriod,
    as_of: date,
    project_key: str,
    target: int,
    baseline: int,
) -> list[CurvePoint]:
    """The success history (the dashboard's curve) from the period's start to `as_of`, with the
    plan and the baseline spread pro rata beside each point."""
    points = []
    for point in success_history(contract, facts, project_key, period.start, as_of):
        share = period.elapsed(point.day)
        points.append(
            CurvePoint(point.quarter, point.day, point.succeeded, target * share, baseline * share)
        )
    return points
