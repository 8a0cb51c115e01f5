"""The cover page: the project, the periods, who made the report and when, and the contents."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer, Table
from reportlab.platypus import TableStyle as TS

from caseapp.domain import labels
from caseapp.reports.council_pdf.writer import Writer
from caseapp.reports.pdf_layout import BODY, H2, SMALL, SUBTITLE, TITLE, WIDTH, para


def cover(w: Writer) -> list[Flowable]:
    r = w.r
    period = "-"
    if r.project_start:
        end = w.day(r.project_end) if r.project_end else w.t("open_ended")
        period = f"{w.day(r.project_start)} - {end}"
    role = labels.code_label("role", r.produced_role, w.lang)
    rows = [
        (w.t("project"), f"{r.project_name} ({r.project_key})"),
        (w.t("municipality"), r.municipality or "-"),
        (w.t("period"), period),
        (
            w.t("contract_period"),
            f"{w.day(r.period.start)} - {w.day(r.period.end)}",
        ),
        (w.t("as_of"), w.day(r.as_of)),
        (w.t("produced_by"), f"{r.produced_by} ({role.lower()})"),
        (
            w.t("produced_on"),
            f"{w.day(r.produced_at.date())} {r.produced_at:%H:%M}",
        ),
        (w.t("program"), f"caseapp {r.program_version}"),
        (w.t("fingerprint"), r.fingerprint),
        (w.t("audit_head"), r.audit_head),
    ]
    details = Table(
        [[para(k, SMALL), para(v, BODY)] for k, v in rows], colWidths=[45 * mm, WIDTH - 45 * mm]
    )
    details.setStyle(
        TS(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, "#cccccc"),
            ]
        )
    )
    contents = [
        "sec_summary",
        "sec_flow",
        "sec_outcomes",
        "sec_housing",
        "sec_work",
        "sec_support",
        "sec_quality",
        "sec_restated",
        "sec_method",
    ]
    toc = [para(f"{i}  {w.t(k)}", BODY) for i, k in enumerate(contents, start=1)]
    title = w.t("council_title")
    if r.is_forecast:
        title = w.t("forecast_title", title=title)
    return [
        Spacer(1, 38 * mm),
        para(title, TITLE),
        Spacer(1, 4 * mm),
        para(f"{r.project_name}", SUBTITLE),
        para(
            f"{w.t('council_subtitle')} · {w.t('as_of').lower()} {w.day(r.as_of)}",
            SUBTITLE,
        ),
        Spacer(1, 14 * mm),
        details,
        Spacer(1, 12 * mm),
        para(w.t("contents"), H2),
        *toc,
        Spacer(1, 12 * mm),
        para(w.t("privacy_note"), SMALL),
        PageBreak(),
    ]
