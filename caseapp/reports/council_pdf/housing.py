"""Section 4, housing: where participants live now, a year kept in a flat, shelter use."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from caseapp.reports.council_pdf.writer import Writer, share
from caseapp.reports.pdf_layout import H2, WIDTH, figure_table, para


def housing(w: Writer) -> list[Flowable]:
    f = w.r.figures
    h, counted = f.housing, f.participants.counted
    rows = [
        [w.t("housed_now"), w.n(h.housed_now)],
        [w.t("eligible_12m"), w.n(h.eligible_12m)],
        [w.t("retained_12m"), w.n(h.retained_12m)],
        [
            w.t("kf_retention"),
            w.pct(share(h.retained_12m, h.eligible_12m)) if h.eligible_12m else "-",
        ],
        [w.t("shelter_free"), w.n(h.shelter_free_last_365d)],
        [w.t("shelter_used"), w.n(counted - h.shelter_free_last_365d)],
        [w.t("shelter_nights"), w.n(w.r.shelter_nights)],
    ]
    return [
        w.section(4, "sec_housing"),
        para(w.t("housing_intro")),
        Spacer(1, 3 * mm),
        w.people_table(w.r.housing, w.t("situation"), WIDTH),
        *w.note_if_hidden(w.r.housing),
        para(w.t("retention_title"), H2),
        figure_table([w.t("figure"), w.t("participants")], rows, [WIDTH - 35 * mm, 35 * mm]),
    ]
