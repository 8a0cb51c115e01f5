"""Section 3's charts: the earnings of each quarter as stacked bars, and the successes
against the plan and the baseline."""

from __future__ import annotations

import math
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether

from caseapp.reports import charts
from caseapp.reports import locale_format as fmt
from caseapp.reports.council_disclosure import curve_key, quarter_key, quarter_total_key
from caseapp.reports.council_pdf.writer import Writer
from caseapp.reports.disclosure_periods import period_label
from caseapp.reports.pdf_layout import H2, SMALL, WIDTH, para


def period_text(period: tuple[str, ...], lang: str, short: bool = False) -> str:
    """One quarter as the language writes it; a run of quarters as "2.-4. kvt. 2025" /
    "Q2-Q4 2025" within a year, else "4.kv 24 - 2.kv 25" / "Q4 24 - Q2 25"."""
    name = fmt.short_quarter if short else fmt.quarter
    if len(period) == 1:
        return name(period[0], lang)
    (y1, _, q1), (y2, _, q2) = period[0].partition("Q"), period[-1].partition("Q")
    if y1 == y2 and not short:
        return f"{q1}.-{q2}. kvt. {y1}" if lang == "da" else f"Q{q1}-Q{q2} {y1}"
    return f"{fmt.short_quarter(period[0], lang)} - {fmt.short_quarter(period[-1], lang)}"


def quarter_charts(w: Writer, periods: list[tuple[str, ...]]) -> list[Flowable]:
    j = w.r.figures_json
    names = w.r.metric_names
    d = w.r.disclosure

    def parts(m: dict[str, Any], period: tuple[str, ...]) -> list[str]:
        """The metric's amounts of its own periods that lie in `period` of the totals."""
        own = w.r.periods.by_metric.get(m["id"], ())
        keys = [quarter_key(m["id"], period_label(p), "amount") for p in own if p[0] in period]
        return [k for k in keys if k in d.cells]

    def shown_period(period: tuple[str, ...]) -> bool:
        """A bar is drawn only when its total and every part of it are shown."""
        every = [k for m in j["metrics"] for k in parts(m, period)]
        return d.all_shown(quarter_total_key(period_label(period)), *every)

    def amount(m: dict[str, Any], period: tuple[str, ...]) -> float:
        if not shown_period(period):
            return 0.0
        return sum(d.cells[k].value for k in parts(m, period)) / 100

    series = [
        charts.Series(names.get(m["id"], m["id"]), tuple(amount(m, p) for p in periods))
        for m in j["metrics"]
    ]
    biggest = max((sum(s.values[i] for s in series) for i in range(len(periods))), default=0)
    # Chart labels in thousands or millions, so a dozen bars keep readable labels.
    if biggest >= 10_000_000:
        divisor, unit = 1_000_000, w.t("chart_currency_millions")
    elif biggest >= 10_000:
        divisor, unit = 1_000, w.t("chart_currency_thousands")
    else:
        divisor, unit = 1, w.cur

    def amount_label(v: float) -> str:
        scaled = v / divisor
        return w.n(scaled, 1) if divisor > 1 and scaled < 100 else w.n(scaled)

    def axis_label(v: float) -> str:
        scaled = v / divisor
        return w.n(scaled) if scaled == int(scaled) else w.n(scaled, 1)

    labels_q = [period_text(p, w.lang, short=True) for p in periods]
    earnings = charts.stacked_bars(labels_q, series, WIDTH, 72 * mm, amount_label, axis_label, unit)
    curve = w.r.curve
    # Cumulative successes only where the disclosure layer shows them; the line joins those.
    actual = tuple(
        float(v)
        if curve_key(p.quarter) in d.cells and (v := d.shown(curve_key(p.quarter))) is not None
        else math.nan
        for p in curve
    )
    success = charts.lines_chart(
        [fmt.short_quarter(p.quarter, w.lang) for p in curve],
        [
            charts.Curve(w.t("line_actual"), actual, "solid", w.c("succeeded") if curve else ""),
            charts.Curve(
                w.t("line_plan"),
                tuple(p.plan for p in curve),
                "dashed",
                w.n(curve[-1].plan, 1) if curve else "",
            ),
            charts.Curve(
                w.t("line_baseline"),
                tuple(p.baseline for p in curve),
                "dotted",
                w.n(curve[-1].baseline, 1) if curve else "",
            ),
        ],
        WIDTH,
        70 * mm,
        lambda v: w.n(v) if v == int(v) else w.n(v, 1),
    )
    hidden = [p for p in periods if not shown_period(p)]
    notes = [para(w.t("chart_hidden_note"), SMALL)] if hidden else []
    if any(math.isnan(v) for v in actual):
        notes.append(para(w.t("curve_points_note"), SMALL))
    # Bars only where a period is shown: with fewer than two there is no course to see.
    drawn = sum(1 for p in periods if shown_period(p))
    bars = [KeepTogether([para(w.t("chart_earnings"), H2), earnings])] if drawn >= 2 else []
    return [
        *bars,
        KeepTogether([para(w.t("chart_successes"), H2), success]),
        *notes,
    ]
