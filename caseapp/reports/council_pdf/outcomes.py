"""Section 3, outcomes and payments: each metric's weeks or achievements and amounts, the
repayment ratio and the gross saving, then the payments by quarter."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from caseapp.outcomes import WeeklyResult
from caseapp.reports.council_disclosure import metric_key
from caseapp.reports.council_pdf.quarters import by_quarter
from caseapp.reports.council_pdf.writer import Writer
from caseapp.reports.pdf_layout import SMALL, WIDTH, figure_table, para, two_lines


def outcomes(w: Writer) -> list[Flowable]:
    f = w.r.figures
    names = w.r.metric_names
    rows: list[list[Any]] = []
    capped = False
    keys: list[str] = []
    for m in f.metrics:
        weekly = isinstance(m, WeeklyResult)
        count = metric_key(m.id, "paid_weeks" if weekly else "achieved")
        qualifying = metric_key(m.id, "qualifying_weeks")
        uncapped = metric_key(m.id, "amount_uncapped" if weekly else "amount")
        capped |= m.amount != m.amount_uncapped
        has_weeks = qualifying in w.r.disclosure.cells
        keys += [count, metric_key(m.id, "amount"), uncapped] + ([qualifying] if has_weeks else [])
        rows.append(
            [
                two_lines(names.get(m.id, m.id), w.t(f"kind_{m.kind}")),
                w.fig(qualifying) if has_weeks else "-",
                f"{w.fig(count) if weekly else w.c(count)} "
                f"{w.t('weeks_short' if weekly else 'achieved_short')}",
                w.cash(metric_key(m.id, "amount")),
                w.cash(uncapped),
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
    out += w.note_if_hidden(*keys)
    saving = w.cash("gross_saving") if "gross_saving" in w.r.disclosure.cells else w.money(None)
    extra = [
        [w.t("repayment_ratio"), w.pct(f.repayment_ratio)],
        [w.t("gross_saving"), saving],
    ]
    out += [
        Spacer(1, 3 * mm),
        figure_table([w.t("figure"), w.t("value")], extra, [WIDTH - 45 * mm, 45 * mm]),
    ]
    out += by_quarter(w)
    return out
