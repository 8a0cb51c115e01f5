"""The council report as one PDF: the sections in order, with running heads on every page (and
a forecast's banner and mark on every page, when it is one)."""

from __future__ import annotations

from pathlib import Path
from typing import IO

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak

from caseapp.domain import formatting as fmt
from caseapp.reports.council_model import CouncilReport
from caseapp.reports.council_pdf.cover import cover
from caseapp.reports.council_pdf.flow import flow
from caseapp.reports.council_pdf.housing import housing
from caseapp.reports.council_pdf.method import method
from caseapp.reports.council_pdf.outcomes import outcomes
from caseapp.reports.council_pdf.quality import quality
from caseapp.reports.council_pdf.restated import restated
from caseapp.reports.council_pdf.summary import summary
from caseapp.reports.council_pdf.supports import supports
from caseapp.reports.council_pdf.work import work
from caseapp.reports.council_pdf.writer import Writer
from caseapp.reports.pdf_layout import build_pdf, running_heads
from caseapp.reports.wording import text


def story(w: Writer) -> list[Flowable]:
    return [
        *cover(w),
        *summary(w),
        *flow(w),
        *outcomes(w),
        PageBreak(),
        *housing(w),
        *work(w),
        # A new page only when the supports table would not fit: a work section that runs a
        # few lines over would otherwise leave a page all but empty.
        CondPageBreak(110 * mm),
        *supports(w),
        *quality(w),
        *restated(w),
        *method(w),
    ]


def write_council_pdf(report: CouncilReport, lang: str, out: Path | IO[bytes]) -> None:
    """Write the report as a PDF to a path or a binary file object."""
    w = Writer(report, lang)
    title = text("council_title", lang)
    forecast = None
    if report.is_forecast:
        title = text("forecast_title", lang, title=title)
        day = fmt.long_date(report.as_of, lang)
        forecast = (text("forecast_banner", lang, day=day), text("forecast_word", lang))
    decorate = running_heads(
        f"{title} · {report.project_name}",
        f"{text('as_of', lang)} {fmt.long_date(report.as_of, lang)}",
        f"caseapp {report.program_version} · {text('fingerprint', lang).split(' ')[0]} "
        f"{report.fingerprint[:12]}",
        lambda page, pages: text("page_of", lang, page=page, pages=pages),
        forecast,
    )
    build_pdf(
        out,
        story(w),
        decorate,
        title=f"{title} - {report.project_key} - {report.as_of.isoformat()}",
        author="caseapp",
        subject=report.project_name,
    )
