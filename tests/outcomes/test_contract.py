"""Parsing a contract with the defaults of the rules, its semantic checks, and export."""

from __future__ import annotations

import copy
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from caseapp.domain.errors import Message, ValidationFailed
from caseapp.outcomes import (
    ActivitySustainedMetric,
    HousingSustainedMetric,
    WeeklyActivityMetric,
    contract_problems,
    contract_to_dict,
    parse_contract,
)

from .builders import contract_dict, sustained_home, sustained_job, weekly
from .dataset_facts import load_json


def _sample_contract() -> dict[str, Any]:
    return copy.deepcopy(load_json("sample-dataset.json")["projects"][0]["contract"])


def test_minimal_contract_gets_the_defaults_of_the_rules() -> None:
    d = contract_dict(weekly(), sustained_job(), sustained_home())
    for key in ("investment", "avoided_cost_per_week"):
        del d[key]
    d["success"] = {"metric": "work"}
    c = parse_contract(d)
    assert (c.investment, c.avoided_cost_per_week) == (None, None)
    assert c.stable_housing == ("own_tenancy", "supported_housing")
    assert c.success.min_weeks == 1
    assert c.payment_end == date(2030, 12, 31)
    work, job, home = c.metrics
    assert isinstance(work, WeeklyActivityMetric)
    assert (work.min_hours_per_week, work.require_verified, work.window_weeks) == (0, True, None)
    assert (work.cap_weeks_per_participant, work.cap_amount_total) == (None, None)
    assert work.tariffs == {"ordinary_job": Decimal(1000), "education": Decimal(700)}
    assert isinstance(job, ActivitySustainedMetric)
    assert (job.min_hours_per_week, job.require_verified, job.window_weeks) == (0, True, None)
    assert isinstance(home, HousingSustainedMetric)
    assert home.window_weeks is None
    assert c.success_metric is work


def test_the_sample_contract_exports_back_to_the_same_dict() -> None:
    d = _sample_contract()
    assert contract_to_dict(parse_contract(d)) == d


def test_export_then_parse_gives_the_same_contract() -> None:
    d = contract_dict(weekly(tariffs={"education": 0.1}), sustained_job(), sustained_home())
    c = parse_contract(d)
    assert parse_contract(contract_to_dict(c)) == c
    assert contract_to_dict(c)["metrics"][0]["tariffs"] == {"education": 0.1}


def test_the_sample_contract_has_no_problems() -> None:
    assert contract_problems(_sample_contract()) == []


def _problems(change: Any) -> list[tuple[str, str]]:
    d = _sample_contract()
    change(d)
    return contract_problems(d)


def _paths(change: Any) -> list[str]:
    return [path for path, _ in _problems(change)]


def test_metric_ids_must_be_unique() -> None:
    def duplicate(d: dict[str, Any]) -> None:
        d["metrics"][2]["id"] = "work-edu"

    assert [(where, str(what)) for where, what in _problems(duplicate)] == [
        ("metrics[2].id", "duplicate metric id 'work-edu'")
    ]


def test_success_must_name_an_existing_weekly_or_activity_metric() -> None:
    assert _paths(lambda d: d["success"].update(metric="nope")) == ["success.metric"]
    assert _paths(lambda d: d["success"].update(metric="housed-12m")) == ["success.metric"]
    assert _paths(lambda d: d["success"].update(metric="job-13w")) == []
    assert _paths(lambda d: d["success"].update(min_weeks=0)) == ["success.min_weeks"]
    assert _paths(lambda d: d.pop("success")) == ["success"]


def test_payment_end_must_be_a_real_date() -> None:
    assert _paths(lambda d: d.update(payment_end="2024-02-30")) == ["payment_end"]
    assert _paths(lambda d: d.update(payment_end="2024-2-3")) == ["payment_end"]


def test_rates_and_amounts_must_be_in_range() -> None:
    assert _paths(lambda d: d.update(target_rate=1.5)) == ["target_rate"]
    assert _paths(lambda d: d.update(baseline_rate=-0.1)) == ["baseline_rate"]
    assert _paths(lambda d: d.update(baseline_rate=True)) == ["baseline_rate"]
    assert _paths(lambda d: d.update(investment=-1)) == ["investment"]
    assert _paths(lambda d: d.update(target_participants=0)) == ["target_participants"]
    assert _paths(lambda d: d["metrics"][0]["tariffs"].update(flex_job=-5)) == [
        "metrics[0].tariffs.flex_job"
    ]
    assert _paths(lambda d: d["metrics"][0].update(cap_amount_total=-1)) == [
        "metrics[0].cap_amount_total"
    ]
    assert _paths(lambda d: d["metrics"][1].update(min_hours_per_week=200)) == [
        "metrics[1].min_hours_per_week"
    ]


def test_codes_must_be_known() -> None:
    assert _paths(lambda d: d["metrics"][0]["tariffs"].update(dancing=5)) == ["metrics[0].tariffs"]
    assert _paths(lambda d: d["metrics"][2].update(housing_types=["castle"])) == [
        "metrics[2].housing_types[0]"
    ]
    assert _paths(lambda d: d.update(stable_housing=["own_tenancy", "own_tenancy"])) == [
        "stable_housing"
    ]
    assert _paths(lambda d: d["metrics"][1].update(kind="monthly")) == ["metrics[1].kind"]


def test_a_metric_that_can_never_be_achieved_is_a_problem() -> None:
    # The 104-week window holds at most 105 ISO weeks, and 104 * 7 = 728 days.
    assert _paths(lambda d: d["metrics"][1].update(min_consecutive_weeks=105)) == []
    assert _paths(lambda d: d["metrics"][1].update(min_consecutive_weeks=106)) == [
        "metrics[1].min_consecutive_weeks"
    ]
    assert _paths(lambda d: d["metrics"][2].update(window_weeks=52)) == ["metrics[2].min_days"]


def test_unknown_and_missing_fields_are_problems() -> None:
    assert _paths(lambda d: d.update(bonus=1)) == ["bonus"]
    assert _paths(lambda d: d["metrics"][2].pop("min_days")) == ["metrics[2].min_days"]
    assert _paths(lambda d: d["metrics"][0].update(amount=5)) == ["metrics[0].amount"]
    assert contract_problems([]) == [("", Message("the contract must be an object"))]
    assert _paths(lambda d: d.update(metrics=[])) == ["metrics", "success.metric"]


def test_parse_contract_refuses_a_contract_with_problems_naming_all_of_them() -> None:
    d = _sample_contract()
    d["payment_end"] = "2024-13-01"
    d["metrics"][1]["id"] = "work-edu"
    with pytest.raises(ValidationFailed) as caught:
        parse_contract(d)
    assert [p.where for p in caught.value.problems] == ["payment_end", "metrics[1].id"]
