"""Section 2, flow of participants: referred, counted, active and exited; exit reasons and
referral sources side by side."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table
from reportlab.platypus import TableStyle as TS

from caseapp.reports.council_pdf.writer import Writer
from caseapp.reports.pdf_layout import H2_TIGHT, WIDTH, figure_table, para, side_by_side


def flow(w: Writer) -> list[Flowable]:
    stages = [
        [w.t("flow_referred"), w.c("referred")],
        [w.t("funnel_intake"), w.c("intake")],
        [w.t("funnel_consented"), w.c("consented")],
        [w.t("flow_counted"), w.c("counted")],
        [w.t("funnel_not_enrolled"), w.c("not_enrolled")],
        [w.t("flow_active"), w.c("active")],
        [w.t("flow_exited"), w.c("exited")],
    ]
    half = (WIDTH - 6 * mm) / 2
    out: list[Flowable] = [
        w.section(2, "sec_flow"),
        para(w.t("flow_intro")),
        Spacer(1, 3 * mm),
        figure_table([w.t("flow_stage"), w.t("participants")], stages, [WIDTH - 40 * mm, 40 * mm]),
    ]
    left: list[Flowable] = [para(w.t("exit_reasons"), H2_TIGHT)]
    left.append(
        w.people_table(w.r.exit_reasons, w.t("reason"), half)
        if w.r.exit_reasons.codes
        else para("-")
    )
    right: list[Flowable] = [
        para(w.t("referral_sources"), H2_TIGHT),
        w.people_table(w.r.referral_sources, w.t("source"), half),
    ]
    out += [Spacer(1, 3 * mm), side_by_side(_stack(left), _stack(right))]
    why = w.people_table(w.r.not_enrolled, w.t("reason"), half)
    why.hAlign = "LEFT"
    out += [Spacer(1, 3 * mm), para(w.t("funnel_why"), H2_TIGHT), why]
    out += w.note_if_hidden(
        "referred",
        "intake",
        "consented",
        "not_enrolled",
        *w.table_keys(w.r.not_enrolled),
        "active",
        "exited",
        *w.table_keys(w.r.exit_reasons),
        *w.table_keys(w.r.referral_sources),
    )
    return out


def _stack(items: list[Flowable]) -> Table:
    """Flowables one under the other without padding, to stand as one column of `side_by_side`."""
    table = Table([[i] for i in items])
    table.setStyle(
        TS(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table
