"""The ISO week in which each success became one, so the success curve (`history`) needs the
engine only for the few people whose deciding week holds a quarter's last day (10,000 people:
one pass instead of one per quarter), and success by months since enrolment needs no engine."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date

from caseapp.outcomes.contract import Contract, WeeklyActivityMetric
from caseapp.outcomes.engine import compute
from caseapp.outcomes.facts import ParticipantFacts
from caseapp.outcomes.prepared import prepare
from caseapp.outcomes.result import SustainedResult
from caseapp.outcomes.weekly import qualifying_segments
from caseapp.outcomes.weeks import week_index


def success_weeks(
    contract: Contract,
    successes: Sequence[ParticipantFacts],
    as_of: date,
    project_key: str,
) -> dict[str, int]:
    """For each success as of `as_of`: the week whose qualifying made them one (rules 2, 4-5
    and 12: the `min_weeks`-th qualifying week, or the week an activity run was achieved)."""
    metric = contract.success_metric
    out: dict[str, int] = {}
    if isinstance(metric, WeeklyActivityMetric):
        need = contract.success.min_weeks
        pay_last = min(as_of, contract.payment_end).toordinal()
        for p in successes:
            enrolled = p.enrolment.enrolled_on
            assert enrolled is not None
            first = enrolled.toordinal()
            last = pay_last
            if metric.window_weeks is not None:
                last = min(last, first + 7 * metric.window_weeks - 1)
            seen = 0
            for a, b, _tariff in qualifying_segments(metric, prepare(p, first), first, last):
                if seen + (b - a + 1) >= need:
                    out[p.key] = a + (need - seen) - 1
                    break
                seen += b - a + 1
        return out
    only = dataclasses.replace(contract, metrics=(metric,))
    result = compute(only, successes, as_of, project_key).metric(metric.id)
    assert isinstance(result, SustainedResult)
    for row in result.by_participant:
        if row.achieved_on is not None:
            out[row.participant] = week_index(row.achieved_on)
    return out
