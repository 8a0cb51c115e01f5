"""Section 3, outcomes and payments: each metric's weeks or achievements and amounts, the
repayment ratio and the gross saving, then the payments by quarter."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from caseapp.reports.council_pdf.quarters import by_quarter
from caseapp.reports.council_pdf.writer import Writer
from caseapp.reports.pdf_layout import SMALL, WIDTH, figure_table, para, two_lines


def outcomes(w: Writer) -> list[Flowable]:
    f, j = w.r.figures, w.r.figures_json
    names = w.r.metric_names
    rows: list[list[Any]] = []
    capped = False
    for m in j["metrics"]:
        count = m.get("paid_weeks", m.get("achieved"))
        unit = "weeks_short" if "paid_weeks" in m else "achieved_short"
        capped |= m["amount"] != m["amount_uncapped"]
        rows.append(
            [
                two_lines(names.get(m["id"], m["id"]), w.t(f"kind_{m['kind']}")),
                w.n(m["qualifying_weeks"]) if "qualifying_weeks" in m else "-",
                f"{w.n(count)} {w.t(unit)}",
                w.money(m["amount"]),
                w.money(m["amount_uncapped"]),
            ]
        )
    rows.append([w.t("total_amount"), "", "", w.money(f.total_amount), ""])
    out: list[Flowable] = [
        w.section(3, "sec_outcomes"),
        figure_table(
            [
                w.t("metric"),
                w.t("qualifying_weeks"),
                f"{w.t('paid_weeks')} / {w.t('achieved').lower()}",
                w.t("amount"),
                w.t("amount_uncapped"),
            ],
            rows,
            [WIDTH - 2 * 24 * mm - 2 * 34 * mm, 24 * mm, 24 * mm, 34 * mm, 34 * mm],
            total_rows=1,
        ),
    ]
    if capped:
        out += [Spacer(1, 2), para(w.t("capped_note"), SMALL)]
    extra = [
        [w.t("repayment_ratio"), w.pct(j["repayment_ratio"])],
        [w.t("gross_saving"), w.money(j["gross_saving"])],
    ]
    out += [
        Spacer(1, 3 * mm),
        figure_table([w.t("figure"), w.t("value")], extra, [WIDTH - 45 * mm, 45 * mm]),
    ]
    out += by_quarter(w)
    return out
