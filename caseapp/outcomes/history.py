"""The success count (rule 12) as it stood at the end of each quarter: the one curve that the
dashboard draws on screen and the council report prints (beside its plan line)."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from caseapp.outcomes.contract import Contract
from caseapp.outcomes.engine import compute
from caseapp.outcomes.facts import ParticipantFacts
from caseapp.outcomes.result import SuccessFigures
from caseapp.outcomes.success_weeks import success_weeks
from caseapp.outcomes.weeks import quarter_ends, week_index


@dataclass(frozen=True)
class SuccessPoint:
    """Successes counted as of `day`: a quarter's last day, or the as-of day for the last."""

    quarter: str
    day: date
    succeeded: int


def curve_start(
    project_start: date | None, contract: Contract, participants: Sequence[ParticipantFacts]
) -> date:
    """Where the curve (and the plan it is held against) starts: the project's start, else the
    first enrolment or referral, else the contract's payment end."""
    if project_start is not None:
        return project_start
    days = [p.enrolment.enrolled_on or p.enrolment.referred_on for p in participants]
    return min((d for d in days if d is not None), default=contract.payment_end)


def success_history(
    contract: Contract,
    participants: Sequence[ParticipantFacts],
    project_key: str,
    start: date,
    as_of: date,
    *,
    success: SuccessFigures | None = None,
    weeks: Mapping[str, int] | None = None,
) -> tuple[SuccessPoint, ...]:
    """The success count at each quarter's end from `start`'s quarter to `as_of`, as the engine
    has it on each of those days.

    Success only grows with the date (counted people stay counted, windows only lengthen), so
    only the people who have succeeded by `as_of` can count earlier, each from the week that
    made them one (`success_weeks`); the engine decides only for those whose deciding week
    holds a quarter's last day. `success` (the figures as of `as_of`) and `weeks` may be handed
    in by a caller that has them already.
    """
    lean = dataclasses.replace(contract, metrics=(contract.success_metric,))
    if success is None:
        success = compute(lean, participants, as_of, project_key).success
    succeeded = set(success.participants)
    people = {p.key: p for p in participants if p.key in succeeded}
    if weeks is None:
        weeks = success_weeks(contract, list(people.values()), as_of, project_key)
    points = []
    for label, day in quarter_ends(min(start, as_of), as_of):
        if day == as_of:
            count = success.succeeded
        else:
            week = week_index(day)
            count = sum(1 for w in weeks.values() if w < week)
            edge = [people[key] for key, w in weeks.items() if w == week]
            if edge:
                count += compute(lean, edge, day, project_key).success.succeeded
        points.append(SuccessPoint(label, day, count))
    return tuple(points)
