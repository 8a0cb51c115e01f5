"""Section 7, data quality: the check's findings per kind and the money they hold back."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from caseapp.reports.council_disclosure import code_key
from caseapp.reports.council_pdf.writer import Writer
from caseapp.reports.disclosure import HIDDEN_MARK
from caseapp.reports.pdf_layout import SMALL, WIDTH, figure_table, para
from caseapp.reports.wording import finding_label


def quality(w: Writer) -> list[Flowable]:
    r = w.r
    d = r.disclosure

    def at_stake(kind: str) -> bool:
        # The money of findings about fewer than five people would be their earnings; it goes
        # where their count goes.
        return not d.hidden(code_key("quality", kind))

    rows = [
        [
            finding_label(q.kind, w.lang),
            w.c(code_key("quality", q.kind)),
            "" if q.amount is None else (w.money(q.amount) if at_stake(q.kind) else HIDDEN_MARK),
        ]
        for q in r.quality
    ]
    out: list[Flowable] = [
        CondPageBreak(80 * mm),
        w.section(7, "sec_quality"),
        para(w.t("quality_intro")),
        Spacer(1, 3 * mm),
        figure_table(
            [w.t("finding"), w.t("findings"), w.t("at_stake")],
            rows,
            [WIDTH - 65 * mm, 25 * mm, 40 * mm],
        ),
    ]
    notes = []
    if r.quality_at_stake > 0 and at_stake("unverified_earning"):
        notes.append(w.t("at_stake_note", amount=w.money(r.quality_at_stake)))
    if any(r.disclosure.hidden(code_key("quality", q.kind)) for q in r.quality):
        notes.append(w.t("suppressed_note"))
    out += [para(n, SMALL) for n in notes]
    return out
