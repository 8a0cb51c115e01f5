"""Section 5, work and education: activity types ever and now, weeks and hours, and the
sustained activity the contract pays for."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from caseapp.domain import labels
from caseapp.outcomes import ActivitySustainedMetric
from caseapp.reports.council_disclosure import code_key, metric_key
from caseapp.reports.council_pdf.writer import Writer
from caseapp.reports.pdf_layout import H2, WIDTH, figure_table, para


def work(w: Writer) -> list[Flowable]:
    r = w.r
    rows = [
        [
            labels.code_label("activity", a.code, w.lang),
            w.c(code_key("activity_ever", a.code)),
            w.c(code_key("activity_now", a.code)),
            w.fig(code_key("activity_weeks", a.code)),
            "-" if a.avg_hours_now is None else w.n(a.avg_hours_now, 1),
        ]
        for a in r.activities
    ]
    keys = [
        code_key(prefix, a.code)
        for a in r.activities
        for prefix in ("activity_ever", "activity_now", "activity_weeks")
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
    out += w.note_if_hidden(*keys)
    sustained = [
        [m.name, w.c(metric_key(m.id, "achieved")), w.cash(metric_key(m.id, "amount"))]
        for m in r.contract.metrics
        if isinstance(m, ActivitySustainedMetric)
    ]
    sustained.insert(0, [w.t("kf_activity_now"), w.c("in_activity_now"), ""])
    out += [
        KeepTogether(
            [
                para(w.t("sustained_title"), H2),
                figure_table(
                    [w.t("metric"), w.t("participants"), w.t("amount")],
                    sustained,
                    [WIDTH - 70 * mm, 30 * mm, 40 * mm],
                ),
            ]
        ),
    ]
    return out
