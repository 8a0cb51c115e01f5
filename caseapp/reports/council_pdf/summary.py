"""Section 1, summary: the verdict against the plan, the key figures as tiles and the money
earned per metric."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer

from caseapp.reports.council_pdf.writer import Writer, share
from caseapp.reports.pdf_layout import H2, WIDTH, callout, figure_table, para, tiles


def summary(w: Writer) -> list[Flowable]:
    r, f = w.r, w.r.figures
    s, p, h = f.success, f.participants, f.housing
    j = r.figures_json
    v = r.verdict
    sentence = w.t(
        f"verdict_{v.code}",
        succeeded=w.n(v.succeeded),
        expected=w.n(v.expected, 1),
        target=w.n(v.target),
    )
    basis = w.t("verdict_basis", elapsed=w.pct(v.elapsed))
    items = [
        (
            w.n(p.counted),
            w.t("kf_counted"),
            w.t("kf_counted_sub", target=w.n(r.contract.target_participants)),
        ),
        (
            w.pct(j["success"]["rate"]),
            w.t("kf_success"),
            w.t(
                "kf_success_sub",
                succeeded=w.n(s.succeeded),
                counted=w.n(p.counted),
                target=f"{w.pct(j['success']['target_rate'])} ({w.n(s.target_count)})",
                baseline=f"{w.pct(j['success']['baseline_rate'])} ({w.n(s.baseline_count)})",
            ),
        ),
        (
            w.n(f.in_activity_now),
            w.t("kf_activity_now"),
            w.t("kf_activity_now_sub", share=w.pct(share(f.in_activity_now, p.counted))),
        ),
        (
            w.n(h.housed_now),
            w.t("kf_housed_now"),
            w.t("kf_housed_now_sub", share=w.pct(share(h.housed_now, p.counted))),
        ),
        (
            w.pct(share(h.retained_12m, h.eligible_12m)) if h.eligible_12m else "-",
            w.t("kf_retention"),
            w.t(
                "kf_retention_sub",
                retained=w.n(h.retained_12m),
                eligible=w.n(h.eligible_12m),
            ),
        ),
        (
            w.money(f.total_amount),
            w.t("kf_earned"),
            w.t(
                "kf_earned_sub",
                ratio=w.pct(j["repayment_ratio"]),
                investment=w.money(f.investment),
            )
            if f.investment
            else w.t("kf_earned_no_investment"),
        ),
    ]
    if f.gross_saving is not None and r.contract.avoided_cost_per_week is not None:
        weeks = f.gross_saving / r.contract.avoided_cost_per_week
        items.append(
            (
                w.money(f.gross_saving),
                w.t("kf_saving"),
                w.t(
                    "kf_saving_sub",
                    weeks=w.n(weeks),
                    cost=w.money(r.contract.avoided_cost_per_week),
                ),
            )
        )
    earned = [[r.metric_names.get(m.id, m.id), w.money(m.amount)] for m in f.metrics]
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
        PageBreak(),
    ]
