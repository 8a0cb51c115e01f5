"""The project in the shape of the INDIGO data standard (Government Outcomes Lab, project schema
version 4): its dates, place, contract, outcome metrics and pricing, the outcome payments by
period and the results, every value wrapped as `{"value": ...}` as the standard wraps it.

Only what caseapp knows is filled in; the rest stays absent rather than invented. The figures
are those of the council report as of the day, through the same disclosure layer: a public
register must not show a group of fewer than five either, so payments come by the council
report's periods and only where it shows them, and a hidden count is left out with a note.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from caseapp.outcomes import (
    ActivitySustainedMetric,
    Contract,
    HousingSustainedMetric,
    WeeklyActivityMetric,
)
from caseapp.reports.claim import quarter_days
from caseapp.reports.council_data import build_council_report
from caseapp.reports.council_disclosure import metric_key, quarter_key
from caseapp.reports.council_model import CouncilReport
from caseapp.reports.disclosure_periods import period_label
from caseapp.reports.fingerprint import RULES_VERSION
from caseapp.services import audit
from caseapp.services.actor import Actor, Can

SCHEMA = "INDIGO project schema, version 4"
HOMELESSNESS = "Homelessness"
EMPLOYMENT = "Employment and training"
VALIDATION = "Simple ex-post verification"


def v(value: Any) -> dict[str, Any]:
    """A value wrapped as the standard wraps every field."""
    return {"value": value}


def _number(amount: Decimal) -> float | int:
    return int(amount) if amount == amount.to_integral_value() else float(amount)


def _money(amount: Decimal, currency: str) -> dict[str, Any]:
    return {"currency": v(currency), "amount": v(_number(amount))}


def _stage(contract: Contract, start: date | None, as_of: date) -> str:
    if start is not None and as_of < start:
        return "Contracted"
    return "Implementation" if as_of <= contract.payment_end else "Service delivery complete"


def _sectors(contract: Contract) -> list[str]:
    out = []
    if any(isinstance(m, HousingSustainedMetric) for m in contract.metrics):
        out.append(HOMELESSNESS)
    if any(not isinstance(m, HousingSustainedMetric) for m in contract.metrics):
        out.append(EMPLOYMENT)
    return out


def _definition(m: Any) -> str:
    """The metric's rule in words (outcome rules v1)."""
    if isinstance(m, WeeklyActivityMetric):
        types = ", ".join(m.tariffs)
        text = (
            f"Paid per ISO week in which a participant is in {types} for at least "
            f"{m.min_hours_per_week:g} hours a week"
        )
        if m.require_verified:
            text += ", with evidence"
        if m.window_weeks:
            text += f", within {m.window_weeks} weeks of enrolment"
        if m.cap_weeks_per_participant:
            text += f", at most {m.cap_weeks_per_participant} weeks per participant"
        return text + "."
    if isinstance(m, ActivitySustainedMetric):
        return (
            f"Paid once per participant with {m.min_consecutive_weeks} consecutive qualifying "
            f"weeks in {', '.join(m.activity_types)} (at least {m.min_hours_per_week:g} hours a "
            "week)" + (f", within {m.window_weeks} weeks of enrolment." if m.window_weeks else ".")
        )
    assert isinstance(m, HousingSustainedMetric)
    return (
        f"Paid once per participant with a continuous stay of {m.min_days} days in "
        f"{', '.join(m.housing_types)}"
        + (f", within {m.window_weeks} weeks of enrolment." if m.window_weeks else ".")
    )


def _pricing(m: Any, currency: str) -> dict[str, Any]:
    out: dict[str, Any] = {"outcome_metric_id": v(m.id), "currency": v(currency)}
    if isinstance(m, WeeklyActivityMetric):
        out["price_description"] = v(
            "Per qualifying week: " + "; ".join(f"{k} {_number(t)}" for k, t in m.tariffs.items())
        )
        if m.cap_amount_total is not None:
            out["maximum_price_if_all_targets_achieved"] = {
                "amount": v(str(_number(m.cap_amount_total)))
            }
    else:
        out["price_per_unit"] = {"amount": v(_number(m.amount))}
        out["price_description"] = v("Once per participant who achieves the outcome.")
    return out


def _payments(r: CouncilReport) -> tuple[list[dict[str, Any]], list[str]]:
    """Outcome payments per metric and period, as the council report shows them."""
    d, cur = r.disclosure, r.contract.currency
    out, left_out = [], []
    for m in r.contract.metrics:
        for period in r.periods.by_metric.get(m.id, ()):
            key = quarter_key(m.id, period_label(period), "amount")
            if key not in d.cells:
                continue
            shown = d.shown(key)
            if shown is None:
                left_out.append(f"{m.id} {period_label(period)}")
                continue
            first, last = quarter_days(period[0])[0], quarter_days(period[-1])[1]
            out.append(
                {
                    "outcome_metric_id": v(m.id),
                    "period": {"start_date": v(first.isoformat()), "end_date": v(last.isoformat())},
                    "type": v("Actual"),
                    "money": _money(Decimal(shown) / 100, cur),
                    "notes": "Earned under the contract's outcome rules; dated by quarter.",
                }
            )
    return out, left_out


def indigo_document(r: CouncilReport) -> dict[str, Any]:
    c, f, d = r.contract, r.figures, r.disclosure
    cur = c.currency
    sectors = _sectors(c)
    notes = [
        f"Made by caseapp {r.program_version} as of {r.as_of.isoformat()} under "
        f"{RULES_VERSION}; fingerprint {r.fingerprint}.",
        "Counts of fewer than five people and figures that would reveal one are left out.",
    ]
    doc: dict[str, Any] = {
        "name": v(r.project_name),
        "alternative_names": v(r.project_key),
        "stage_development": v(_stage(c, r.project_start, r.as_of)),
        "dates": {
            "anticipated_completion_date": v(c.payment_end.isoformat()),
        },
        "jurisdiction": {"jurisdiction": v("DK")},
        "purpose_and_classifications": {"policy_sector": v(sectors[0])},
        "service_and_beneficiaries": {
            "targeted_number_service_users_or_beneficiaries_total": v(c.target_participants),
            "unit_type_targeted_service_users_or_beneficiaries": v("Individual"),
            "actual_number_service_users_or_beneficiaries_total": v(f.participants.counted),
            "unit_type_actual_service_users_or_beneficiaries": v("Individual"),
        },
        "overall_project_finance": {
            "total_outcome_payments_made": _money(f.total_amount, cur),
        },
        "outcome_metrics": [],
        "outcome_pricings": [_pricing(m, cur) for m in c.metrics],
    }
    if r.project_start:
        doc["dates"]["start_date_of_service_provision"] = v(r.project_start.isoformat())
    if r.project_end:
        doc["dates"]["anticipated_end_date_of_service_provision"] = v(r.project_end.isoformat())
    if r.municipality:
        doc["delivery_locations"] = [
            {"location_name": v(r.municipality), "location_country": v("DK")}
        ]
    if c.investment is not None:
        doc["overall_project_finance"]["total_investment_commitment"] = {
            "currency": v(cur),
            "amount": {"exact": v(_number(c.investment))},
        }
    caps = [m.cap_amount_total for m in c.metrics if isinstance(m, WeeklyActivityMetric)]
    if caps and all(cap is not None for cap in caps) and len(caps) == len(c.metrics):
        total_cap = sum((cap for cap in caps if cap is not None), Decimal(0))
        doc["overall_project_finance"]["maximum_potential_outcome_payment_v2"] = _money(
            total_cap, cur
        )
    for m in c.metrics:
        metric: dict[str, Any] = {
            "id": m.id,
            "definition": v(f"{m.name}: {_definition(m)}"),
            "targeted_number_of_service_users_or_beneficiaries_total": v(c.target_participants),
            "unit_type_of_targeted_service_users_or_beneficiaries": v("Individual"),
            "outcome_validation_method": v(VALIDATION),
            "data_source_for_outcome_validation": v(
                "Case records with evidence (pay slips, school confirmations, tenancies)"
            ),
            "policy_sector": v(
                HOMELESSNESS if isinstance(m, HousingSustainedMetric) else EMPLOYMENT
            ),
        }
        if m.id == c.success.metric:
            metric["outcome_metric_target"] = v(
                f"{c.target_rate:.0%} of {c.target_participants} participants "
                f"({f.success.target_count}); baseline {c.baseline_rate:.0%}"
            )
        doc["outcome_metrics"].append(metric)
    payments, left_out = _payments(r)
    if payments:
        doc["outcome_payments"] = payments
    if left_out:
        notes.append("Outcome payments left out (small groups): " + ", ".join(left_out) + ".")
    result: dict[str, Any] = {
        "outcome_metric_id": v(c.success.metric),
        "result_level": v("Project level"),
        "result_type": v("Interim" if r.as_of < c.payment_end else "Final"),
        "period": {
            "start_date": v(r.period.start.isoformat()),
            "end_date": v(min(r.as_of, c.payment_end).isoformat()),
        },
        "number_engaged_in_impact_bond": v(f.participants.counted),
    }
    succeeded = d.shown("succeeded")
    if succeeded is not None:
        result["number_with_positive_social_outcomes"] = v(succeeded)
    else:
        notes.append("The number with positive outcomes is left out (a group under five).")
    doc["results"] = [result]
    for m in c.metrics:
        achieved = metric_key(m.id, "achieved")
        if achieved in d.cells and d.shown(achieved) is not None:
            doc["results"].append(
                {
                    "outcome_metric_id": v(m.id),
                    "result_level": v("Outcome level"),
                    "result_type": result["result_type"],
                    "period": result["period"],
                    "number_with_positive_social_outcomes": v(d.shown(achieved)),
                }
            )
    doc["notes"] = v(" ".join(notes))
    return doc


def export_indigo(session: Session, actor: Actor, project_key: str, as_of: date) -> dict[str, Any]:
    """The INDIGO document of the project as of the day; audit-logged, no personal data."""
    actor.require(Can.MAKE_REPORTS)
    report = build_council_report(session, actor, project_key, as_of, restate=False)
    audit.record(session, actor, "exported_indigo", detail=f"{project_key} {as_of}")
    return indigo_document(report)
