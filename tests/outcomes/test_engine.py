"""Rules 1, 12-14 and 16: who is counted, who succeeded, the totals and who is in activity now."""

from __future__ import annotations

from decimal import Decimal

import pytest

from caseapp.outcomes import to_json_dict
from caseapp.outcomes.engine import target_count

from .builders import contract, job, person, run, sustained_job, weekly


def test_participant_counts_follow_rules_1_and_14() -> None:
    people = [
        person("A", enrolled="2023-01-02"),
        person("B", enrolled="2023-01-02", exited="2023-05-31"),
        person("C", enrolled="2023-01-02", exited="2023-07-01"),  # exits after as_of: active
        person("D", enrolled=None, referred="2023-03-01"),  # referred, never enrolled
        person("E", enrolled="2023-07-01", referred="2023-06-01"),  # enrolled after as_of
        person("F", enrolled="2023-08-01", referred="2023-07-15"),  # referred after as_of
    ]
    counts = run(contract(), people, "2023-06-30").participants
    assert (counts.referred, counts.counted, counts.active, counts.exited) == (5, 3, 2, 1)


def test_enrolled_on_as_of_is_counted() -> None:
    assert run(contract(), [person(enrolled="2023-06-30")], "2023-06-30").participants.counted == 1


def test_by_participant_lists_counted_participants_in_key_order() -> None:
    people = [person("P-10"), person("P-02"), person("P-01", enrolled=None), person("P-03")]
    metric = run(contract(), people, "2023-06-30").metrics[0]
    assert [r.participant for r in metric.by_participant] == ["P-02", "P-03", "P-10"]


def test_a_participant_given_twice_is_refused() -> None:
    with pytest.raises(ValueError, match="twice"):
        run(contract(), [person("A"), person("A")], "2023-06-30")


# Rule 12: success.


def test_success_via_a_weekly_metric_needs_min_weeks_qualifying_weeks() -> None:
    c = contract(weekly(cap_weeks_per_participant=1), success={"metric": "work", "min_weeks": 3})
    people = [
        person("A", activities=(job("2023-01-02", "2023-01-15"),)),  # 2 weeks
        person("B", activities=(job("2023-01-02", "2023-01-22"),)),  # 3 weeks, 1 paid
        person("C"),
    ]
    success = run(c, people, "2023-06-30").success
    assert (success.succeeded, success.participants) == (1, ("B",))
    assert success.rate == pytest.approx(1 / 3)


def test_success_via_an_activity_sustained_metric_is_achieving_it() -> None:
    c = contract(weekly(), sustained_job(), success={"metric": "job-13w", "min_weeks": 1})
    people = [
        person("A", activities=(job("2023-01-02", "2023-03-26"),)),  # 12 weeks
        person("B", activities=(job("2023-01-02", "2023-04-02"),)),  # 13 weeks
    ]
    result = run(c, people, "2023-06-30")
    assert result.success.participants == ("B",)
    # gross_saving counts the success metric's qualifying weeks: 12 + 13.
    assert result.gross_saving == 25 * 2000


def test_rate_is_zero_when_nobody_is_counted() -> None:
    result = run(contract(), [person(enrolled=None)], "2023-06-30")
    assert result.success.rate == 0
    assert to_json_dict(result)["success"]["rate"] == 0


@pytest.mark.parametrize(
    ("rate", "participants", "count"),
    [(0.5, 120, 60), (0.5, 45, 23), (0.25, 10, 3), (0.07, 100, 7), (0.0, 45, 0), (1.0, 45, 45)],
)
def test_target_count_is_rounded_up(rate: float, participants: int, count: int) -> None:
    assert target_count(rate, participants) == count


def test_target_and_baseline_counts_in_the_result() -> None:
    c = contract(target_participants=45, target_rate=0.5, baseline_rate=0.25)
    success = run(c, [], "2023-06-30").success
    assert (success.target_count, success.baseline_count) == (23, 12)


# Rule 13: totals.


def test_total_amount_sums_the_capped_metric_amounts() -> None:
    c = contract(weekly(cap_amount_total=1500), sustained_job(min_consecutive_weeks=2))
    p = person(activities=(job("2023-01-02", "2023-01-15"),))
    result = run(c, [p], "2023-06-30")
    assert result.total_amount == Decimal(1500 + 10000)
    assert result.repayment_ratio == Decimal("0.115")


def test_repayment_ratio_is_null_without_an_investment() -> None:
    result = run(contract(investment=None), [person(activities=(job("2023-01-02"),))], "2023-06-30")
    assert result.repayment_ratio is None
    assert to_json_dict(result)["repayment_ratio"] is None


def test_gross_saving_counts_uncapped_qualifying_weeks_of_all_counted_participants() -> None:
    c = contract(weekly(cap_weeks_per_participant=1, cap_amount_total=0))
    people = [person(k, activities=(job("2023-01-02", "2023-01-29"),)) for k in "AB"]
    assert run(c, people, "2023-06-30").gross_saving == 8 * 2000
    assert run(contract(avoided_cost_per_week=None), people, "2023-06-30").gross_saving is None


# Rule 16: in activity now.


def test_in_activity_now_counts_success_qualifying_spells_active_on_as_of() -> None:
    c = contract(weekly(min_hours_per_week=10), payment_end="2023-03-31")
    people = [
        person("A", activities=(job("2023-01-02"),)),  # after payment_end: still in activity
        person("B", activities=(job("2023-01-02", verified=False),)),
        person("C", activities=(job("2023-01-02", hours=5),)),
        person("D", activities=(job("2023-01-02", "2023-06-29"),)),  # ended the day before
        person("E", activities=(job("2023-06-30", kind="education"),)),  # started on as_of
        person("F", enrolled=None, activities=(job("2023-01-02"),)),  # not counted
        person("G", exited="2023-02-01", activities=(job("2023-01-02"),)),  # exited: counted
    ]
    assert run(c, people, "2023-06-30").in_activity_now == 3
