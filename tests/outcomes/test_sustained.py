"""Rules 10-11 on hand-made cases: the one-off activity_sustained and housing_sustained metrics."""

from __future__ import annotations

from datetime import date
from typing import Any

from caseapp.outcomes import ActivitySpell, HousingSpell, SustainedResult

from .builders import contract, d, home, job, person, run, sustained_home, sustained_job, weekly


def _job_metric(
    spells: tuple[ActivitySpell, ...], as_of: str, enrolled: str = "2023-01-02", **fields: Any
) -> SustainedResult:
    c = contract(weekly(), sustained_job(**fields))
    metric = run(c, [person(enrolled=enrolled, activities=spells)], as_of).metrics[1]
    assert isinstance(metric, SustainedResult)
    return metric


def _achieved_on(spells: tuple[ActivitySpell, ...], as_of: str, **fields: Any) -> date | None:
    return _job_metric(spells, as_of, **fields).by_participant[0].achieved_on


# Rule 10: sustained activity.


def test_achievement_date_is_the_monday_of_the_week_that_completes_the_run() -> None:
    # A job starting on a Wednesday: its first week counts, so week 13 starts 12 weeks later.
    assert _achieved_on((job("2023-01-04"),), "2023-12-31") == d("2023-03-27")
    metric = _job_metric((job("2023-01-04"),), "2023-12-31")
    assert (metric.achieved, metric.amount) == (1, 10000)
    assert [(q.quarter, q.achieved, q.amount) for q in metric.by_quarter] == [("2023Q1", 1, 10000)]


def test_not_achieved_before_the_completing_week_is_reached() -> None:
    assert _achieved_on((job("2023-01-04"),), "2023-03-26") is None
    assert _achieved_on((job("2023-01-04"),), "2023-03-27") == d("2023-03-27")


def test_back_to_back_spells_are_consecutive_weeks_but_a_missing_week_breaks_the_run() -> None:
    # Friday of week 6, then Monday of week 7: no week without a job.
    joined = (job("2023-01-02", "2023-02-10"), job("2023-02-13", kind="flex_job", hours=12))
    assert _achieved_on(joined, "2023-12-31") == d("2023-03-27")
    # The week of 2023-02-13 has no job at all: the run restarts on 2023-02-20.
    broken = (job("2023-01-02", "2023-02-10"), job("2023-02-20"))
    assert _achieved_on(broken, "2023-12-31") == d("2023-05-15")


def test_sustained_activity_uses_the_metrics_own_types_hours_and_verification() -> None:
    short_hours = (job("2023-01-02", hours=8),)
    assert _achieved_on(short_hours, "2023-12-31", min_hours_per_week=10) is None
    education = (job("2023-01-02", kind="education"),)
    assert _achieved_on(education, "2023-12-31") is None
    unverified = (job("2023-01-02", verified=False),)
    assert _achieved_on(unverified, "2023-12-31") is None
    assert _achieved_on(unverified, "2023-12-31", require_verified=False) == d("2023-03-27")


def test_the_run_must_complete_inside_the_window() -> None:
    # Enrolled on Monday 2023-01-02: a 13-week window ends on Sunday 2023-04-02.
    assert _achieved_on((job("2023-01-02"),), "2023-12-31", window_weeks=13) == d("2023-03-27")
    assert _achieved_on((job("2023-01-09"),), "2023-12-31", window_weeks=13) is None
    c = contract(weekly(), sustained_job(), payment_end="2023-03-26")
    p = person(enrolled="2023-01-02", activities=(job("2023-01-02"),))
    assert run(c, [p], "2023-12-31").metrics[1].amount == 0


def test_a_window_of_n_weeks_from_mid_week_holds_n_plus_one_iso_weeks() -> None:
    # Enrolled on a Wednesday with a 12-week window (to Tuesday 2023-03-28): 13 ISO weeks.
    metric = _job_metric((job("2023-01-04"),), "2023-12-31", enrolled="2023-01-04", window_weeks=12)
    assert metric.by_participant[0].achieved_on == d("2023-03-27")


def test_a_one_off_belongs_to_the_quarter_of_its_date_not_of_its_weeks_thursday() -> None:
    metric = _job_metric(
        (job("2024-12-30"),), "2025-03-31", enrolled="2024-12-30", min_consecutive_weeks=1
    )
    assert metric.by_participant[0].achieved_on == d("2024-12-30")
    assert [q.quarter for q in metric.by_quarter] == ["2024Q4"]


def test_a_one_week_run_in_the_enrolment_week_is_dated_on_its_monday() -> None:
    # Decision: rule 10 dates the achievement on the Monday even when that precedes enrolment.
    metric = _job_metric(
        (job("2023-01-04"),), "2023-06-30", enrolled="2023-01-04", min_consecutive_weeks=1
    )
    assert metric.by_participant[0].achieved_on == d("2023-01-02")


def test_qualifying_weeks_of_a_sustained_metric_count_all_its_qualifying_weeks() -> None:
    spells = (job("2023-01-02", "2023-01-15"), job("2023-03-06", "2023-03-19"))
    metric = _job_metric(spells, "2023-12-31")
    assert (metric.qualifying_weeks, metric.achieved) == (4, 0)
    assert metric.by_participant[0].qualifying_weeks == 4


# Rule 11: sustained housing.


def _home_metric(
    spells: tuple[HousingSpell, ...], as_of: str, enrolled: str = "2023-01-02", **fields: Any
) -> SustainedResult:
    c = contract(weekly(), sustained_home(**fields))
    metric = run(c, [person(enrolled=enrolled, housing=spells)], as_of).metrics[1]
    assert isinstance(metric, SustainedResult)
    return metric


def _housed_on(spells: tuple[HousingSpell, ...], as_of: str, **fields: Any) -> date | None:
    return _home_metric(spells, as_of, **fields).by_participant[0].achieved_on


def test_housing_achievement_date_is_run_start_plus_min_days_minus_one() -> None:
    assert _housed_on((home("2023-02-01"),), "2024-06-30") == d("2024-01-31")
    assert _housed_on((home("2023-02-01"),), "2024-01-30") is None
    metric = _home_metric((home("2023-02-01"),), "2024-06-30")
    assert (metric.achieved, metric.amount, metric.qualifying_weeks) == (1, 25000, None)
    assert [(q.quarter, q.achieved) for q in metric.by_quarter] == [("2024Q1", 1)]


def test_a_spell_starting_the_day_after_a_run_ends_extends_it() -> None:
    spells = (home("2023-02-01", "2023-06-30"), home("2023-07-01", kind="supported_housing"))
    assert _housed_on(spells, "2024-06-30") == d("2024-01-31")


def test_a_one_day_gap_or_other_housing_starts_a_new_run() -> None:
    gap = (home("2023-02-01", "2023-06-30"), home("2023-07-02"))
    assert _housed_on(gap, "2024-06-30") == d("2024-06-30")  # 2023-07-02 + 364
    couch = (
        home("2023-02-01", "2023-06-30"),
        home("2023-07-01", "2023-07-31", kind="couch_surfing"),
        home("2023-08-01"),
    )
    assert _housed_on(couch, "2024-06-30") is None


def test_overlapping_spells_join() -> None:
    spells = (home("2023-02-01", "2023-09-30"), home("2023-06-01", kind="supported_housing"))
    assert _housed_on(spells, "2024-06-30") == d("2024-01-31")


def test_a_stay_from_before_enrolment_counts_from_enrolment() -> None:
    assert _housed_on((home("2020-01-01"),), "2024-06-30") == d("2024-01-01")  # 2023-01-02 + 364


def test_the_stay_must_reach_min_days_inside_the_window() -> None:
    assert _housed_on((home("2023-01-09"),), "2024-06-30", window_weeks=53) is None
    assert _housed_on((home("2023-01-02"),), "2024-06-30", window_weeks=53) == d("2024-01-01")
    c = contract(weekly(), sustained_home(), payment_end="2023-12-31")
    p = person(enrolled="2023-01-02", housing=(home("2023-01-02"),))
    assert run(c, [p], "2024-06-30").metrics[1].amount == 0


def test_the_first_run_that_gets_there_dates_the_achievement() -> None:
    spells = (home("2023-01-02", "2023-03-31"), home("2023-05-01", "2024-12-31"))
    assert _housed_on(spells, "2025-06-30") == d("2024-04-29")  # 2023-05-01 + 364
