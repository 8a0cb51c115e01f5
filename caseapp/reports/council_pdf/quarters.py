"""Section 3's payments by quarter: one table, or past two metrics one small table per metric
and one of the totals; then the charts."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer, Table
from reportlab.platypus import TableStyle as TS

from caseapp.domain import formatting as fmt
from caseapp.reports.council_pdf.quarter_charts import quarter_charts
from caseapp.reports.council_pdf.writer import Writer
from caseapp.reports.pdf_layout import H2, SMALL, WIDTH, figure_table, para


def by_quarter(w: Writer) -> list[Flowable]:
    j = w.r.figures_json
    names = w.r.metric_names
    quarters = sorted({q["quarter"] for m in j["metrics"] for q in m["by_quarter"]})
    out: list[Flowable] = [CondPageBreak(60 * mm), para(w.t("by_quarter"), H2)]
    if not quarters:
        return [*out, para(w.t("no_payments"))]
    index = {m["id"]: {q["quarter"]: q for q in m["by_quarter"]} for m in j["metrics"]}
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
    for q in quarters:
        row = [fmt.quarter(q, w.lang)]
        total = Decimal(0)
        for m in j["metrics"]:
            entry = index[m["id"]].get(q)
            if entry is None:
                row += ["", ""]
                continue
            row += [
                w.n(entry.get("paid_weeks", entry.get("achieved"))),
                w.n(entry["amount"], 2),
            ]
            total += Decimal(str(entry["amount"]))
        row.append(w.n(total, 2))
        rows.append(row)
    rows.append(
        [w.t("total")]
        + [x for m in j["metrics"] for x in ("", w.n(m["amount"], 2))]
        + [w.n(j["total_amount"], 2)]
    )
    if len(j["metrics"]) <= 2:
        n = len(j["metrics"])
        first, count_w, last = 21 * mm, 17 * mm, 28 * mm
        amount_w = (WIDTH - first - last - n * count_w) / max(n, 1)
        widths = [first, *([count_w, amount_w] * n), last]
        out.append(figure_table(header, rows, widths, total_rows=1, groups=groups))
    else:
        out.append(_per_metric(w, quarters, index, rows, unit_amount))
    out += [Spacer(1, 2), para(w.t("quarter_counts_note"), SMALL)]
    out += quarter_charts(w, quarters)
    return out


def _per_metric(
    w: Writer,
    quarters: list[str],
    index: dict[str, dict[str, Any]],
    wide_rows: list[list[str]],
    unit_amount: str,
) -> Table:
    """Past two metrics one wide table has no room for long amounts: a small table per
    metric, two abreast, and one with each quarter's total."""
    j = w.r.figures_json
    names = w.r.metric_names
    half = (WIDTH - 6 * mm) / 2
    widths = [24 * mm, 22 * mm, half - 46 * mm]
    tables: list[Flowable] = []
    for m in j["metrics"]:
        unit = "paid_weeks" if m["kind"] == "weekly_activity" else "achieved"
        rows = []
        for q in quarters:
            entry = index[m["id"]].get(q)
            count = "" if entry is None else w.n(entry.get("paid_weeks", entry.get("achieved")))
            amount = "" if entry is None else w.n(entry["amount"], 2)
            rows.append([fmt.quarter(q, w.lang), count, amount])
        rows.append([w.t("total"), "", w.n(m["amount"], 2)])
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
            [24 * mm, half - 24 * mm],
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
