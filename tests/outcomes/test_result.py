"""The JSON shape of `caseapp outcomes --json`: keys per metric kind and rounding."""

from __future__ import annotations

from caseapp.outcomes import to_json_dict

from .builders import contract, home, job, person, run, sustained_home, sustained_job, weekly


def test_each_metric_kind_has_its_keys() -> None:
    c = contract(weekly(), sustained_job(), sustained_home())
    p = person(activities=(job("2023-01-02"),), housing=(home("2023-01-02"),))
    metrics = to_json_dict(run(c, [p], "2024-06-30"))["metrics"]
    assert [list(m) for m in metrics] == [
        ["id", "kind", "qualifying_weeks", "paid_weeks", "amount", "amount_uncapped",
         "by_quarter", "by_participant"],
        ["id", "kind", "qualifying_weeks", "achieved", "amount", "amount_uncapped",
         "by_quarter", "by_participant"],
        ["id", "kind", "achieved", "amount", "amount_uncapped", "by_quarter", "by_participant"],
    ]  # fmt: skip
    assert list(metrics[0]["by_quarter"][0]) == ["quarter", "paid_weeks", "amount"]
    assert list(metrics[1]["by_quarter"][0]) == ["quarter", "achieved", "amount"]
    assert list(metrics[1]["by_participant"][0]) == [
        "participant",
        "qualifying_weeks",
        "achieved_on",
        "amount",
    ]
    assert metrics[2]["by_participant"][0] == {
        "participant": "P-1",
        "achieved_on": "2024-01-01",
        "amount": 25000.0,
    }


def test_amounts_round_half_up_to_two_decimals_and_rates_to_four() -> None:
    c = contract(weekly(tariffs={"ordinary_job": 0.125}), investment=3)
    people = [person("A", activities=(job("2023-01-02", "2023-01-08"),)), person("B"), person("C")]
    out = to_json_dict(run(c, people, "2023-06-30"))
    assert out["metrics"][0]["amount"] == 0.13
    assert out["total_amount"] == 0.13
    assert out["repayment_ratio"] == 0.0417  # 0.125 / 3
    assert out["success"]["rate"] == 0.3333
    assert out["gross_saving"] == 2000.0
    assert isinstance(out["metrics"][0]["by_participant"][0]["amount"], float)
