"""Which projects a demo holds and how its participants are shared among them."""

from __future__ import annotations

from datetime import date

from caseapp.demo.projects import plan_projects
from caseapp.outcomes import contract_problems

TODAY = date(2026, 3, 18)


def test_default_is_the_seed_projects_at_their_real_sizes() -> None:
    plans = plan_projects(None, TODAY)
    assert [(p.key, p.size) for p in plans] == [("AAR-HF", 45), ("AAR-HF2", 35), ("AAL-SIB", 120)]
    aarhus = {p.key: p for p in plans}
    assert aarhus["AAR-HF"].name == "Tidlig og intensiv indsats for unge hjemløse"
    assert aarhus["AAR-HF"].ages == (18, 24) and aarhus["AAL-SIB"].ages == (25, 60)
    # The two Aarhus strands share the DKK 23.2 million investment.
    investment = sum(aarhus[k].contract["investment"] for k in ("AAR-HF", "AAR-HF2"))
    assert investment == 23_200_000


def test_projects_started_about_three_years_ago() -> None:
    for plan in plan_projects(None, TODAY):
        assert 33 * 30 <= (TODAY - plan.start).days <= 37 * 31
        assert plan.end > plan.start


def test_contracts_follow_the_outcome_rules() -> None:
    for plan in plan_projects(400, TODAY):
        assert contract_problems(plan.contract) == [], plan.key
    sib = next(p for p in plan_projects(None, TODAY) if p.key == "AAL-SIB").contract
    assert sib["target_participants"] == 120
    assert (sib["baseline_rate"], sib["target_rate"]) == (0.25, 0.5)
    (metric,) = sib["metrics"]
    assert metric["kind"] == "weekly_activity" and metric["window_weeks"] == 156
    assert set(metric["tariffs"]) == {"ordinary_job", "flex_job", "sheltered_job", "education"}
    hf = next(p for p in plan_projects(None, TODAY) if p.key == "AAR-HF").contract
    housed = next(m for m in hf["metrics"] if m["id"] == "housed-12m")
    assert housed["kind"] == "housing_sustained" and housed["min_days"] == 365


def test_fewer_people_scale_the_seed_projects_down() -> None:
    plans = plan_projects(20, TODAY)
    assert [p.key for p in plans] == ["AAR-HF", "AAR-HF2", "AAL-SIB"]
    assert sum(p.size for p in plans) == 20


def test_more_people_fill_invented_projects_in_other_municipalities() -> None:
    plans = plan_projects(300, TODAY)
    assert [p.key for p in plans] == ["AAR-HF", "AAR-HF2", "AAL-SIB", "ODE-HF"]
    assert plans[-1].size == 100 and plans[-1].town.municipality == "Odense Kommune"
    big = plan_projects(10_000, TODAY)
    assert sum(p.size for p in big) == 10_000
    assert len({p.key for p in big}) == len(big)
    assert {p.strand for p in big} == {"youth", "vulnerable", "bond"}
