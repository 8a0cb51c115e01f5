"""A contract's parts in words: field paths as labels ("Weeks in work › Tariffs › Flex job"),
values as a reader writes them."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from typing import Any

from caseapp.gui import i18n
from caseapp.gui.i18n import N_, tr
from caseapp.gui.outcomes import numbers

KINDS = {
    "weekly_activity": N_("Paid per week in work or education"),
    "activity_sustained": N_("One payment for sustained work or education"),
    "housing_sustained": N_("One payment for sustained housing"),
}
FIELDS = {
    "currency": N_("Currency"),
    "payment_end": N_("Last day anything is earned"),
    "target_participants": N_("Participants planned"),
    "baseline_rate": N_("Baseline rate"),
    "target_rate": N_("Target rate"),
    "investment": N_("Invested up front"),
    "investment_name": N_("Investment's name"),
    "avoided_cost_per_week": N_("Public cost avoided per week"),
    "stable_housing": N_("Stable housing"),
    "success": N_("Success"),
    "metric": N_("Metric"),
    "min_weeks": N_("At least, weeks"),
    "metrics": N_("Outcome metrics"),
    "id": N_("Id"),
    "name": N_("Name"),
    "kind": N_("Kind"),
    "window_weeks": N_("Window from enrolment, weeks"),
    "tariffs": N_("Tariffs"),
    "min_hours_per_week": N_("At least, hours per week"),
    "require_verified": N_("Only verified"),
    "cap_weeks_per_participant": N_("Paid weeks per person, at most"),
    "cap_amount_total": N_("Total for the project, at most"),
    "activity_types": N_("Counts as work or education"),
    "min_consecutive_weeks": N_("Weeks in a row"),
    "amount": N_("Pays once"),
    "housing_types": N_("Counts as housing"),
    "min_days": N_("Days in a row"),
}
_AMOUNTS = {"investment", "avoided_cost_per_week", "cap_amount_total", "amount", "tariffs"}
_RATES = {"baseline_rate", "target_rate"}
_CODE_GROUPS = {
    "stable_housing": "housing",
    "housing_types": "housing",
    "activity_types": "activity",
    "tariffs": "activity",
}
_PART = re.compile(r"\[(\d+)\]|([^.\[\]]+)")


def _parts(path: str) -> list[str | int]:
    return [int(index) if index else name for index, name in _PART.findall(path)]


def path_label(path: str, contract: Mapping[str, Any] | None) -> str:
    """'metrics[0].tariffs.flex_job' -> 'Weeks in work or education › Tariffs › Flex job'."""
    words: list[str] = []
    parts = _parts(path)
    for i, part in enumerate(parts):
        parent = parts[i - 1] if i else None
        if isinstance(part, int):
            # A metric is named by its name; a place in a list of codes adds nothing.
            if parent == "metrics" and words:
                words[-1] = _metric_name(contract, part)
        elif parent == "tariffs":
            words.append(i18n.code("activity", part))
        else:
            words.append(tr(FIELDS[part]) if part in FIELDS else part)
    return " › ".join(words) if words else tr("The contract")


def _metric_name(contract: Mapping[str, Any] | None, index: int) -> str:
    metrics = contract.get("metrics") if isinstance(contract, Mapping) else None
    if (
        isinstance(metrics, list)
        and 0 <= index < len(metrics)
        and isinstance(metrics[index], Mapping)
    ):
        m = metrics[index]
        return str(m.get("name") or m.get("id") or index + 1)
    return tr("Metric {number}").format(number=index + 1)


def value_text(path: str, value: Any, contract: Mapping[str, Any] | None = None) -> str:
    """A contract value as a reader writes it, judged by the field it sits in; the success
    metric is named by its name when `contract` is given."""
    names = [p for p in _parts(path) if isinstance(p, str)]
    field = names[-1] if names else ""
    if len(names) >= 2 and names[-2] == "tariffs":
        field = "tariffs"
    if value is None:
        return tr("not set")
    if field == "kind" and value in KINDS:
        return tr(KINDS[value])
    if path == "success.metric" and isinstance(contract, Mapping):
        for m in contract.get("metrics") or []:
            if isinstance(m, Mapping) and m.get("id") == value and m.get("name"):
                return f"{m['name']} ({value})"
    if isinstance(value, bool):
        return tr("yes") if value else tr("no")
    if isinstance(value, list):
        group = _CODE_GROUPS.get(field)
        return ", ".join(i18n.code(group, str(v)) if group else str(v) for v in value) or "–"
    if field in _RATES and isinstance(value, int | float):
        return numbers.rate(value)
    if field in _AMOUNTS and isinstance(value, int | float):
        return numbers.amount(value)
    if field == "payment_end" and isinstance(value, str):
        try:
            return numbers.day(date.fromisoformat(value))
        except ValueError:
            return value
    return str(value)
