"""Short builders for hand-made engine cases: contracts, participants and spells."""

from __future__ import annotations

from datetime import date
from typing import Any

from caseapp.outcomes import (
    ActivitySpell,
    Contract,
    Enrolment,
    HousingSpell,
    OutcomeResult,
    ParticipantFacts,
    compute,
    parse_contract,
)


def d(text: str) -> date:
    """A date from YYYY-MM-DD."""
    return date.fromisoformat(text)


def weekly(metric_id: str = "work", **fields: Any) -> dict[str, Any]:
    """A weekly_activity metric dict; tariffs default to ordinary_job 1000, education 700."""
    return {
        "id": metric_id,
        "name": metric_id,
        "kind": "weekly_activity",
        "tariffs": {"ordinary_job": 1000, "education": 700},
    } | fields


def sustained_job(metric_id: str = "job-13w", **fields: Any) -> dict[str, Any]:
    """An activity_sustained metric dict: 13 weeks of ordinary or flex job, 10000."""
    return {
        "id": metric_id,
        "name": metric_id,
        "kind": "activity_sustained",
        "activity_types": ["ordinary_job", "flex_job"],
        "min_consecutive_weeks": 13,
        "amount": 10000,
    } | fields


def sustained_home(metric_id: str = "housed", **fields: Any) -> dict[str, Any]:
    """A housing_sustained metric dict: 365 days in own tenancy or supported housing, 25000."""
    return {
        "id": metric_id,
        "name": metric_id,
        "kind": "housing_sustained",
        "housing_types": ["own_tenancy", "supported_housing"],
        "min_days": 365,
        "amount": 25000,
    } | fields


def contract_dict(*metrics: dict[str, Any], **fields: Any) -> dict[str, Any]:
    """A contract dict; success defaults to the first metric with min_weeks 1."""
    metrics = metrics or (weekly(),)
    return {
        "currency": "DKK",
        "payment_end": "2030-12-31",
        "target_participants": 10,
        "baseline_rate": 0.25,
        "target_rate": 0.5,
        "investment": 100000,
        "avoided_cost_per_week": 2000,
        "success": {"metric": metrics[0]["id"], "min_weeks": 1},
        "metrics": list(metrics),
    } | fields


def contract(*metrics: dict[str, Any], **fields: Any) -> Contract:
    """A parsed contract (see contract_dict)."""
    return parse_contract(contract_dict(*metrics, **fields))


def job(
    start: str,
    end: str | None = None,
    kind: str = "ordinary_job",
    hours: float | None = 37,
    verified: bool = True,
) -> ActivitySpell:
    """An activity spell, by default a verified full-time ordinary job."""
    return ActivitySpell(kind, d(start), None if end is None else d(end), hours, verified)


def home(start: str, end: str | None = None, kind: str = "own_tenancy") -> HousingSpell:
    """A housing spell, by default an own tenancy."""
    return HousingSpell(kind, d(start), None if end is None else d(end))


def person(
    key: str = "P-1",
    enrolled: str | None = "2023-01-02",
    activities: tuple[ActivitySpell, ...] = (),
    housing: tuple[HousingSpell, ...] = (),
    referred: str | None = None,
    exited: str | None = None,
) -> ParticipantFacts:
    """A participant; referred defaults to the enrolment day (or 2023-01-01)."""
    referred_on = d(referred or enrolled or "2023-01-01")
    enrolment = Enrolment(
        referred_on,
        None if enrolled is None else d(enrolled),
        None if exited is None else d(exited),
        None if exited is None else "other",
    )
    return ParticipantFacts(key, enrolment, tuple(activities), tuple(housing))


def run(c: Contract, people: list[ParticipantFacts], as_of: str) -> OutcomeResult:
    """compute() for project "T"."""
    return compute(c, people, d(as_of), "T")
