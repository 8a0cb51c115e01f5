"""The explanation of one participant's figures for one metric, week by week.

Each row says whether the ISO week qualified, what it earned, and if it earned nothing, why (a
reason code a GUI translates, with the rule to look up). The weekly rows are worked out week by
week, apart from the engine's interval arithmetic, so the two can be checked against each other;
the milestone of a one-off metric (rules 10, 11, 15) is the engine's own (`sustained.py`), so the
ledger names the very week the figures paid for.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from caseapp.outcomes.contract import (
    ActivitySustainedMetric,
    Contract,
    HousingSustainedMetric,
    WeeklyActivityMetric,
)
from caseapp.outcomes.facts import ActivitySpell, HousingSpell, ParticipantFacts
from caseapp.outcomes.prepared import prepare
from caseapp.outcomes.result import MetricResult, WeeklyResult
from caseapp.outcomes.spans import RULE_4_CHECKS, activity_failure, end_ordinal, window_bounds
from caseapp.outcomes.sustained import (
    activity_achieved_on,
    activity_week_runs,
    housing_achieved_on,
    housing_runs,
)
from caseapp.outcomes.weeks import iso_week_label, monday_of_week, quarter_of_week, week_index

ZERO = Decimal(0)

# Reason code -> the rule that explains it. Codes stay English; the GUI translates them.
REASON_RULES: dict[str, str] = {
    "not_counted": "rule 1",
    "outside_window": "rule 2",
    "wrong_type": "rule 4",
    "too_few_hours": "rule 4",
    "unverified": "rule 4",
    "no_activity": "rule 5",
    "capped_participant": "rule 7",
    "capped_total": "rule 9",
    "no_housing": "rule 11",
}
Spell = ActivitySpell | HousingSpell


@dataclass(frozen=True)
class LedgerRow:
    """One ISO week. `spells` are those that gave the tariff (weekly), made the week qualify
    (sustained activity), or were the listed housing that week (sustained housing)."""

    week: str
    monday: date
    quarter: str
    qualified: bool
    amount: Decimal
    reason: str | None
    rule: str | None
    spells: tuple[Spell, ...] = ()
    milestone: bool = False


@dataclass(frozen=True)
class Milestone:
    """When a one-off metric was achieved, what it paid, and the rule that dates it."""

    achieved_on: date
    amount: Decimal
    rule: str


@dataclass(frozen=True)
class LedgerNote:
    """A fact about the whole metric that touches this participant, e.g. the total cap."""

    code: str
    rule: str
    quarters: tuple[str, ...] = ()


@dataclass(frozen=True)
class Ledger:
    """Week rows from the week of enrolment to the week of as_of, oldest first."""

    participant: str
    metric: str
    kind: str
    window_first: date | None
    window_last: date | None
    rows: tuple[LedgerRow, ...]
    milestone: Milestone | None = None
    notes: tuple[LedgerNote, ...] = ()

    @property
    def qualifying_weeks(self) -> int:
        """Weeks that qualified (for housing: weeks with a day in the listed housing)."""
        return sum(1 for r in self.rows if r.qualified)

    @property
    def paid_weeks(self) -> int:
        """Weeks that earned a weekly tariff (qualified and not past the participant cap)."""
        return sum(1 for r in self.rows if r.qualified and r.reason is None and not r.milestone)

    @property
    def amount(self) -> Decimal:
        """What the participant earned; equals their `by_participant` amount."""
        return sum((r.amount for r in self.rows), ZERO)


def participant_ledger(
    contract: Contract,
    metric_id: str,
    participant: ParticipantFacts,
    as_of: date,
    metric_result: MetricResult | None = None,
) -> Ledger:
    """The week-by-week explanation of `participant`'s figures for one metric as of `as_of`.

    Weeks after the window (window_weeks or payment_end) still get a row, marked
    `outside_window`, so a reader sees why payments stop. The total cap (rule 9) is shared by all
    participants and used up quarter by quarter; which participant's week it cut is not defined,
    and per-participant figures are not reduced by it. So no row says `capped_total`: when
    `metric_result` (the engine's result for this metric) is given and the cap reduced a quarter
    in which this participant was paid, a `capped_total` note lists those quarters.
    """
    metric = contract.metric(metric_id)
    enrolled = participant.enrolment.enrolled_on
    if enrolled is None or enrolled > as_of:
        note = LedgerNote("not_counted", REASON_RULES["not_counted"])
        return Ledger(participant.key, metric.id, metric.kind, None, None, (), None, (note,))
    first, last = window_bounds(enrolled, as_of, contract.payment_end, metric.window_weeks)
    weeks = range(week_index(enrolled), week_index(as_of) + 1)
    milestone = _milestone(metric, participant, first, last)
    rows = []
    paid = 0
    for week in weeks:
        lo, hi = max(7 * week + 1, first), min(7 * week + 7, last)
        if lo > hi:
            rows.append(_row(week, False, ZERO, "outside_window"))
        elif isinstance(metric, HousingSustainedMetric):
            rows.append(_housing_row(metric, participant, week, lo, hi, milestone))
        else:
            row = _activity_row(metric, participant, week, lo, hi, milestone)
            if isinstance(metric, WeeklyActivityMetric) and row.qualified:
                cap = metric.cap_weeks_per_participant
                if cap is not None and paid >= cap:
                    row = _row(week, True, ZERO, "capped_participant", row.spells)
                paid += 1
            rows.append(row)
    notes = _total_cap_notes(metric_result, rows)
    empty = first > last
    return Ledger(
        participant=participant.key,
        metric=metric.id,
        kind=metric.kind,
        window_first=None if empty else date.fromordinal(first),
        window_last=None if empty else date.fromordinal(last),
        rows=tuple(rows),
        milestone=milestone,
        notes=notes,
    )


def _row(
    week: int,
    qualified: bool,
    amount: Decimal,
    reason: str | None,
    spells: tuple[Spell, ...] = (),
    milestone: bool = False,
) -> LedgerRow:
    return LedgerRow(
        week=iso_week_label(week),
        monday=monday_of_week(week),
        quarter=quarter_of_week(week),
        qualified=qualified,
        amount=amount,
        reason=reason,
        rule=None if reason is None else REASON_RULES[reason],
        spells=spells,
        milestone=milestone,
    )


def _active(spell: Spell, lo: int, hi: int) -> bool:
    """Rule 3 on some day of lo..hi (a spell ending before it starts is never active)."""
    start, end = spell.start.toordinal(), end_ordinal(spell.end)
    return start <= end and start <= hi and end >= lo


def _activity_row(
    metric: WeeklyActivityMetric | ActivitySustainedMetric,
    participant: ParticipantFacts,
    week: int,
    lo: int,
    hi: int,
    milestone: Milestone | None,
) -> LedgerRow:
    types = frozenset(metric.activity_types)
    active = [s for s in participant.activities if _active(s, lo, hi)]
    failures = [
        activity_failure(s, types, metric.min_hours_per_week, metric.require_verified)
        for s in active
    ]
    qualifying = tuple(s for s, f in zip(active, failures, strict=True) if f is None)
    if not active:
        return _row(week, False, ZERO, "no_activity")
    if not qualifying:
        # The reason shown is that of the spell that came closest to qualifying, the checks taken
        # in the order of rule 4: type, hours, verification.
        return _row(week, False, ZERO, max(failures, key=lambda f: RULE_4_CHECKS.index(str(f))))
    if isinstance(metric, WeeklyActivityMetric):
        tariff = max(metric.tariffs[s.type] for s in qualifying)
        giving = tuple(s for s in qualifying if metric.tariffs[s.type] == tariff)
        return _row(week, True, tariff, None, giving)
    completes = milestone is not None and week == week_index(milestone.achieved_on)
    amount = milestone.amount if milestone is not None and completes else ZERO
    return _row(week, True, amount, None, qualifying, completes)


def _housing_row(
    metric: HousingSustainedMetric,
    participant: ParticipantFacts,
    week: int,
    lo: int,
    hi: int,
    milestone: Milestone | None,
) -> LedgerRow:
    housed = tuple(
        s for s in participant.housing if s.type in metric.housing_types and _active(s, lo, hi)
    )
    completes = milestone is not None and week == week_index(milestone.achieved_on)
    amount = milestone.amount if milestone is not None and completes else ZERO
    return _row(week, bool(housed), amount, None if housed else "no_housing", housed, completes)


def _milestone(
    metric: WeeklyActivityMetric | ActivitySustainedMetric | HousingSustainedMetric,
    participant: ParticipantFacts,
    first: int,
    last: int,
) -> Milestone | None:
    person = prepare(participant, first)
    if isinstance(metric, ActivitySustainedMetric):
        runs = activity_week_runs(metric, person, first, last)
        achieved = activity_achieved_on(runs, metric.min_consecutive_weeks)
        return None if achieved is None else Milestone(achieved, metric.amount, "rule 10")
    if isinstance(metric, HousingSustainedMetric):
        runs = housing_runs(frozenset(metric.housing_types), person, first, last)
        achieved = housing_achieved_on(runs, metric.min_days)
        return None if achieved is None else Milestone(achieved, metric.amount, "rule 11")
    return None


def _total_cap_notes(
    metric_result: MetricResult | None, rows: list[LedgerRow]
) -> tuple[LedgerNote, ...]:
    if not isinstance(metric_result, WeeklyResult):
        return ()
    cut = {q.quarter for q in metric_result.by_quarter if q.amount < q.amount_uncapped}
    paid_quarters = sorted({r.quarter for r in rows if r.amount and r.quarter in cut})
    if not paid_quarters:
        return ()
    return (LedgerNote("capped_total", REASON_RULES["capped_total"], tuple(paid_quarters)),)
