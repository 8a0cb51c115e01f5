"""The week-by-week explanation agrees with the figures and gives the right reasons."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from caseapp.outcomes import (
    Contract,
    Ledger,
    ParticipantFacts,
    SustainedParticipant,
    WeeklyParticipant,
    compute,
    participant_ledger,
)

from .builders import contract, d, home, job, person, sustained_home, sustained_job, weekly
from .dataset_facts import facts_from_dataset, load_json
from .synthetic import synthetic_contract, synthetic_participants

AS_OF = date(2024, 6, 30)
Sample = tuple[Contract, list[ParticipantFacts]]


@pytest.fixture(scope="module")
def sample() -> Sample:
    return facts_from_dataset(load_json("sample-dataset.json"), "DEMO-HF")


def _ledger(c: Contract, metric_id: str, p: ParticipantFacts, as_of: str) -> Ledger:
    return participant_ledger(c, metric_id, p, d(as_of))


def test_ledger_amounts_sum_to_the_by_participant_amount_in_the_sample(sample: Sample) -> None:
    c, people = sample
    result = compute(c, people, AS_OF, "DEMO-HF")
    by_key = {p.key: p for p in people}
    for metric in result.metrics:
        for row in metric.by_participant:
            ledger = participant_ledger(c, metric.id, by_key[row.participant], AS_OF, metric)
            assert ledger.amount == row.amount, (metric.id, row.participant)
            weeks = [r.week for r in ledger.rows]
            assert len(weeks) == len(set(weeks))
            if isinstance(row, WeeklyParticipant):
                assert (ledger.qualifying_weeks, ledger.paid_weeks) == (
                    row.qualifying_weeks,
                    row.paid_weeks,
                )
            elif row.qualifying_weeks is not None:  # activity_sustained
                assert ledger.qualifying_weeks == row.qualifying_weeks
            if isinstance(row, SustainedParticipant):
                milestone = ledger.milestone
                assert (milestone.achieved_on if milestone else None) == row.achieved_on


def test_weeks_after_the_window_show_outside_window(sample: Sample) -> None:
    c, people = sample
    p04 = next(p for p in people if p.key == "P-04")
    ledger = participant_ledger(c, "work-edu", p04, AS_OF)
    # The 104-week window from 2022-06-01 ends on 2022-06-01 + 727 days.
    assert ledger.window_last == date(2024, 5, 28)
    last = ledger.rows[-1]
    assert (last.week, last.monday, last.quarter) == ("2024-W26", date(2024, 6, 24), "2024Q2")
    assert (last.qualified, last.amount, last.reason, last.rule) == (
        False,
        0,
        "outside_window",
        "rule 2",
    )
    assert ledger.rows[0].week == "2022-W22"  # the week of 2022-06-01


def test_weeks_past_the_participant_cap_show_capped_participant(sample: Sample) -> None:
    c, people = sample
    p04 = next(p for p in people if p.key == "P-04")
    rows = [r for r in participant_ledger(c, "work-edu", p04, AS_OF).rows if r.qualified]
    assert len(rows) == 96
    assert all(r.reason is None and r.amount == 1000 for r in rows[:52])
    assert all(r.reason == "capped_participant" and r.rule == "rule 7" for r in rows[52:])
    assert all(r.amount == 0 for r in rows[52:])


def test_an_unverified_job_week_shows_unverified(sample: Sample) -> None:
    c, people = sample
    p09 = next(p for p in people if p.key == "P-09")
    rows = {r.monday: r for r in participant_ledger(c, "work-edu", p09, AS_OF).rows}
    # Only a subsidised job (not in the tariffs) until 2024, then also an unverified job.
    assert (rows[date(2023, 10, 2)].reason, rows[date(2023, 10, 2)].rule) == (
        "wrong_type",
        "rule 4",
    )
    assert (rows[date(2024, 1, 1)].reason, rows[date(2024, 1, 1)].rule) == ("unverified", "rule 4")
    assert rows[date(2023, 9, 11)].reason == "no_activity"


def test_too_few_hours_and_the_spell_that_gave_the_tariff() -> None:
    c = contract(weekly(min_hours_per_week=10))
    short = job("2023-01-02", "2023-01-08", hours=8)
    education, ordinary = job("2023-01-09", kind="education"), job("2023-01-15", "2023-01-15")
    ledger = _ledger(c, "work", person(activities=(short, education, ordinary)), "2023-01-22")
    assert [(r.reason, r.amount) for r in ledger.rows] == [
        ("too_few_hours", 0),
        (None, 1000),
        (None, 700),
    ]
    assert ledger.rows[1].spells == (ordinary,)


def test_the_total_cap_is_a_metric_level_note_not_a_row(sample: Sample) -> None:
    c, people = sample
    result = compute(c, people, AS_OF, "DEMO-HF")
    p02 = next(p for p in people if p.key == "P-02")
    ledger = participant_ledger(c, "work-edu", p02, AS_OF, result.metric("work-edu"))
    assert [(n.code, n.rule, n.quarters) for n in ledger.notes] == [
        ("capped_total", "rule 9", ("2024Q2",))
    ]
    assert all(r.reason != "capped_total" for r in ledger.rows)
    assert participant_ledger(c, "work-edu", p02, AS_OF).notes == ()


def test_sustained_activity_ledger_has_its_milestone_on_the_completing_week() -> None:
    c = contract(weekly(), sustained_job())
    ledger = _ledger(c, "job-13w", person(activities=(job("2023-01-04"),)), "2023-06-30")
    assert ledger.milestone is not None
    assert (ledger.milestone.achieved_on, ledger.milestone.rule) == (d("2023-03-27"), "rule 10")
    marked = [r for r in ledger.rows if r.milestone]
    assert [(r.monday, r.amount) for r in marked] == [(d("2023-03-27"), Decimal(10000))]
    assert ledger.amount == 10000


def test_sustained_housing_ledger_marks_weeks_in_housing_and_the_milestone() -> None:
    c = contract(weekly(), sustained_home())
    spells = (home("2023-01-02", "2023-01-31", kind="couch_surfing"), home("2023-02-01"))
    ledger = _ledger(c, "housed", person(housing=spells), "2024-06-30")
    assert (ledger.rows[0].qualified, ledger.rows[0].reason) == (False, "no_housing")
    assert ledger.milestone is not None and ledger.milestone.achieved_on == d("2024-01-31")
    assert [r.monday for r in ledger.rows if r.milestone] == [d("2024-01-29")]
    assert ledger.amount == 25000


def test_a_participant_not_counted_gets_an_empty_ledger_with_a_note() -> None:
    ledger = _ledger(contract(), "work", person(enrolled="2024-01-01"), "2023-06-30")
    assert ledger.rows == ()
    assert [(n.code, n.rule) for n in ledger.notes] == [("not_counted", "rule 1")]


def test_ledger_agrees_with_the_engine_on_realistic_synthetic_data() -> None:
    c, people = synthetic_contract(), synthetic_participants(40, seed=7)
    as_of = date(2024, 6, 30)
    result = compute(c, people, as_of, "SYN")
    by_key = {p.key: p for p in people}
    checked = 0
    for metric in result.metrics:
        for row in metric.by_participant:
            ledger = participant_ledger(c, metric.id, by_key[row.participant], as_of)
            assert ledger.amount == row.amount, (metric.id, row.participant)
            checked += 1
    assert checked == 3 * result.participants.counted > 0
