"""Rules 2 and 4-9 on small hand-made cases: what a weekly_activity metric pays."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from caseapp.outcomes import ActivitySpell, WeeklyResult

from .builders import contract, job, person, run, weekly


def _metric(metric: object) -> WeeklyResult:
    assert isinstance(metric, WeeklyResult)
    return metric


def weeks_of(
    c_fields: dict[str, Any], spells: tuple[ActivitySpell, ...], as_of: str, enrolled: str
) -> int:
    """Qualifying weeks of one participant under a weekly metric with `c_fields`."""
    c = contract(weekly(**c_fields))
    result = run(c, [person(enrolled=enrolled, activities=spells)], as_of)
    return _metric(result.metrics[0]).qualifying_weeks


# Rule 2: the window.


def test_weeks_run_from_the_enrolment_week_to_the_as_of_week() -> None:
    # Enrolled on a Wednesday, as of a Tuesday: the job before enrolment earns nothing, the
    # partial first and last weeks qualify through their days inside the window.
    spells = (job("2022-12-01"),)
    assert weeks_of({}, spells, as_of="2023-01-31", enrolled="2023-01-04") == 5


def test_window_weeks_counts_days_so_two_weeks_can_touch_three_iso_weeks() -> None:
    # 2023-01-04 + 7 * 2 - 1 = 2023-01-17 (a Tuesday): ISO weeks of Jan 2, Jan 9 and Jan 16.
    spells = (job("2022-12-01"),)
    assert weeks_of({"window_weeks": 2}, spells, as_of="2024-01-01", enrolled="2023-01-04") == 3


def test_nothing_is_earned_after_payment_end() -> None:
    c = contract(weekly(), payment_end="2023-01-10")
    result = run(c, [person(enrolled="2023-01-04", activities=(job("2022-12-01"),))], "2024-01-01")
    assert _metric(result.metrics[0]).qualifying_weeks == 2


def test_an_empty_window_earns_nothing_but_the_participant_is_listed() -> None:
    c = contract(weekly(), payment_end="2022-12-31")
    result = run(c, [person(enrolled="2023-01-04", activities=(job("2022-12-01"),))], "2024-01-01")
    metric = _metric(result.metrics[0])
    assert metric.qualifying_weeks == 0
    assert [(p.participant, p.amount) for p in metric.by_participant] == [("P-1", Decimal(0))]


def test_a_job_in_the_enrolment_week_but_before_enrolment_does_not_count() -> None:
    # Job Monday-Tuesday, enrolment Wednesday of the same week.
    spells = (job("2023-01-02", "2023-01-03"),)
    assert weeks_of({}, spells, as_of="2023-06-30", enrolled="2023-01-04") == 0


def test_exit_does_not_end_the_window() -> None:
    # Rule 1 keeps exited participants counted and rule 2 does not stop at exited_on.
    c = contract(weekly())
    p = person(enrolled="2023-01-02", exited="2023-01-15", activities=(job("2023-01-02"),))
    assert _metric(run(c, [p], "2023-01-29").metrics[0]).qualifying_weeks == 4


# Rule 4: qualifying spells.


def test_hours_threshold_is_inclusive_and_missing_hours_count_as_zero() -> None:
    fields = {"min_hours_per_week": 10}
    enrolled, as_of = "2023-01-02", "2023-01-08"
    assert weeks_of(fields, (job("2023-01-02", hours=10),), as_of, enrolled) == 1
    assert weeks_of(fields, (job("2023-01-02", hours=9.5),), as_of, enrolled) == 0
    assert weeks_of(fields, (job("2023-01-02", hours=None),), as_of, enrolled) == 0
    assert weeks_of({}, (job("2023-01-02", hours=None),), as_of, enrolled) == 1


def test_unverified_spells_count_only_when_the_metric_does_not_require_it() -> None:
    spells = (job("2023-01-02", verified=False),)
    assert weeks_of({}, spells, "2023-01-08", "2023-01-02") == 0
    assert weeks_of({"require_verified": False}, spells, "2023-01-08", "2023-01-02") == 1


def test_types_outside_the_tariffs_do_not_qualify() -> None:
    spells = (job("2023-01-02", kind="subsidised_job"),)
    assert weeks_of({}, spells, "2023-01-29", "2023-01-02") == 0


# Rules 5-6: one payment per week, at the highest tariff.


def test_a_week_covered_by_two_spells_is_paid_once_at_the_highest_tariff() -> None:
    c = contract(weekly())
    spells = (job("2023-01-02", "2023-01-15", kind="education"), job("2023-01-08", "2023-01-08"))
    metric = _metric(run(c, [person(activities=spells)], "2023-01-15").metrics[0])
    assert (metric.qualifying_weeks, metric.paid_weeks) == (2, 2)
    assert metric.amount == Decimal(1000 + 700)  # the job's Sunday lifts week 1 to 1000


def test_a_spell_active_only_outside_the_window_does_not_set_the_tariff() -> None:
    # The job ends on Tuesday, the day before enrolment in the same week: rule 6 looks only at
    # days of the week inside the window, so the week earns the education tariff.
    c = contract(weekly())
    spells = (job("2022-12-01", "2023-01-03"), job("2023-01-02", kind="education"))
    p = person(enrolled="2023-01-04", activities=spells)
    assert _metric(run(c, [p], "2023-01-08").metrics[0]).amount == Decimal(700)


# Rule 7: the per-participant cap.


def test_only_the_first_capped_weeks_are_paid_later_ones_still_qualify() -> None:
    c = contract(weekly(cap_weeks_per_participant=3))
    p = person(activities=(job("2023-01-02", "2023-03-12"),))
    metric = _metric(run(c, [p], "2023-06-30").metrics[0])
    row = metric.by_participant[0]
    assert (row.qualifying_weeks, row.paid_weeks, row.amount) == (10, 3, Decimal(3000))
    assert [(q.quarter, q.paid_weeks) for q in metric.by_quarter] == [("2023Q1", 3)]


def test_the_cap_takes_weeks_in_time_order_not_the_best_paid() -> None:
    c = contract(weekly(cap_weeks_per_participant=1))
    spells = (job("2023-01-02", "2023-01-08", kind="education"), job("2023-01-09", "2023-01-15"))
    assert _metric(run(c, [person(activities=spells)], "2023-06-30").metrics[0]).amount == 700


def test_with_a_cap_an_earlier_lower_paid_week_can_lower_the_amount() -> None:
    # Rule 7 taken literally: recording an earlier education week pushes the better-paid job
    # week past a one-week cap. Qualifying weeks still rise; the amount falls from 1000 to 700.
    c = contract(weekly(cap_weeks_per_participant=1))
    job_week = job("2023-01-09", "2023-01-15")
    before = _metric(run(c, [person(activities=(job_week,))], "2023-06-30").metrics[0])
    education = job("2023-01-02", "2023-01-08", kind="education")
    after = _metric(run(c, [person(activities=(job_week, education))], "2023-06-30").metrics[0])
    assert (before.qualifying_weeks, before.amount) == (1, 1000)
    assert (after.qualifying_weeks, after.amount) == (2, 700)


def test_a_cap_of_zero_weeks_pays_nothing() -> None:
    c = contract(weekly(cap_weeks_per_participant=0))
    metric = _metric(run(c, [person(activities=(job("2023-01-02"),))], "2023-06-30").metrics[0])
    assert (metric.qualifying_weeks > 0, metric.paid_weeks, metric.by_quarter) == (True, 0, ())


# Rules 8-9: quarters and the total cap.


def _quarters(cap: int | None) -> WeeklyResult:
    # 19 weeks: Thursdays Mar 9-30 (4 in 2023Q1), Apr 6-Jun 29 (13 in Q2), Jul 6-13 (2 in Q3).
    c = contract(weekly(cap_amount_total=cap))
    people = [person("A", activities=(job("2023-03-06", "2023-07-16"),))]
    return _metric(run(c, people, "2023-12-31").metrics[0])


def test_by_quarter_without_a_cap() -> None:
    metric = _quarters(None)
    assert [(q.quarter, q.paid_weeks, q.amount) for q in metric.by_quarter] == [
        ("2023Q1", 4, 4000),
        ("2023Q2", 13, 13000),
        ("2023Q3", 2, 2000),
    ]
    assert metric.amount == metric.amount_uncapped == 19000


def test_the_crossing_quarter_keeps_the_remainder_and_later_quarters_get_nothing() -> None:
    metric = _quarters(5500)
    assert [(q.quarter, q.paid_weeks, q.amount) for q in metric.by_quarter] == [
        ("2023Q1", 4, 4000),
        ("2023Q2", 13, 1500),
        ("2023Q3", 2, 0),
    ]
    assert (metric.amount, metric.amount_uncapped) == (5500, 19000)
    # Per-participant figures are not reduced by the total cap.
    assert metric.by_participant[0].amount == 19000


def test_a_cap_used_up_exactly_at_a_quarter_end() -> None:
    metric = _quarters(4000)
    assert [q.amount for q in metric.by_quarter] == [4000, 0, 0]


def test_a_week_around_new_year_is_paid_in_the_quarter_of_its_thursday() -> None:
    c = contract(weekly())
    p = person(enrolled="2024-12-01", activities=(job("2024-12-30", "2025-01-05"),))
    metric = _metric(run(c, [p], "2025-03-31").metrics[0])
    assert [(q.quarter, q.paid_weeks) for q in metric.by_quarter] == [("2025Q1", 1)]
    p = person(enrolled="2020-12-01", activities=(job("2020-12-28", "2021-01-03"),))
    metric = _metric(run(c, [p], "2021-03-31").metrics[0])
    assert [(q.quarter, q.paid_weeks) for q in metric.by_quarter] == [("2020Q4", 1)]


def test_fractional_tariffs_are_summed_exactly() -> None:
    c = contract(weekly(tariffs={"ordinary_job": 0.1}, cap_amount_total=0.3))
    people = [person(k, activities=(job("2023-01-02", "2023-01-29"),)) for k in "ABC"]
    metric = _metric(run(c, people, "2023-06-30").metrics[0])
    assert metric.amount_uncapped == Decimal("1.2")
    assert metric.amount == Decimal("0.3")
