"""Section 6, supports and contacts: the supports given, and how many contacts by mode, place
and topic."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from caseapp.domain import labels
from caseapp.reports.council_disclosure import code_key
from caseapp.reports.council_pdf.writer import Writer
from caseapp.reports.pdf_layout import H2, SMALL, WIDTH, figure_table, para, side_by_side


def supports(w: Writer) -> list[Flowable]:
    r, c = w.r, w.r.contacts
    srows = [
        [
            labels.code_label("support", code, w.lang),
            w.c(code_key("support_ever", code)),
            w.c(code_key("support_now", code)),
            w.fig(code_key("support_hours", code)),
        ]
        for code in r.supports
    ]
    keys = [
        code_key(prefix, code)
        for code in r.supports
        for prefix in ("support_ever", "support_now", "support_hours")
    ]
    half = (WIDTH - 6 * mm) / 2

    def volume(group: str, data: dict[Any, tuple[int, int]], heading: str, width: float) -> Table:
        order = [code for code, _ in labels.code_choices(group, w.lang)]
        keys = [k for k in order if k in data] + [k for k in data if k not in order]
        rows = [[w.label(group, k), w.n(data[k][0]), w.n(data[k][1])] for k in keys if data[k][0]]
        return figure_table(
            [heading, w.t("contacts_all"), w.t("contacts_recent")],
            rows or [["-", "", ""]],
            [width - 44 * mm, 22 * mm, 22 * mm],
        )

    totals = [
        [w.t("contacts_total"), w.n(c.total), w.n(c.recent)],
        [w.t("contact_hours"), w.n(c.minutes / 60), ""],
    ]
    out: list[Flowable] = [
        w.section(6, "sec_support"),
        figure_table(
            [
                w.t("support_type"),
                w.t("support_ever"),
                w.t("support_now"),
                w.t("support_hours"),
            ],
            srows or [["-", "", "", ""]],
            [WIDTH - 3 * 32 * mm, 32 * mm, 32 * mm, 32 * mm],
        ),
    ]
    out += w.note_if_hidden(*keys)
    out += [
        para(w.t("contacts_title"), H2),
        para(w.t("contacts_intro")),
        Spacer(1, 3 * mm),
        figure_table(
            [w.t("figure"), w.t("contacts_all"), w.t("contacts_recent")],
            totals,
            [WIDTH - 60 * mm, 30 * mm, 30 * mm],
        ),
        Spacer(1, 4 * mm),
        side_by_side(
            volume("contact_mode", c.by_mode, w.t("by_mode"), half),
            volume("contact_location", c.by_location, w.t("by_location"), half),
        ),
        Spacer(1, 4 * mm),
        side_by_side(
            volume("contact_topic", dict(c.by_topic), w.t("by_topic"), half),
            para(w.t("topic_note"), SMALL),
        ),
    ]
    return out
