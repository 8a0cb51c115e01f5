"""Section 3, outcomes and payments: each metric's weeks or achievements and amounts, the
repayment ratio and the gross saving, then the payments by quarter."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from caseapp.outcomes import WeeklyResult
from caseapp.reports.council_disclosure import cohort_key, metric_key
from caseapp.reports.council_pdf.quarters import by_quarter
from caseapp.reports.council_pdf.writer import Writer
from caseapp.reports.pdf_layout import H2, SMALL, WIDTH, figure_table, para, two_lines


def investors(w: Writer) -> Flowable:
    """What investors ask: repaid so far, forecast repayment, break-even, headroom under every
    cap, cost per participant and per success, and the saving net of the baseline."""
    v, r = w.r.investor, w.r
    if v.break_even_reached:
        break_even = w.t("break_even_reached")
    elif v.break_even is not None:
        break_even = w.day(v.break_even)
    else:
        break_even = w.t("break_even_not_within") if v.investment else "-"
    succeeded_shown = r.disclosure.shown("succeeded") is not None
    saving_shown = "gross_saving" in r.disclosure.cells and r.disclosure.shown("gross_saving")
    rows = [
        [w.t("repaid_so_far"), w.money(v.repaid)],
        [w.t("investment"), w.money(v.investment)],
        [w.t("repayment_ratio"), w.pct(r.figures.repayment_ratio)],
        [
            w.t("forecast_repayment", end=w.day(r.contract.payment_end)),
            w.estimate(v.forecast_end),
        ],
        [w.t("break_even"), break_even],
    ]
    rows += [
        [w.t("cap_headroom", metric=r.metric_names.get(c.metric, c.metric)), w.money(c.headroom)]
        for c in v.caps
    ]
    rows += [
        [w.t("cost_per_participant"), w.money(v.cost_per_participant)],
        [
            w.t("cost_per_success"),
            w.money(v.cost_per_success) if succeeded_shown else w.c("succeeded"),
        ],
        [
            w.t("gross_saving"),
            w.cash("gross_saving") if "gross_saving" in r.disclosure.cells else w.money(None),
        ],
        [
            w.t("net_saving"),
            w.estimate(v.net_saving) if saving_shown and succeeded_shown else "-",
        ],
    ]
    return figure_table([w.t("figure"), w.t("value")], rows, [WIDTH - 45 * mm, 45 * mm])


def whole_investment(w: Writer) -> list[Flowable]:
    """Projects financed as one investment, together: each project's own figures are in its own
    report; here what they add up to."""
    g = w.r.investment_group
    if g is None:
        return []
    rows = [
        [w.t("group_projects"), ", ".join(f"{m.name} ({m.key})" for m in g.members)],
        [w.t("investment"), w.money(g.investment)],
        [w.t("repaid_so_far"), w.money(g.earned)],
        [
            w.t("repayment_ratio"),
            w.pct(g.earned / g.investment) if g.investment else "-",
        ],
        [w.t("group_counted"), w.c("group:counted")],
        [w.t("group_succeeded", target=w.n(g.target)), w.c("group:succeeded")],
    ]
    return [
        KeepTogether(
            [
                para(w.t("group_title", name=g.name), H2),
                figure_table(
                    [w.t("figure"), w.t("value")],
                    rows,
                    [70 * mm, WIDTH - 70 * mm],
                    left_columns=1,
                ),
                *w.note_if_hidden("group:succeeded"),
            ]
        )
    ]


def cohorts(w: Writer) -> list[Flowable]:
    """Success by months since enrolment, for those enrolled that long."""
    rows = []
    keys: list[str] = []
    for c in w.r.cohorts:
        enrolled, succeeded = cohort_key(c.months, "enrolled"), cohort_key(c.months, "succeeded")
        if not c.enrolled:
            continue
        keys += [enrolled, succeeded]
        rows.append(
            [
                w.t("cohort_months", months=w.n(c.months)),
                w.c(enrolled),
                w.c(succeeded),
                w.ratio(succeeded, enrolled),
            ]
        )
    if not rows:
        return []
    return [
        KeepTogether(
            [
                para(w.t("cohorts_title"), H2),
                figure_table(
                    [w.t("cohort_since"), w.t("cohort_enrolled"), w.t("cohort_succeeded"), "%"],
                    rows,
                    [WIDTH - 3 * 32 * mm, 32 * mm, 32 * mm, 32 * mm],
                ),
                *w.note_if_hidden(*keys),
            ]
        )
    ]


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
            [WIDTH - 2 * 28 * mm - 2 * 34 * mm, 28 * mm, 28 * mm, 34 * mm, 34 * mm],
            total_rows=1,
        ),
    ]
    if capped:
        out += [Spacer(1, 2), para(w.t("capped_note"), SMALL)]
    out += w.note_if_hidden(*keys)
    out += [Spacer(1, 3 * mm), para(w.t("investor_title"), H2), investors(w)]
    out += whole_investment(w)
    out += cohorts(w)
    out += by_quarter(w)
    return out
