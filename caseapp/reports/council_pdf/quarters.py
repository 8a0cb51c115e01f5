"""Section 3's payments by quarter: one table, or past two metrics one small table per metric
and one of the totals; then the charts."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer, Table
from reportlab.platypus import TableStyle as TS

from caseapp.reports import locale_format as fmt
from caseapp.reports.council_disclosure import (
    WIDE_TABLE_METRICS,
    metric_key,
    quarter_key,
    quarter_total_key,
)
from caseapp.reports.council_pdf.quarter_charts import period_text, quarter_charts
from caseapp.reports.council_pdf.writer import Writer
from caseapp.reports.disclosure_periods import period_label
from caseapp.reports.pdf_layout import H2, SMALL, WIDTH, figure_table, para


def _count_key(m: Any, period: str) -> str:
    what = "weeks" if m["kind"] == "weekly_activity" else "achieved"
    return quarter_key(m["id"], period, what)


def _count(w: Writer, m: Any, period: str) -> str:
    key = _count_key(m, period)
    return w.fig(key) if m["kind"] == "weekly_activity" else w.c(key)


def _amount(w: Writer, key: str) -> str:
    """An amount without the currency sign (it is in the heading), or its mark."""
    return w.fig(key, 2, 100)


def by_quarter(w: Writer) -> list[Flowable]:
    j = w.r.figures_json
    names = w.r.metric_names
    periods = list(w.r.periods.totals)
    out: list[Flowable] = [CondPageBreak(60 * mm), para(w.t("by_quarter"), H2)]
    if not periods:
        return [*out, para(w.t("no_payments"))]
    cells = w.r.disclosure.cells
    # Amounts without the currency sign (it is in the heading) so they fit on one line.
    unit_amount = f"{w.t('amount')} ({fmt.money(0, w.cur, w.lang).split()[-1]})"
    if w.lang != "da":
        unit_amount = f"{w.t('amount')} ({w.cur})"
    groups = [("", 1)] + [(names.get(m["id"], m["id"]), 2) for m in j["metrics"]] + [("", 1)]
    header = [w.t("quarter")]
    for m in j["metrics"]:
        unit = "paid_weeks" if m["kind"] == "weekly_activity" else "achieved"
        header += [w.t(unit), unit_amount]
    header.append(f"{w.t('total')} ({w.cur})")
    rows = []
    keys: list[str] = []
    wide = len(j["metrics"]) <= WIDE_TABLE_METRICS
    for period in periods:
        label = period_label(period)
        row = [period_text(period, w.lang)]
        for m in j["metrics"] if wide else []:
            amount = quarter_key(m["id"], label, "amount")
            if amount not in cells:
                row += ["", ""]
                continue
            row += [_count(w, m, label), _amount(w, amount)]
            keys += [_count_key(m, label), amount]
        row.append(_amount(w, quarter_total_key(label)))
        keys.append(quarter_total_key(label))
        rows.append(row)
    rows.append(
        [w.t("total")]
        + [x for m in j["metrics"] for x in ("", _amount(w, metric_key(m["id"], "amount")))]
        + [w.n(j["total_amount"], 2)]
    )
    if wide:
        n = len(j["metrics"])
        first, count_w, last = 21 * mm, 17 * mm, 28 * mm
        if any(len(p) > 1 for p in periods):
            first = 36 * mm
        amount_w = (WIDTH - first - last - n * count_w) / max(n, 1)
        widths = [first, *([count_w, amount_w] * n), last]
        out.append(figure_table(header, rows, widths, total_rows=1, groups=groups))
    else:
        out.append(_per_metric(w, rows, unit_amount))
        for m in j["metrics"]:
            for period in w.r.periods.by_metric[m["id"]]:
                label = period_label(period)
                if quarter_key(m["id"], label, "amount") in cells:
                    keys += [_count_key(m, label), quarter_key(m["id"], label, "amount")]
    out += [Spacer(1, 2), para(w.t("quarter_counts_note"), SMALL)]
    out += w.note_if_hidden(*keys)
    out += quarter_charts(w, periods)
    return out


def _per_metric(w: Writer, wide_rows: list[list[str]], unit_amount: str) -> Table:
    """Past two metrics one wide table has no room for long amounts: a small table per
    metric, two abreast, and one with each quarter's total."""
    j = w.r.figures_json
    names = w.r.metric_names
    half = (WIDTH - 6 * mm) / 2
    joined = [p for ps in w.r.periods.by_metric.values() for p in ps] + list(w.r.periods.totals)
    first = 36 * mm if any(len(p) > 1 for p in joined) else 24 * mm
    widths = [first, 22 * mm, half - first - 22 * mm]
    tables: list[Flowable] = []
    for m in j["metrics"]:
        unit = "paid_weeks" if m["kind"] == "weekly_activity" else "achieved"
        rows = []
        for period in w.r.periods.by_metric[m["id"]]:
            label = period_label(period)
            if quarter_key(m["id"], label, "amount") not in w.r.disclosure.cells:
                continue  # nothing paid in the period
            amount = _amount(w, quarter_key(m["id"], label, "amount"))
            rows.append([period_text(period, w.lang), _count(w, m, label), amount])
        rows.append([w.t("total"), "", _amount(w, metric_key(m["id"], "amount"))])
        tables.append(
            figure_table(
                [w.t("quarter"), w.t(unit), unit_amount],
                rows,
                widths,
                total_rows=1,
                groups=[(names.get(m["id"], m["id"]), 3)],
            )
        )
    totals = [[row[0], row[-1]] for row in wide_rows]
    tables.append(
        figure_table(
            [w.t("quarter"), f"{w.t('total')} ({w.cur})"],
            totals,
            [first, half - first],
            total_rows=1,
            groups=[(w.t("total_amount"), 2)],
        )
    )
    grid = [
        [tables[i], "", tables[i + 1] if i + 1 < len(tables) else ""]
        for i in range(0, len(tables), 2)
    ]
    table = Table(grid, colWidths=[half, 6 * mm, half])
    table.setStyle(
        TS(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4 * mm),
            ]
        )
    )
    return table
