"""Section 1, summary: the verdict (the target now and where the trajectory leads), the key
figures as tiles and the money earned per metric."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer

from caseapp.reports.council_disclosure import metric_key
from caseapp.reports.council_pdf.writer import Writer
from caseapp.reports.pdf_layout import H2, WIDTH, callout, figure_table, para, tiles


def summary(w: Writer) -> list[Flowable]:
    r, f = w.r, w.r.figures
    fc = r.forecast
    succeeded = w.c("succeeded")
    sentence = w.t(
        f"forecast_{fc.code}",
        succeeded=succeeded,
        target=w.n(fc.target),
        # People to come, as whole people: a tenth of a person is a precision no forecast has.
        expected=w.n(fc.expected or 0),
        low=w.n(fc.low or 0),
        high=w.n(fc.high or 0),
        end=w.day(fc.end or r.period.end),
    )
    basis = w.t(
        "forecast_basis",
        rate=w.ratio("succeeded", "counted"),
        target_rate=w.pct(f.success.target_rate),
        baseline_rate=w.pct(f.success.baseline_rate),
    )
    s = f.success
    items = [
        (
            w.c("counted"),
            w.t("kf_counted"),
            w.t("kf_counted_sub", target=w.n(r.contract.target_participants)),
        ),
        (
            w.ratio("succeeded", "counted"),
            w.t("kf_success"),
            w.t(
                "kf_success_sub",
                succeeded=succeeded,
                counted=w.c("counted"),
                target=f"{w.pct(s.target_rate)} ({w.n(s.target_count)})",
                baseline=f"{w.pct(s.baseline_rate)} ({w.n(s.baseline_count)})",
            ),
        ),
        (
            w.c("in_activity_now"),
            w.t("kf_activity_now"),
            w.t("kf_activity_now_sub", share=w.ratio("in_activity_now", "counted")),
        ),
        (
            w.c("housed_now"),
            w.t("kf_housed_now"),
            w.t("kf_housed_now_sub", share=w.ratio("housed_now", "counted")),
        ),
        (
            w.ratio("retained_12m", "eligible_12m"),
            w.t("kf_retention"),
            w.t(
                "kf_retention_sub",
                retained=w.c("retained_12m"),
                eligible=w.c("eligible_12m"),
            ),
        ),
        (
            w.money(f.total_amount),
            w.t("kf_earned"),
            w.t(
                "kf_earned_sub",
                ratio=w.pct(f.repayment_ratio),
                investment=w.money(f.investment),
            )
            if f.investment
            else w.t("kf_earned_no_investment"),
        ),
    ]
    cost = r.contract.avoided_cost_per_week
    if f.gross_saving is not None and cost is not None and "gross_saving" in r.disclosure.cells:
        items.append(
            (
                w.cash("gross_saving"),
                w.t("kf_saving"),
                w.t(
                    "kf_saving_sub",
                    weeks=w.fig(metric_key(r.contract.success.metric, "qualifying_weeks")),
                    cost=w.money(cost),
                ),
            )
        )
    earned = [
        [r.metric_names.get(m.id, m.id), w.cash(metric_key(m.id, "amount"))] for m in f.metrics
    ]
    earned.append([w.t("total_amount"), w.money(f.total_amount)])
    return [
        w.section(1, "sec_summary"),
        callout(sentence, basis),
        Spacer(1, 6 * mm),
        para(w.t("summary_figures"), H2),
        tiles(items),
        Spacer(1, 4 * mm),
        figure_table(
            [w.t("metric"), w.t("amount")],
            earned,
            [WIDTH - 45 * mm, 45 * mm],
            total_rows=1,
        ),
        *w.note_if_hidden(*(metric_key(m.id, "amount") for m in f.metrics)),
        PageBreak(),
    ]
