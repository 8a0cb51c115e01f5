"""The success count (rule 12) as it stood at the end of each quarter: the one curve that the
dashboard draws on screen and the council report prints."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from caseapp.outcomes.contract import Contract
from caseapp.outcomes.engine import compute
from caseapp.outcomes.facts import ParticipantFacts
from caseapp.outcomes.weeks import quarter_ends


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
) -> tuple[SuccessPoint, ...]:
    """The success count at each quarter's end from `start`'s quarter to `as_of`, by the engine.

    Success only grows with the date (counted people stay counted, windows only lengthen), so
    the earlier quarters are worked out for the people who have succeeded by `as_of` only, and
    for the success metric only: that keeps this quick on large projects.
    """
    lean = dataclasses.replace(contract, metrics=(contract.success_metric,))
    now = compute(lean, participants, as_of, project_key).success
    succeeded = set(now.participants)
    people = [p for p in participants if p.key in succeeded]
    return tuple(
        SuccessPoint(
            label,
            day,
            now.succeeded
            if day == as_of
            else compute(lean, people, day, project_key).success.succeeded,
        )
        for label, day in quarter_ends(min(start, as_of), as_of)
    )
