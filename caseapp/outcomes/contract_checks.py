"""Checks on a contract dict that the JSON schema cannot express (or that must hold without it).

Every check returns (path, message) pairs, paths relative to the contract ("metrics[1].tariffs"),
and never raises on a malformed dict: a broken part is reported and the checks that need it skipped.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import date
from typing import Any

from caseapp.domain.codes import ACTIVITY_TYPES, HOUSING_TYPES, METRIC_KINDS
from caseapp.domain.errors import Message

ProblemList = list[tuple[str, Message]]

_TOP_FIELDS = frozenset(
    {
        "investment_name",
        "currency",
        "payment_end",
        "target_participants",
        "baseline_rate",
        "target_rate",
        "investment",
        "avoided_cost_per_week",
        "stable_housing",
        "success",
        "metrics",
    }
)
_COMMON_METRIC_FIELDS = frozenset({"id", "name", "kind", "window_weeks"})
_KIND_FIELDS: dict[str, frozenset[str]] = {
    "weekly_activity": frozenset(
        {
            "tariffs",
            "min_hours_per_week",
            "require_verified",
            "cap_weeks_per_participant",
            "cap_amount_total",
        }
    ),
    "activity_sustained": frozenset(
        {
            "activity_types",
            "min_hours_per_week",
            "require_verified",
            "min_consecutive_weeks",
            "amount",
        }
    ),
    "housing_sustained": frozenset({"housing_types", "min_days", "amount"}),
}
_REQUIRED_KIND_FIELDS: dict[str, tuple[str, ...]] = {
    "weekly_activity": ("tariffs",),
    "activity_sustained": ("activity_types", "min_consecutive_weeks", "amount"),
    "housing_sustained": ("housing_types", "min_days", "amount"),
}


def is_number(value: object) -> bool:
    """A finite JSON number (bool is an int in Python but not a number in JSON)."""
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


# The largest amount a contract may name, in kroner: far above any real one, and small enough
# that sums and ratios of amounts stay exact.
MAX_AMOUNT = 1_000_000_000


def is_money(value: object) -> bool:
    """An amount in kroner: 0, or one øre to MAX_AMOUNT. A positive amount below one øre (a
    typing slip such as 1e-300) would make ratios of amounts overflow."""
    if not is_number(value):
        return False
    assert isinstance(value, int | float)
    return value == 0 or 0.01 <= value <= MAX_AMOUNT


def is_integer(value: object) -> bool:
    """A JSON integer (not a bool)."""
    return isinstance(value, int) and not isinstance(value, bool)


def contract_problems(d: object) -> ProblemList:
    """Every problem that makes `d` unusable as a contract under the v1 rules, in document order."""
    if not isinstance(d, Mapping):
        return [("", Message("the contract must be an object"))]
    problems: ProblemList = []
    problems += [(str(k), Message("unknown field")) for k in d if k not in _TOP_FIELDS]
    for key in ("currency", "payment_end", "target_participants", "baseline_rate", "target_rate"):
        if key not in d:
            problems.append((key, Message("required")))
    if "currency" in d and d["currency"] != "DKK":
        problems.append(("currency", Message("must be DKK")))
    if "payment_end" in d and not _is_real_date(d["payment_end"]):
        problems.append(("payment_end", Message("must be a real date written YYYY-MM-DD")))
    if "target_participants" in d and not (
        is_integer(d["target_participants"]) and d["target_participants"] >= 1
    ):
        problems.append(("target_participants", Message("must be a whole number of at least 1")))
    for key in ("baseline_rate", "target_rate"):
        if key in d and not (is_number(d[key]) and 0 <= d[key] <= 1):
            problems.append((key, Message("must be a rate between 0 and 1")))
    for key in ("investment", "avoided_cost_per_week"):
        value = d.get(key)
        if value is not None and not is_money(value):
            problems.append(
                (
                    key,
                    Message(
                        "must be an amount of at least 0, or null (kroner: 0, or 0.01 to "
                        "1,000,000,000)"
                    ),
                )
            )
    if "stable_housing" in d:
        problems += _code_list_problems("stable_housing", d["stable_housing"], HOUSING_TYPES)
    name = d.get("investment_name")
    if name is not None and not (isinstance(name, str) and 0 < len(name.strip()) <= 200):
        problems.append(
            ("investment_name", Message("must be a name of 1 to 200 characters, or null"))
        )
    metric_kinds, metric_problems = _metrics_problems(d.get("metrics"))
    problems += metric_problems
    problems += _success_problems(d.get("success"), metric_kinds)
    return problems


def _is_real_date(value: object) -> bool:
    if not isinstance(value, str) or len(value) != 10:
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _code_list_problems(path: str, value: object, codes: tuple[str, ...]) -> ProblemList:
    if not isinstance(value, list):
        return [(path, Message("must be a list of codes"))]
    problems: ProblemList = []
    for i, code in enumerate(value):
        if code not in codes:
            problems.append((f"{path}[{i}]", Message("unknown code {code}", code=f"{code!r}")))
    if len({c for c in value if isinstance(c, str)}) != len(value):
        problems.append((path, Message("lists a code twice")))
    return problems


def _success_problems(success: object, metric_kinds: dict[str, str]) -> ProblemList:
    if success is None:
        return [("success", Message("required"))]
    if not isinstance(success, Mapping):
        return [("success", Message("must be an object"))]
    problems: ProblemList = [
        (f"success.{k}", Message("unknown field"))
        for k in success
        if k not in ("metric", "min_weeks")
    ]
    if "min_weeks" in success and not (
        is_integer(success["min_weeks"]) and success["min_weeks"] >= 1
    ):
        problems.append(("success.min_weeks", Message("must be a whole number of at least 1")))
    metric = success.get("metric")
    if not isinstance(metric, str):
        problems.append(("success.metric", Message("required: the id of one of the metrics")))
    elif metric not in metric_kinds:
        problems.append(
            (
                "success.metric",
                Message("names no metric of this contract: {metric}", metric=f"{metric!r}"),
            )
        )
    elif metric_kinds[metric] == "housing_sustained":
        # Rules 12, 13 and 16 count qualifying weeks and qualifying activity spells, which a
        # housing metric does not have; v1 leaves such a contract undefined, so refuse it.
        problems.append(
            ("success.metric", Message("must name a weekly_activity or activity_sustained metric"))
        )
    return problems


def _metrics_problems(metrics: object) -> tuple[dict[str, str], ProblemList]:
    """Problems of the metrics list, and the kind of each well-formed metric id."""
    if metrics is None:
        return {}, [("metrics", Message("required"))]
    if not isinstance(metrics, list) or not metrics:
        return {}, [("metrics", Message("must be a non-empty list"))]
    kinds: dict[str, str] = {}
    problems: ProblemList = []
    for i, metric in enumerate(metrics):
        path = f"metrics[{i}]"
        if not isinstance(metric, Mapping):
            problems.append((path, Message("must be an object")))
            continue
        metric_id = metric.get("id")
        if not isinstance(metric_id, str) or not metric_id:
            problems.append((f"{path}.id", Message("required: a non-empty text")))
        elif metric_id in kinds:
            problems.append(
                (
                    f"{path}.id",
                    Message("duplicate metric id {metric_id}", metric_id=f"{metric_id!r}"),
                )
            )
        if "name" in metric and not isinstance(metric["name"], str):
            problems.append((f"{path}.name", Message("must be a text")))
        kind = metric.get("kind")
        if kind not in METRIC_KINDS:
            problems.append(
                (f"{path}.kind", Message("must be one of {value}", value=", ".join(METRIC_KINDS)))
            )
            continue
        if isinstance(metric_id, str) and metric_id and metric_id not in kinds:
            kinds[metric_id] = kind
        problems += _metric_fields_problems(path, kind, metric)
    return kinds, problems


def _metric_fields_problems(path: str, kind: str, m: Mapping[str, Any]) -> ProblemList:
    allowed = _COMMON_METRIC_FIELDS | _KIND_FIELDS[kind]
    problems: ProblemList = [
        (f"{path}.{k}", Message("unknown field")) for k in m if k not in allowed
    ]
    problems += [
        (f"{path}.{k}", Message("required")) for k in _REQUIRED_KIND_FIELDS[kind] if k not in m
    ]

    def check(key: str, ok: bool, message: Message) -> None:
        if key in m and not ok:
            problems.append((f"{path}.{key}", message))

    window: Any = m.get("window_weeks")
    window_ok = window is None or (is_integer(window) and window >= 1)
    check(
        "window_weeks", window_ok, Message("must be a whole number of weeks of at least 1, or null")
    )
    hours: Any = m.get("min_hours_per_week")
    check(
        "min_hours_per_week",
        is_number(hours) and 0 <= hours <= 168,
        Message("must be 0 to 168 hours"),
    )
    check(
        "require_verified",
        isinstance(m.get("require_verified"), bool),
        Message("must be true or false"),
    )
    amount: Any = m.get("amount")
    check(
        "amount",
        is_money(amount),
        Message("must be an amount of at least 0 (kroner: 0, or 0.01 to 1,000,000,000)"),
    )
    if kind == "weekly_activity":
        problems += _tariff_problems(f"{path}.tariffs", m.get("tariffs", {}))
        cap_weeks: Any = m.get("cap_weeks_per_participant")
        check(
            "cap_weeks_per_participant",
            cap_weeks is None or (is_integer(cap_weeks) and cap_weeks >= 0),
            Message("must be a whole number of at least 0, or null"),
        )
        cap: Any = m.get("cap_amount_total")
        check(
            "cap_amount_total",
            cap is None or is_money(cap),
            Message(
                "must be an amount of at least 0, or null (kroner: 0, or 0.01 to 1,000,000,000)"
            ),
        )
    elif kind == "activity_sustained":
        if "activity_types" in m:
            problems += _types_problems(
                f"{path}.activity_types", m["activity_types"], ACTIVITY_TYPES
            )
        run: Any = m.get("min_consecutive_weeks")
        check(
            "min_consecutive_weeks",
            is_integer(run) and run >= 1,
            Message("must be a whole number of at least 1"),
        )
        # A window of N weeks counted from a mid-week enrolment touches N + 1 ISO weeks.
        if window_ok and window is not None and is_integer(run) and run > window + 1:
            problems.append(
                (
                    f"{path}.min_consecutive_weeks",
                    Message("is longer than the window can hold: the metric can never be achieved"),
                )
            )
    else:
        if "housing_types" in m:
            problems += _types_problems(f"{path}.housing_types", m["housing_types"], HOUSING_TYPES)
        days: Any = m.get("min_days")
        check(
            "min_days",
            is_integer(days) and days >= 1,
            Message("must be a whole number of at least 1"),
        )
        if window_ok and window is not None and is_integer(days) and days > 7 * window:
            problems.append(
                (
                    f"{path}.min_days",
                    Message("is longer than the window: the metric can never be achieved"),
                )
            )
    return problems


def _types_problems(path: str, value: object, codes: tuple[str, ...]) -> ProblemList:
    if isinstance(value, list) and not value:
        return [(path, Message("must list at least one code"))]
    return _code_list_problems(path, value, codes)


def _tariff_problems(path: str, tariffs: object) -> ProblemList:
    if not isinstance(tariffs, Mapping) or not tariffs:
        return [(path, Message("must map at least one activity code to an amount per week"))]
    problems: ProblemList = []
    for code, value in tariffs.items():
        if code not in ACTIVITY_TYPES:
            problems.append((path, Message("unknown activity code {code}", code=f"{code!r}")))
        if not is_money(value):
            problems.append(
                (
                    f"{path}.{code}",
                    Message(
                        "must be an amount of at least 0 (kroner: 0, or 0.01 to 1,000,000,000)"
                    ),
                )
            )
    return problems
