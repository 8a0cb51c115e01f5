"""How a project's successes grew quarter by quarter, beside its plan.

"Plan" is the contract's target count of successes spread evenly over the contract period
(project start to the contract's payment end), drawn as a line for comparison; the baseline is
spread the same way. The verdict itself follows the trajectory (`forecast`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from caseapp.outcomes import Contract, ParticipantFacts
from caseapp.outcomes.history import SuccessPoint, curve_start


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
class CurvePoint:
    """Successes counted as of `day` (a quarter's last day, or the as-of day for the last)."""

    quarter: str
    day: date
    successes: int
    plan: float
    baseline: float


def plan_curve(
    history: Sequence[SuccessPoint], period: PlanPeriod, target: int, baseline: int
) -> list[CurvePoint]:
    """The success curve (`outcomes.history`, the dashboard's too) with the plan and the
    baseline as they stood on each of its days."""
    return [
        CurvePoint(
            p.quarter,
            p.day,
            p.succeeded,
            target * period.elapsed(p.day),
            baseline * period.elapsed(p.day),
        )
        for p in history
    ]
