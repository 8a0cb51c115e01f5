"""The demo projects' outcome contracts, in the dataset format (see the outcome rules, v1).

The Aarhus contracts pay for stable housing held 12 and 24 months and for weeks in work or
education; the Aalborg social bond pays per week in a job or education over three years. Tariffs
and amounts are invented but sized so that reaching the target repays about the investment.
"""

from __future__ import annotations

from datetime import date
from typing import Any

STABLE_HOUSING = ["own_tenancy", "supported_housing"]


def _housing_metrics(window_weeks: int, amount_12m: int, amount_24m: int) -> list[dict[str, Any]]:
    return [
        {
            "id": "housed-12m",
            "name": "12 måneder i egen bolig eller botilbud",
            "kind": "housing_sustained",
            "housing_types": list(STABLE_HOUSING),
            "window_weeks": window_weeks,
            "min_days": 365,
            "amount": amount_12m,
        },
        {
            "id": "housed-24m",
            "name": "24 måneder i egen bolig eller botilbud",
            "kind": "housing_sustained",
            "housing_types": list(STABLE_HOUSING),
            "window_weeks": window_weeks,
            "min_days": 730,
            "amount": amount_24m,
        },
    ]


def youth_housing_first(
    payment_end: date,
    target: int,
    investment: int,
    *,
    most_vulnerable: bool,
    investment_name: str | None = None,
) -> dict[str, Any]:
    """Housing First + Job First for homeless 18-24 year olds (Aarhus' two strands)."""
    if most_vulnerable:
        # The most vulnerable strand counts any regular activity, placements and FGU included.
        activity: dict[str, Any] = {
            "id": "activity",
            "name": "Uger i job, praktik eller uddannelse",
            "kind": "weekly_activity",
            "tariffs": {
                "ordinary_job": 1500,
                "flex_job": 1500,
                "sheltered_job": 1000,
                "subsidised_job": 900,
                "work_placement": 500,
                "education": 1500,
                "preparatory_education": 1000,
            },
            "min_hours_per_week": 0,
            "require_verified": True,
            "window_weeks": 156,
            "cap_weeks_per_participant": 104,
            "cap_amount_total": None,
        }
        success = {"metric": "activity", "min_weeks": 8}
        rates = (0.15, 0.35)
        housing = _housing_metrics(208, 180_000, 80_000)
        extra: list[dict[str, Any]] = []
    else:
        activity = {
            "id": "job-edu",
            "name": "Uger i job eller uddannelse (mindst 10 timer)",
            "kind": "weekly_activity",
            "tariffs": {
                "ordinary_job": 1500,
                "flex_job": 1500,
                "subsidised_job": 800,
                "education": 1500,
                "preparatory_education": 1000,
            },
            "min_hours_per_week": 10,
            "require_verified": True,
            "window_weeks": 156,
            "cap_weeks_per_participant": 104,
            "cap_amount_total": None,
        }
        success = {"metric": "job-edu", "min_weeks": 13}
        rates = (0.25, 0.5)
        housing = _housing_metrics(208, 150_000, 60_000)
        extra = [
            {
                "id": "job-13w",
                "name": "13 uger i træk i job eller uddannelse (mindst 15 timer)",
                "kind": "activity_sustained",
                "activity_types": ["ordinary_job", "flex_job", "education"],
                "min_hours_per_week": 15,
                "require_verified": True,
                "window_weeks": 156,
                "min_consecutive_weeks": 13,
                "amount": 40_000,
            }
        ]
    return {
        "currency": "DKK",
        "payment_end": payment_end.isoformat(),
        "target_participants": target,
        "baseline_rate": rates[0],
        "target_rate": rates[1],
        "investment": investment,
        "avoided_cost_per_week": 2300,
        "stable_housing": list(STABLE_HOUSING),
        "success": success,
        "metrics": [*housing, activity, *extra],
        **({"investment_name": investment_name} if investment_name else {}),
    }


def social_bond(
    payment_end: date, target: int, investment: int, *, total_cap: int | None
) -> dict[str, Any]:
    """Aalborg's social bond: a price per week in a job or education, for three years each."""
    return {
        "currency": "DKK",
        "payment_end": payment_end.isoformat(),
        "target_participants": target,
        "baseline_rate": 0.25,
        "target_rate": 0.5,
        "investment": investment,
        "avoided_cost_per_week": 3400,
        "stable_housing": list(STABLE_HOUSING),
        "success": {"metric": "work-edu", "min_weeks": 1},
        "metrics": [
            {
                "id": "work-edu",
                "name": "Uger i job, fleksjob, skånejob eller uddannelse",
                "kind": "weekly_activity",
                "tariffs": {
                    "ordinary_job": 2600,
                    "flex_job": 2100,
                    "sheltered_job": 1500,
                    "education": 2600,
                },
                "min_hours_per_week": 0,
                "require_verified": True,
                "window_weeks": 156,
                "cap_weeks_per_participant": None,
                "cap_amount_total": total_cap,
            }
        ],
    }
