"""The outcome engine: a contract and participants' facts in, every figure of rules 1-16 out."""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from caseapp.outcomes.contract import (
    ActivitySustainedMetric,
    Contract,
    HousingSustainedMetric,
    WeeklyActivityMetric,
)
from caseapp.outcomes.facts import ParticipantFacts
from caseapp.outcomes.gc_scope import new_objects_only
from caseapp.outcomes.housing_figures import housing_figures
from caseapp.outcomes.prepared import Prepared, prepare
from caseapp.outcomes.result import (
    MetricResult,
    OutcomeResult,
    ParticipantCounts,
    SuccessFigures,
)
from caseapp.outcomes.spans import activity_qualifies
from caseapp.outcomes.sustained import sustained_figures
from caseapp.outcomes.weekly import weekly_figures

ZERO = Decimal(0)


def compute(
    contract: Contract,
    participants: Sequence[ParticipantFacts],
    as_of: date,
    project_key: str,
) -> OutcomeResult:
    """Every figure of the project as of `as_of`.

    `participants` holds everyone with an enrolment in the project (referred but not yet enrolled
    too, for the referral count); each with all of their spells, whichever project recorded them.
    Raises ValueError when a participant key occurs twice (rule 1: one enrolment per project).
    """
    with new_objects_only():
        return _compute(contract, participants, as_of, project_key)


def _compute(
    contract: Contract,
    participants: Sequence[ParticipantFacts],
    as_of: date,
    project_key: str,
) -> OutcomeResult:
    keys = [p.key for p in participants]
    if len(set(keys)) != len(keys):
        raise ValueError("a participant appears twice; rule 1 allows one enrolment per project")
    as_of_day = as_of.toordinal()
    counts, people = _count(participants, as_of)
    pay_last = min(as_of_day, contract.payment_end.toordinal())
    # Rule 2 without window_weeks, which differs per metric and is applied there.
    windows = [(person.enrolled, pay_last) for person in people]

    metric_results: list[MetricResult] = []
    success_weeks: dict[str, int] = {}
    success_achievers: set[str] | None = None
    for metric in contract.metrics:
        if isinstance(metric, WeeklyActivityMetric):
            weekly, qualifying = weekly_figures(metric, people, windows)
            metric_results.append(weekly)
            if metric.id == contract.success.metric:
                success_weeks = qualifying
        else:
            one_off, qualifying, achievers = sustained_figures(metric, people, windows)
            metric_results.append(one_off)
            if metric.id == contract.success.metric:
                success_weeks, success_achievers = qualifying, achievers

    success = _success(contract, people, success_weeks, success_achievers)
    total = sum((m.amount for m in metric_results), ZERO)
    # Rule 13; a housing success metric has no qualifying weeks (contract_problems refuses it).
    cost = contract.avoided_cost_per_week
    gross_saving = None
    if cost is not None and not isinstance(contract.success_metric, HousingSustainedMetric):
        gross_saving = sum(success_weeks.values()) * cost
    return OutcomeResult(
        project=project_key,
        as_of=as_of,
        currency=contract.currency,
        participants=counts,
        success=success,
        in_activity_now=_in_activity_now(contract, people, as_of_day),
        metrics=tuple(metric_results),
        total_amount=total,
        investment=contract.investment,
        gross_saving=gross_saving,
        housing=housing_figures(people, contract.stable_housing, as_of_day),
    )


def _count(
    participants: Sequence[ParticipantFacts], as_of: date
) -> tuple[ParticipantCounts, list[Prepared]]:
    """Rules 1 and 14; the counted participants come back prepared and ordered by key."""
    referred = exited = 0
    people = []
    for p in sorted(participants, key=lambda p: p.key):
        e = p.enrolment
        if e.referred_on <= as_of:
            referred += 1
        if e.enrolled_on is None or e.enrolled_on > as_of:
            continue
        people.append(prepare(p, e.enrolled_on.toordinal()))
        if e.exited_on is not None and e.exited_on <= as_of:
            exited += 1
    counted = len(people)
    return ParticipantCounts(referred, counted, counted - exited, exited), people


def target_count(rate: float, participants: int) -> int:
    """ceil(rate * participants), rounding off float noise first (0.07 * 100 is 7, not 8)."""
    return math.ceil(round(rate * participants, 9))


def _success(
    contract: Contract,
    people: Sequence[Prepared],
    weeks: dict[str, int],
    achievers: set[str] | None,
) -> SuccessFigures:
    """Rule 12: weekly success metrics count weeks; one-off ones count achievements."""
    if achievers is not None:
        keys = tuple(p.key for p in people if p.key in achievers)
    else:
        keys = tuple(p.key for p in people if weeks.get(p.key, 0) >= contract.success.min_weeks)
    return SuccessFigures(
        metric=contract.success.metric,
        min_weeks=contract.success.min_weeks,
        succeeded=len(keys),
        counted=len(people),
        target_rate=contract.target_rate,
        target_count=target_count(contract.target_rate, contract.target_participants),
        baseline_rate=contract.baseline_rate,
        baseline_count=target_count(contract.baseline_rate, contract.target_participants),
        participants=keys,
    )


def _in_activity_now(contract: Contract, people: Sequence[Prepared], as_of: int) -> int:
    """Rule 16: a spell qualifying for the success metric is active on as_of (any window)."""
    metric = contract.success_metric
    if not isinstance(metric, WeeklyActivityMetric | ActivitySustainedMetric):
        return 0  # refused by contract_problems; a housing metric has no activity spells
    types = frozenset(metric.activity_types)
    min_hours, require_verified = metric.min_hours_per_week, metric.require_verified
    return sum(
        1
        for person in people
        if any(
            spell.start <= as_of <= spell.end
            and activity_qualifies(spell, types, min_hours, require_verified)
            for spell in person.activities
        )
    )
