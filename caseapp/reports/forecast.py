"""The verdict a council can act on: successes against the target now, and where the trajectory
so far leads by the end of the contract, with a band; and the figures investors ask for.

Only figures the report prints feed the forecast (the successes now and the points of the
successes curve the disclosure layer shows), so it gives nothing away that the report hides.
The trajectory is a straight line: the pace over the last year (from the shown point nearest a
year back) is the forecast, and the band runs between that pace and the pace since the start.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from caseapp.outcomes import Contract, OutcomeResult, WeeklyActivityMetric

YEAR = 365


@dataclass(frozen=True)
class Forecast:
    """`code`: "met" (target reached), "on_track", "at_risk" (only the band's top reaches the
    target), "off_track", "ended" (the contract is over, target not met), or "hidden" (the
    successes are not shown)."""

    code: str
    target: int
    expected: float | None = None
    low: float | None = None
    high: float | None = None
    end: date | None = None


def forecast(
    points: Sequence[tuple[date, int]],
    succeeded: int | None,
    target: int,
    start: date,
    as_of: date,
    end: date,
) -> Forecast:
    """`points`: the shown (day, cumulative successes) of the curve, oldest first; `succeeded`
    None when the report hides it."""
    if succeeded is None:
        return Forecast("hidden", target)
    if succeeded >= target:
        return Forecast("met", target)
    if as_of >= end:
        return Forecast("ended", target, end=end)
    elapsed = max((as_of - start).days, 1)
    overall = succeeded / elapsed
    back = as_of - timedelta(days=YEAR)
    earlier = [(d, n) for d, n in points if d <= back]
    recent = overall
    if earlier:
        day, n = earlier[-1]
        recent = (succeeded - n) / max((as_of - day).days, 1)
    left = (end - as_of).days
    expected = succeeded + recent * left
    low = succeeded + min(recent, overall) * left
    high = succeeded + max(recent, overall) * left
    if expected >= target:
        code = "on_track"
    elif high >= target:
        code = "at_risk"
    else:
        code = "off_track"
    return Forecast(code, target, expected, low, high, end)


@dataclass(frozen=True)
class Cap:
    metric: str
    cap: Decimal
    earned: Decimal

    @property
    def headroom(self) -> Decimal:
        return max(self.cap - self.earned, Decimal(0))


@dataclass(frozen=True)
class Investor:
    """Repaid so far is what the metrics have earned (after caps)."""

    repaid: Decimal
    investment: Decimal | None
    forecast_end: Decimal | None
    break_even: date | None
    break_even_reached: bool
    caps: tuple[Cap, ...]
    cost_per_participant: Decimal | None
    cost_per_success: Decimal | None
    gross_saving: Decimal | None
    net_saving: Decimal | None


def investor(
    contract: Contract,
    f: OutcomeResult,
    start: date,
    as_of: date,
    succeeded: int | None,
) -> Investor:
    """Forecast repayment: the earnings' pace since the start of the contract period, kept to
    its end (before any cap still to bite); the break-even day where that pace reaches the
    investment. Net saving: the gross saving less the share the baseline says would have come
    anyway (baseline rate / success rate of it). `succeeded` None when the report hides it."""
    repaid = f.total_amount
    invest = contract.investment
    elapsed = max((as_of - start).days + 1, 1)
    pace = repaid / elapsed
    left = max((contract.payment_end - as_of).days, 0)
    forecast_end = repaid + pace * left
    reached = invest is not None and repaid >= invest
    break_even = None
    if invest is not None and not reached and pace > 0:
        # Compared in days before a date is made: a pace of a few øre against a large
        # investment would put the day past the calendar's end.
        days = (invest / pace).to_integral_value()
        if days <= (contract.payment_end - start).days:
            break_even = start + timedelta(days=int(days))
    caps = tuple(
        Cap(m.id, m.cap_amount_total, f.metric(m.id).amount)
        for m in contract.metrics
        if isinstance(m, WeeklyActivityMetric) and m.cap_amount_total is not None
    )
    counted = f.participants.counted
    net = None
    if f.gross_saving is not None and succeeded and counted:
        rate = Decimal(succeeded) / Decimal(counted)
        anyway = min(Decimal(str(contract.baseline_rate)) / rate, Decimal(1))
        net = f.gross_saving * (1 - anyway)
    return Investor(
        repaid=repaid,
        investment=invest,
        forecast_end=forecast_end,
        break_even=break_even,
        break_even_reached=reached,
        caps=caps,
        cost_per_participant=invest / counted if invest is not None and counted else None,
        cost_per_success=invest / succeeded if invest is not None and succeeded else None,
        gross_saving=f.gross_saving,
        net_saving=net,
    )
