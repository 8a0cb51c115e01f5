"""Section 3's charts: the earnings of each quarter as stacked bars, and the successes
against the plan and the baseline."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether

from caseapp.domain import formatting as fmt
from caseapp.reports import charts
from caseapp.reports.council_pdf.writer import Writer
from caseapp.reports.pdf_layout import H2, WIDTH, para


def quarter_charts(w: Writer, quarters: list[str]) -> list[Flowable]:
    j = w.r.figures_json
    names = w.r.metric_names
    series = [
        charts.Series(
            names.get(m["id"], m["id"]),
            tuple(
                float(next((q["amount"] for q in m["by_quarter"] if q["quarter"] == k), 0))
                for k in quarters
            ),
        )
        for m in j["metrics"]
    ]
    biggest = max((sum(s.values[i] for s in series) for i in range(len(quarters))), default=0)
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

    labels_q = [fmt.short_quarter(q, w.lang) for q in quarters]
    earnings = charts.stacked_bars(labels_q, series, WIDTH, 72 * mm, amount_label, axis_label, unit)
    curve = w.r.curve
    success = charts.lines_chart(
        [fmt.short_quarter(p.quarter, w.lang) for p in curve],
        [
            charts.Curve(
                w.t("line_actual"),
                tuple(float(p.successes) for p in curve),
                "solid",
                w.n(curve[-1].successes) if curve else "",
            ),
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
    return [
        KeepTogether([para(w.t("chart_earnings"), H2), earnings]),
        KeepTogether([para(w.t("chart_successes"), H2), success]),
    ]
