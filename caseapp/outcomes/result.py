"""The figures the engine produces, and their JSON shape for `caseapp outcomes --json`.

Amounts are exact Decimals here; `to_json_dict` rounds them (half up) to two decimals.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from caseapp.domain.formatting import half_up


@dataclass(frozen=True)
class ParticipantCounts:
    """Rule 14."""

    referred: int
    counted: int
    active: int
    exited: int


@dataclass(frozen=True)
class SuccessFigures:
    """Rule 12. `participants` holds the keys of the successes, in key order."""

    metric: str
    min_weeks: int
    succeeded: int
    counted: int
    target_rate: float
    target_count: int
    baseline_rate: float
    baseline_count: int
    participants: tuple[str, ...] = ()

    @property
    def rate(self) -> float:
        """Successes / counted participants, 0 when none are counted."""
        return self.succeeded / self.counted if self.counted else 0.0


@dataclass(frozen=True)
class WeeklyQuarter:
    """Paid weeks of one quarter; `amount` after the total cap, `amount_uncapped` before it.

    `people` is how many participants the paid weeks belong to (for small-number rules; not
    part of the JSON figures)."""

    quarter: str
    paid_weeks: int
    amount: Decimal
    amount_uncapped: Decimal
    people: int = 0


@dataclass(frozen=True)
class OneOffQuarter:
    """Achievements of a one-off metric dated in one quarter."""

    quarter: str
    achieved: int
    amount: Decimal


@dataclass(frozen=True)
class WeeklyParticipant:
    """One participant's weeks for a weekly metric (not reduced by the total cap, rule 9)."""

    participant: str
    qualifying_weeks: int
    paid_weeks: int
    amount: Decimal


@dataclass(frozen=True)
class SustainedParticipant:
    """One participant's result for a one-off metric; `qualifying_weeks` None for housing."""

    participant: str
    qualifying_weeks: int | None
    achieved_on: date | None
    amount: Decimal


@dataclass(frozen=True)
class WeeklyResult:
    """A `weekly_activity` metric."""

    id: str
    qualifying_weeks: int
    paid_weeks: int
    amount: Decimal
    amount_uncapped: Decimal
    by_quarter: tuple[WeeklyQuarter, ...]
    by_participant: tuple[WeeklyParticipant, ...]
    kind: str = "weekly_activity"


@dataclass(frozen=True)
class SustainedResult:
    """A one-off metric (`activity_sustained`, or `housing_sustained` with no qualifying_weeks)."""

    id: str
    kind: str
    qualifying_weeks: int | None
    achieved: int
    amount: Decimal
    by_quarter: tuple[OneOffQuarter, ...]
    by_participant: tuple[SustainedParticipant, ...]

    @property
    def amount_uncapped(self) -> Decimal:
        """One-off metrics have no cap in v1."""
        return self.amount


MetricResult = WeeklyResult | SustainedResult


@dataclass(frozen=True)
class HousingFigures:
    """Rule 15."""

    housed_now: int
    eligible_12m: int
    retained_12m: int
    shelter_free_last_365d: int


@dataclass(frozen=True)
class OutcomeResult:
    """Every figure of one project as of one day."""

    project: str
    as_of: date
    currency: str
    participants: ParticipantCounts
    success: SuccessFigures
    in_activity_now: int
    metrics: tuple[MetricResult, ...]
    total_amount: Decimal
    investment: Decimal | None
    gross_saving: Decimal | None
    housing: HousingFigures

    @property
    def repayment_ratio(self) -> Decimal | None:
        """Rule 13: total_amount / investment; None without an investment (or a zero one)."""
        if not self.investment:
            return None
        return self.total_amount / self.investment

    def metric(self, metric_id: str) -> MetricResult:
        """The result of the metric with this id; KeyError when there is none."""
        for metric in self.metrics:
            if metric.id == metric_id:
                return metric
        raise KeyError(metric_id)


def _round(value: Decimal, places: int) -> float:
    return float(half_up(value, places))


def _amount(value: Decimal) -> float:
    return _round(value, 2)


def _rate(value: float | Decimal) -> float:
    return _round(Decimal(repr(value)) if isinstance(value, float) else value, 4)


def to_json_dict(result: OutcomeResult) -> dict[str, Any]:
    """The result as the JSON object of `caseapp outcomes --json` (outcome-rules.md)."""
    p, s, h = result.participants, result.success, result.housing
    rate = Decimal(s.succeeded) / Decimal(s.counted) if s.counted else Decimal(0)
    ratio = result.repayment_ratio
    return {
        "project": result.project,
        "as_of": result.as_of.isoformat(),
        "currency": result.currency,
        "participants": {
            "referred": p.referred,
            "counted": p.counted,
            "active": p.active,
            "exited": p.exited,
        },
        "success": {
            "metric": s.metric,
            "min_weeks": s.min_weeks,
            "succeeded": s.succeeded,
            "rate": _rate(rate),
            "target_rate": _rate(s.target_rate),
            "target_count": s.target_count,
            "baseline_rate": _rate(s.baseline_rate),
            "baseline_count": s.baseline_count,
        },
        "in_activity_now": result.in_activity_now,
        "metrics": [_metric_json(m) for m in result.metrics],
        "total_amount": _amount(result.total_amount),
        "repayment_ratio": None if ratio is None else _rate(ratio),
        "gross_saving": None if result.gross_saving is None else _amount(result.gross_saving),
        "housing": {
            "housed_now": h.housed_now,
            "eligible_12m": h.eligible_12m,
            "retained_12m": h.retained_12m,
            "shelter_free_last_365d": h.shelter_free_last_365d,
        },
    }


def _metric_json(m: MetricResult) -> dict[str, Any]:
    if isinstance(m, WeeklyResult):
        return {
            "id": m.id,
            "kind": m.kind,
            "qualifying_weeks": m.qualifying_weeks,
            "paid_weeks": m.paid_weeks,
            "amount": _amount(m.amount),
            "amount_uncapped": _amount(m.amount_uncapped),
            "by_quarter": [
                {"quarter": q.quarter, "paid_weeks": q.paid_weeks, "amount": _amount(q.amount)}
                for q in m.by_quarter
            ],
            "by_participant": [
                {
                    "participant": r.participant,
                    "qualifying_weeks": r.qualifying_weeks,
                    "paid_weeks": r.paid_weeks,
                    "amount": _amount(r.amount),
                }
                for r in m.by_participant
            ],
        }
    head: dict[str, Any] = {"id": m.id, "kind": m.kind}
    if m.qualifying_weeks is not None:
        head["qualifying_weeks"] = m.qualifying_weeks
    participants = []
    for r in m.by_participant:
        row: dict[str, Any] = {"participant": r.participant}
        if r.qualifying_weeks is not None:
            row["qualifying_weeks"] = r.qualifying_weeks
        row["achieved_on"] = None if r.achieved_on is None else r.achieved_on.isoformat()
        row["amount"] = _amount(r.amount)
        participants.append(row)
    return head | {
        "achieved": m.achieved,
        "amount": _amount(m.amount),
        "amount_uncapped": _amount(m.amount_uncapped),
        "by_quarter": [
            {"quarter": q.quarter, "achieved": q.achieved, "amount": _amount(q.amount)}
            for q in m.by_quarter
        ],
        "by_participant": participants,
    }
