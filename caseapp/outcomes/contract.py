"""The outcome contract of a project (rules "The contract"): dataclasses, parsing and export.

Money is held as Decimal so that sums and caps are exact; rates and hours stay floats.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any, ClassVar

from caseapp.domain.codes import DEFAULT_STABLE_HOUSING
from caseapp.domain.errors import Problem, ValidationFailed
from caseapp.outcomes.contract_checks import contract_problems

__all__ = [
    "ActivitySustainedMetric",
    "Contract",
    "HousingSustainedMetric",
    "Metric",
    "SuccessRule",
    "WeeklyActivityMetric",
    "contract_problems",
    "contract_to_dict",
    "parse_contract",
]


@dataclass(frozen=True)
class WeeklyActivityMetric:
    """Pays each qualifying participant-week at the highest tariff active in it (rules 4-9)."""

    kind: ClassVar[str] = "weekly_activity"
    id: str
    name: str
    tariffs: Mapping[str, Decimal] = field(hash=False)
    min_hours_per_week: float = 0.0
    require_verified: bool = True
    window_weeks: int | None = None
    cap_weeks_per_participant: int | None = None
    cap_amount_total: Decimal | None = None

    @property
    def activity_types(self) -> frozenset[str]:
        """The qualifying activity types: the keys of `tariffs`."""
        return frozenset(self.tariffs)


@dataclass(frozen=True)
class ActivitySustainedMetric:
    """Pays `amount` once for a run of `min_consecutive_weeks` qualifying weeks (rule 10)."""

    kind: ClassVar[str] = "activity_sustained"
    id: str
    name: str
    activity_types: tuple[str, ...]
    min_consecutive_weeks: int
    amount: Decimal
    min_hours_per_week: float = 0.0
    require_verified: bool = True
    window_weeks: int | None = None


@dataclass(frozen=True)
class HousingSustainedMetric:
    """Pays `amount` once for a continuous stay of `min_days` in the listed housing (rule 11)."""

    kind: ClassVar[str] = "housing_sustained"
    id: str
    name: str
    housing_types: tuple[str, ...]
    min_days: int
    amount: Decimal
    window_weeks: int | None = None


Metric = WeeklyActivityMetric | ActivitySustainedMetric | HousingSustainedMetric


@dataclass(frozen=True)
class SuccessRule:
    """Who counts as a success (rule 12)."""

    metric: str
    min_weeks: int = 1


@dataclass(frozen=True)
class Contract:
    """One project's outcome contract, defaults applied."""

    currency: str
    payment_end: date
    target_participants: int
    baseline_rate: float
    target_rate: float
    success: SuccessRule
    metrics: tuple[Metric, ...]
    investment: Decimal | None = None
    avoided_cost_per_week: Decimal | None = None
    stable_housing: tuple[str, ...] = DEFAULT_STABLE_HOUSING
    # Projects financed as one investment name it alike; their figures are also reported
    # together. Descriptive only: no rule depends on it.
    investment_name: str | None = None

    def metric(self, metric_id: str) -> Metric:
        """The metric with this id; KeyError when there is none."""
        for metric in self.metrics:
            if metric.id == metric_id:
                return metric
        raise KeyError(metric_id)

    @property
    def success_metric(self) -> Metric:
        """The metric that decides who is a success."""
        return self.metric(self.success.metric)


def parse_contract(d: Mapping[str, Any]) -> Contract:
    """Build a Contract from its dataset-format dict, applying the defaults of the rules.

    Raises ValidationFailed listing every problem (paths relative to the contract) when the dict
    is not a usable contract.
    """
    problems = contract_problems(d)
    if problems:
        raise ValidationFailed([Problem(where, message) for where, message in problems])
    return Contract(
        currency=d["currency"],
        payment_end=date.fromisoformat(d["payment_end"]),
        target_participants=d["target_participants"],
        baseline_rate=float(d["baseline_rate"]),
        target_rate=float(d["target_rate"]),
        investment=_money_or_none(d.get("investment")),
        avoided_cost_per_week=_money_or_none(d.get("avoided_cost_per_week")),
        stable_housing=tuple(d.get("stable_housing", DEFAULT_STABLE_HOUSING)),
        investment_name=d.get("investment_name") or None,
        success=SuccessRule(d["success"]["metric"], d["success"].get("min_weeks", 1)),
        metrics=tuple(_parse_metric(m) for m in d["metrics"]),
    )


def _parse_metric(m: Mapping[str, Any]) -> Metric:
    name = m.get("name", m["id"])
    if m["kind"] == "weekly_activity":
        return WeeklyActivityMetric(
            id=m["id"],
            name=name,
            tariffs={code: money(v) for code, v in m["tariffs"].items()},
            min_hours_per_week=float(m.get("min_hours_per_week", 0)),
            require_verified=m.get("require_verified", True),
            window_weeks=m.get("window_weeks"),
            cap_weeks_per_participant=m.get("cap_weeks_per_participant"),
            cap_amount_total=_money_or_none(m.get("cap_amount_total")),
        )
    if m["kind"] == "activity_sustained":
        return ActivitySustainedMetric(
            id=m["id"],
            name=name,
            activity_types=tuple(m["activity_types"]),
            min_consecutive_weeks=m["min_consecutive_weeks"],
            amount=money(m["amount"]),
            min_hours_per_week=float(m.get("min_hours_per_week", 0)),
            require_verified=m.get("require_verified", True),
            window_weeks=m.get("window_weeks"),
        )
    return HousingSustainedMetric(
        id=m["id"],
        name=name,
        housing_types=tuple(m["housing_types"]),
        min_days=m["min_days"],
        amount=money(m["amount"]),
        window_weeks=m.get("window_weeks"),
    )


def money(value: int | float | str | Decimal) -> Decimal:
    """A JSON number as an exact Decimal (a float goes through its shortest repr: 0.1 -> 0.1)."""
    if isinstance(value, float):
        return Decimal(repr(value))
    return Decimal(value)


def _money_or_none(value: int | float | None) -> Decimal | None:
    return None if value is None else money(value)


def json_number(value: Decimal) -> int | float:
    """A Decimal back as a JSON number: whole amounts as int, others as float."""
    return int(value) if value == value.to_integral_value() else float(value)


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def _none_or_number(value: Decimal | None) -> int | float | None:
    return None if value is None else json_number(value)


def contract_to_dict(contract: Contract) -> dict[str, Any]:
    """The contract in the dataset format, every default written out."""
    return {
        "currency": contract.currency,
        "payment_end": contract.payment_end.isoformat(),
        "target_participants": contract.target_participants,
        "baseline_rate": contract.baseline_rate,
        "target_rate": contract.target_rate,
        "investment": _none_or_number(contract.investment),
        "avoided_cost_per_week": _none_or_number(contract.avoided_cost_per_week),
        "stable_housing": list(contract.stable_housing),
        "success": {"metric": contract.success.metric, "min_weeks": contract.success.min_weeks},
        "metrics": [_metric_to_dict(m) for m in contract.metrics],
        **({"investment_name": contract.investment_name} if contract.investment_name else {}),
    }


def _metric_to_dict(m: Metric) -> dict[str, Any]:
    head: dict[str, Any] = {"id": m.id, "name": m.name, "kind": m.kind}
    if isinstance(m, WeeklyActivityMetric):
        return head | {
            "tariffs": {code: json_number(v) for code, v in m.tariffs.items()},
            "min_hours_per_week": _number(m.min_hours_per_week),
            "require_verified": m.require_verified,
            "window_weeks": m.window_weeks,
            "cap_weeks_per_participant": m.cap_weeks_per_participant,
            "cap_amount_total": _none_or_number(m.cap_amount_total),
        }
    if isinstance(m, ActivitySustainedMetric):
        return head | {
            "activity_types": list(m.activity_types),
            "min_hours_per_week": _number(m.min_hours_per_week),
            "require_verified": m.require_verified,
            "window_weeks": m.window_weeks,
            "min_consecutive_weeks": m.min_consecutive_weeks,
            "amount": json_number(m.amount),
        }
    return head | {
        "housing_types": list(m.housing_types),
        "window_weeks": m.window_weeks,
        "min_days": m.min_days,
        "amount": json_number(m.amount),
    }
