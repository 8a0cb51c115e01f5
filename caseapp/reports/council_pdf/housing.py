"""Section 4, housing: where participants live now, a year kept in a flat, shelter use."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from caseapp.reports.council_pdf.writer import Writer
from caseapp.reports.pdf_layout import H2, WIDTH, figure_table, para


def housing(w: Writer) -> list[Flowable]:
    keys = ["housed_now", "eligible_12m", "retained_12m", "shelter_free", "shelter_used"]
    rows = [
        [w.t("housed_now"), w.c("housed_now")],
        [w.t("eligible_12m"), w.c("eligible_12m")],
        [w.t("retained_12m"), w.c("retained_12m")],
        [w.t("kf_retention"), w.ratio("retained_12m", "eligible_12m")],
        [w.t("shelter_free"), w.c("shelter_free")],
        [w.t("shelter_used"), w.c("shelter_used")],
        [w.t("shelter_nights"), w.fig("shelter_nights")],
    ]
    return [
        w.section(4, "sec_housing"),
        para(w.t("housing_intro")),
        Spacer(1, 3 * mm),
        w.people_table(w.r.housing, w.t("situation"), WIDTH),
        *w.note_if_hidden(*w.table_keys(w.r.housing)),
        para(w.t("retention_title"), H2),
        figure_table([w.t("figure"), w.t("participants")], rows, [WIDTH - 35 * mm, 35 * mm]),
        *w.note_if_hidden(*keys, "shelter_nights"),
    ]
