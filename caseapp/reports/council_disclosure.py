"""Every figure about people the council report prints, registered once under one key with the
sums that hold between them, so `disclosure.protect` can decide what the whole report shows.

Keys name what a figure is, not where it is printed: the tile "in stable housing now", the
retention table's row and the housing table's "housed: stable" row are all `housed_now`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from caseapp.domain import codes
from caseapp.outcomes import (
    Contract,
    OneOffQuarter,
    OutcomeResult,
    SustainedResult,
    WeeklyActivityMetric,
    WeeklyQuarter,
    WeeklyResult,
)
from caseapp.reports.disclosure import THRESHOLD, Register, cents, is_small
from caseapp.reports.disclosure_periods import curve_points, join_quarters, period_label
from caseapp.reports.investment_group import InvestmentGroup
from caseapp.reports.people_breakdowns import ActivityType, HousingBreakdown
from caseapp.reports.plan import CurvePoint
from caseapp.reports.project_queries import ContactVolume, Funnel, SupportType
from caseapp.reports.success_by_months import Cohort

HOUSED_STABLE = "housed_stable"


def code_key(prefix: str, code: str | None) -> str:
    return f"{prefix}:{code or '-'}"


def metric_key(metric_id: str, what: str) -> str:
    return f"metric:{metric_id}:{what}"


def quarter_key(metric_id: str, quarter: str, what: str) -> str:
    return f"quarter:{metric_id}:{quarter}:{what}"


def quarter_total_key(quarter: str) -> str:
    return f"quarter:{quarter}:total"


def curve_key(quarter: str) -> str:
    return f"curve:{quarter}"


def housing_key(column: str, group: str) -> str:
    """The housing table's cell; "now, housed: stable" is the tile `housed_now` itself."""
    return (
        "housed_now" if (column, group) == ("now", HOUSED_STABLE) else f"housing:{column}:{group}"
    )


@dataclass(frozen=True)
class Breakdowns:
    """The report's raw person counts besides the engine's figures."""

    exit_reasons: Mapping[str | None, int]
    exit_rows: Sequence[str | None]
    referral_sources: Mapping[str | None, int]
    source_rows: Sequence[str | None]
    housing: HousingBreakdown
    housing_rows: Sequence[str]
    shelter_nights: int
    activities: Mapping[str, ActivityType]
    supports: Mapping[str, SupportType]
    quality: Mapping[str, int]
    curve: Sequence[CurvePoint]
    funnel: Funnel
    funnel_rows: Sequence[str | None]
    cohorts: Sequence[Cohort]
    group: InvestmentGroup | None = None
    project_key: str = ""
    contacts: ContactVolume | None = None


def register_council(contract: Contract, f: OutcomeResult, b: Breakdowns) -> Register:
    r = Register()
    p, s, h = f.participants, f.success, f.housing
    counted = r.count("counted", p.counted, fixed=True)
    _flow(r, p.referred, p.active, p.exited, b)
    r.count("succeeded", s.succeeded)
    r.implied("not_succeeded", p.counted - s.succeeded)
    r.total(counted, ["succeeded", "not_succeeded"])
    r.count("in_activity_now", f.in_activity_now)
    r.implied("not_in_activity_now", p.counted - f.in_activity_now)
    r.total(counted, ["in_activity_now", "not_in_activity_now"])
    _housing(r, f, b)
    r.count("eligible_12m", h.eligible_12m)
    r.count("retained_12m", h.retained_12m)
    r.implied("not_retained_12m", h.eligible_12m - h.retained_12m)
    r.implied("not_eligible_12m", p.counted - h.eligible_12m)
    r.total("eligible_12m", ["retained_12m", "not_retained_12m"])
    r.total(counted, ["eligible_12m", "not_eligible_12m"])
    r.count("shelter_free", h.shelter_free_last_365d)
    used = p.counted - h.shelter_free_last_365d
    r.count("shelter_used", used)
    r.total(counted, ["shelter_free", "shelter_used"])
    r.figure("shelter_nights", b.shelter_nights, people=used)
    for code, a in b.activities.items():
        r.count(code_key("activity_ever", code), a.ever)
        r.count(code_key("activity_now", code), a.now)
        r.figure(code_key("activity_weeks", code), a.weeks, people=a.ever)
    for code, sup in b.supports.items():
        r.count(code_key("support_ever", code), sup.ever)
        r.count(code_key("support_now", code), sup.now)
        r.figure(code_key("support_hours", code), round(sup.hours), people=sup.ever)
    for kind, n in b.quality.items():
        r.count(code_key("quality", kind), n)
    _money(r, contract, f)
    _curve(r, b.curve)
    if b.group is not None:
        _group(r, b.group, b.project_key)
    if b.contacts is not None:
        _contacts(r, b.contacts)
    for c in b.cohorts:
        enrolled = r.count(cohort_key(c.months, "enrolled"), c.enrolled)
        succeeded = r.count(cohort_key(c.months, "succeeded"), c.succeeded)
        other = r.implied(cohort_key(c.months, "not"), c.enrolled - c.succeeded)
        r.total(enrolled, [succeeded, other])
    return r


def contact_key(group: str, code: str | None, which: str) -> str:
    return f"contacts:{group}:{code or '-'}:{which}"


def _contacts(r: Register, c: ContactVolume) -> None:
    """Contacts are events, not people: printed exactly, registered so a restatement sees a
    late contact, with the sums between them."""
    total = r.figure("contacts:total", c.total)
    recent = r.figure("contacts:recent", c.recent)
    r.figure("contacts:minutes", c.minutes)
    # Every code, a zero too, so a first contact of a kind shows as a change from 0.
    modes = {k: c.by_mode.get(k, (0, 0)) for k in (*codes.CONTACT_MODES, *c.by_mode)}
    places: dict[str | None, tuple[int, int]] = {
        k: c.by_location.get(k, (0, 0)) for k in (*codes.CONTACT_LOCATIONS, *c.by_location)
    }
    for group, data in (("mode", modes), ("location", places)):
        alls = [r.figure(contact_key(group, k, "all"), n) for k, (n, _) in data.items()]
        lasts = [r.figure(contact_key(group, k, "recent"), m) for k, (_, m) in data.items()]
        r.total(total, alls)
        r.total(recent, lasts)
    for k, (n, m) in c.by_topic.items():
        r.figure(contact_key("topic", k, "all"), n)
        r.figure(contact_key("topic", k, "recent"), m)


def _group(r: Register, g: InvestmentGroup, own: str) -> None:
    """The investment as a whole: its counts are this project's and the others' together, so
    what the others add is a group of its own (for the successes; counted and earned are
    printed exactly in every project's report)."""
    r.count("group:counted", g.counted, fixed=True)
    r.figure("group:earned", cents(g.earned), fixed=True)
    total = r.count("group:succeeded", g.succeeded)
    others = [r.implied(f"group:{m.key}:succeeded", m.succeeded) for m in g.members if m.key != own]
    r.total(total, ["succeeded", *others])


def cohort_key(months: int, what: str) -> str:
    return f"cohort:{months}:{what}"


def _flow(r: Register, referred: int, active: int, exited: int, b: Breakdowns) -> None:
    r.count("referred", referred)
    r.count("active", active)
    r.count("exited", exited)
    r.total("counted", ["active", "exited"])
    r.count("not_enrolled", referred - active - exited)
    r.total("referred", ["counted", "not_enrolled"])
    r.count("intake", b.funnel.intake)
    r.implied("no_intake", referred - b.funnel.intake)
    r.total("referred", ["intake", "no_intake"])
    r.count("consented", b.funnel.consented)
    r.implied("no_consent", referred - b.funnel.consented)
    r.total("referred", ["consented", "no_consent"])
    reasons = [
        r.count(code_key("not_enrolled", c), b.funnel.not_enrolled.get(c, 0)) for c in b.funnel_rows
    ]
    r.total("not_enrolled", reasons)
    exits = [r.count(code_key("exit", c), b.exit_reasons.get(c, 0)) for c in b.exit_rows]
    r.total("exited", exits)
    sources = [r.count(code_key("source", c), b.referral_sources.get(c, 0)) for c in b.source_rows]
    r.total("referred", sources)


def _housing(r: Register, f: OutcomeResult, b: Breakdowns) -> None:
    r.count("housed_now", f.housing.housed_now)
    for column, counts in (("at_enrolment", b.housing.at_enrolment), ("now", b.housing.now)):
        keys = [r.count(housing_key(column, g), counts.get(g, 0)) for g in b.housing_rows]
        r.total("counted", keys)


# Up to this many metrics share one table, and so one set of periods; past it each metric has
# a table (and periods) of its own beside a table of the totals.
WIDE_TABLE_METRICS = 2


@dataclass(frozen=True)
class PaymentPeriods:
    """The periods of the payments by quarter: per metric, and those of the totals (each a run
    of whole metric periods, so a total is the sum of the metric periods in it)."""

    by_metric: Mapping[str, tuple[tuple[str, ...], ...]]
    totals: tuple[tuple[str, ...], ...]


def _publishable(m: WeeklyResult | SustainedResult) -> Callable[[Sequence[str]], bool]:
    """Whether a run of quarters shows metric `m` without a group of 1 to 4: 0 or 5+
    achievements, or weeks from 5+ people (at least those of its busiest quarter)."""
    entries = {q.quarter: q for q in m.by_quarter}
    if _payees(m) < THRESHOLD:
        return lambda period: True  # too small to show at all: hidden as a whole anyway

    def check(period: Sequence[str]) -> bool:
        got = [entries[q] for q in period if q in entries]
        if isinstance(m, WeeklyResult):
            people = max((q.people for q in got if isinstance(q, WeeklyQuarter)), default=0)
            return not got or people >= THRESHOLD
        return not is_small(sum(q.achieved for q in got if isinstance(q, OneOffQuarter)))

    return check


def payment_periods(f: OutcomeResult) -> PaymentPeriods:
    """Quarters joined per metric (`disclosure_periods.join_quarters`), and the totals' periods
    cut only where every metric's periods are cut."""
    quarters = sorted({q.quarter for m in f.metrics for q in m.by_quarter})
    checks = {m.id: _publishable(m) for m in f.metrics}
    if len(f.metrics) <= WIDE_TABLE_METRICS:
        shared = join_quarters(quarters, lambda p: all(c(p) for c in checks.values()))
        return PaymentPeriods({m.id: tuple(shared) for m in f.metrics}, tuple(shared))
    by_metric = {m.id: tuple(join_quarters(quarters, checks[m.id])) for m in f.metrics}
    ends = set(quarters)
    for periods in by_metric.values():
        ends &= {p[-1] for p in periods}
    totals: list[tuple[str, ...]] = []
    current: list[str] = []
    for q in quarters:
        current.append(q)
        if q in ends:
            totals.append(tuple(current))
            current = []
    if current:
        totals.append(tuple(current))
    return PaymentPeriods(by_metric, tuple(totals))


def _money(r: Register, contract: Contract, f: OutcomeResult) -> None:
    """Per metric and period: weeks and amounts as figures over the people they come from,
    achievements as counts, and the sums (and tariffs) that tie them together."""
    periods = payment_periods(f)
    amounts = []
    # Each metric's amount per quarter of the totals' periods it falls in.
    period_parts: dict[str, list[str]] = {}
    within = {q: period_label(p) for p in periods.totals for q in p}
    for metric, result in zip(contract.metrics, f.metrics, strict=True):
        amount = r.figure(
            metric_key(result.id, "amount"), cents(result.amount), people=_payees(result)
        )
        amounts.append(amount)
        own = periods.by_metric[result.id]
        if isinstance(result, WeeklyResult):
            assert isinstance(metric, WeeklyActivityMetric)
            keys = _weekly(r, metric, result, own)
        else:
            keys = _one_off(r, metric.amount, result, own)  # type: ignore[union-attr]
        for period, key in keys:
            period_parts.setdefault(within[period[0]], []).append(key)
    total = r.figure("total_amount", cents(f.total_amount), fixed=True)
    r.total(total, amounts)
    totals = []
    for period in periods.totals:
        label = period_label(period)
        parts = period_parts.get(label, [])
        key = r.figure(quarter_total_key(label), sum(r.cells[k].value for k in parts))
        r.total(key, parts)
        totals.append(key)
    if totals:
        r.total(total, totals)
    if f.gross_saving is not None and contract.avoided_cost_per_week is not None:
        weeks = metric_key(contract.success.metric, "qualifying_weeks")
        if weeks in r.cells:
            saving = r.figure("gross_saving", cents(f.gross_saving), people=r.cells[weeks].people)
            r.relate({saving: 1, weeks: -cents(contract.avoided_cost_per_week)})


def _payees(result: WeeklyResult | SustainedResult) -> int:
    return sum(1 for row in result.by_participant if row.amount > 0)


def _tariff_sum(r: Register, amount: str, weeks: str, tariffs: Sequence[int], name: str) -> None:
    """`amount` is Σ tariff × weeks at that tariff, and those weeks add up to `weeks`."""
    parts = [r.unknown(f"{name}:tariff:{i}") for i in range(len(tariffs))]
    terms = {amount: -1, **{k: t for k, t in zip(parts, tariffs, strict=True)}}
    r.relate(terms)
    r.total(weeks, parts)


def _weekly(
    r: Register,
    metric: WeeklyActivityMetric,
    result: WeeklyResult,
    periods: Sequence[tuple[str, ...]],
) -> list[tuple[tuple[str, ...], str]]:
    """Registers the metric's figures; returns each period's amount key."""
    rows = result.by_participant
    qualifying = r.figure(
        metric_key(result.id, "qualifying_weeks"),
        result.qualifying_weeks,
        people=sum(1 for row in rows if row.qualifying_weeks > 0),
    )
    payees = sum(1 for row in rows if row.paid_weeks > 0)
    paid = r.figure(metric_key(result.id, "paid_weeks"), result.paid_weeks, people=payees)
    amount = metric_key(result.id, "amount")
    uncapped = r.figure(
        metric_key(result.id, "amount_uncapped"), cents(result.amount_uncapped), people=payees
    )
    tariffs = sorted({cents(t) for t in metric.tariffs.values()})
    _tariff_sum(r, uncapped, paid, tariffs, metric_key(result.id, "paid"))
    if result.amount == result.amount_uncapped:
        r.relate({amount: 1, uncapped: -1})
    if metric.cap_weeks_per_participant is None:
        r.relate({qualifying: 1, paid: -1})
    entries = {q.quarter: q for q in result.by_quarter}
    weeks: list[str] = []
    money: list[tuple[tuple[str, ...], str]] = []
    for period in periods:
        got = [entries[q] for q in period if q in entries]
        if not got:
            continue
        label = period_label(period)
        # The people paid in a period are at least those of its busiest quarter.
        people = max(q.people for q in got)
        w = r.figure(
            quarter_key(result.id, label, "weeks"), sum(q.paid_weeks for q in got), people=people
        )
        a = r.figure(
            quarter_key(result.id, label, "amount"),
            cents(sum(q.amount for q in got)),
            people=people,
        )
        if all(q.amount == q.amount_uncapped for q in got):
            _tariff_sum(r, a, w, tariffs, quarter_key(result.id, label, "paid"))
        weeks.append(w)
        money.append((period, a))
    if weeks:
        r.total(paid, weeks)
        r.total(amount, [a for _, a in money])
    return money


def _one_off(
    r: Register,
    tariff: object,
    result: SustainedResult,
    periods: Sequence[tuple[str, ...]],
) -> list[tuple[tuple[str, ...], str]]:
    """Registers the metric's figures; returns each period's amount key."""
    each = cents(tariff)  # type: ignore[arg-type]
    achieved = r.count(metric_key(result.id, "achieved"), result.achieved)
    r.relate({metric_key(result.id, "amount"): 1, achieved: -each})
    if result.qualifying_weeks is not None:
        r.figure(
            metric_key(result.id, "qualifying_weeks"),
            result.qualifying_weeks,
            people=sum(1 for row in result.by_participant if row.qualifying_weeks),
        )
    entries = {q.quarter: q for q in result.by_quarter}
    counts = []
    money: list[tuple[tuple[str, ...], str]] = []
    for period in periods:
        got = [entries[q] for q in period if q in entries]
        if not got:
            continue
        label = period_label(period)
        achievers = sum(q.achieved for q in got)
        n = r.count(quarter_key(result.id, label, "achieved"), achievers)
        a = r.figure(
            quarter_key(result.id, label, "amount"),
            cents(sum(q.amount for q in got)),
            people=achievers,
        )
        r.relate({a: 1, n: -each})
        counts.append(n)
        money.append((period, a))
    if counts:
        r.total(achieved, counts)
    return money


def _curve(r: Register, curve: Sequence[CurvePoint]) -> None:
    """Cumulative successes at the points `curve_points` keeps; what the quarters between two
    drawn points add is a group of its own (0 or 5+ by that choice; checked all the same)."""
    previous: str | None = None
    values = [p.successes for p in curve]
    for i in curve_points(values):
        key = r.count(curve_key(curve[i].quarter), values[i])
        before = r.cells[previous].value if previous else 0
        new = r.implied(f"{key}:new", values[i] - before)
        r.total(key, [new] if previous is None else [previous, new])
        previous = key
    if previous is not None:
        r.relate({previous: 1, "succeeded": -1})


def exit_rows(counts: Counter[str | None], order: Sequence[str]) -> list[str | None]:
    """Every code listed, a zero too (leaving rows out would say everyone is in the rows
    shown), then codes outside the list, "not recorded" last."""
    rows: list[str | None] = list(order)
    rows += sorted(c for c in counts if c is not None and c not in order and counts[c])
    rows.append(None)
    return rows
