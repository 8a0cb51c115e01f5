"""Section 5, work and education: activity types ever and now, weeks and hours, and the
sustained activity the contract pays for."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from caseapp.domain import formatting as fmt
from caseapp.domain import labels
from caseapp.outcomes import ActivitySustainedMetric
from caseapp.reports.council_pdf.writer import Writer
from caseapp.reports.pdf_layout import H2, SMALL, WIDTH, figure_table, para


def work(w: Writer) -> list[Flowable]:
    r = w.r
    rows = [
        [
            labels.code_label("activity", a.code, w.lang),
            fmt.count(a.ever, w.lang),
            fmt.count(a.now, w.lang),
            w.n(a.weeks),
            "-" if a.avg_hours_now is None else w.n(a.avg_hours_now, 1),
        ]
        for a in r.activities
    ]
    out: list[Flowable] = [
        CondPageBreak(90 * mm),
        w.section(5, "sec_work"),
        para(w.t("work_intro")),
        Spacer(1, 3 * mm),
        figure_table(
            [
                w.t("activity_type"),
                w.t("ever"),
                w.t("current"),
                w.t("weeks_total"),
                w.t("avg_hours"),
            ],
            rows or [["-", "", "", "", ""]],
            [WIDTH - 4 * 30 * mm, 30 * mm, 30 * mm, 30 * mm, 30 * mm],
        ),
    ]
    if any(a.ever is None or a.now is None for a in r.activities):
        out += [Spacer(1, 2), para(w.t("suppressed_note"), SMALL)]
    sustained = [
        [
            m.name,
            w.n(next(x for x in r.figures_json["metrics"] if x["id"] == m.id)["achieved"]),
            w.money(r.figures.metric(m.id).amount),
        ]
        for m in r.contract.metrics
        if isinstance(m, ActivitySustainedMetric)
    ]
    sustained.insert(0, [w.t("kf_activity_now"), w.n(r.figures.in_activity_now), ""])
    out += [
        para(w.t("sustained_title"), H2),
        figure_table(
            [w.t("metric"), w.t("participants"), w.t("amount")],
            sustained,
            [WIDTH - 70 * mm, 30 * mm, 40 * mm],
        ),
    ]
    return out
