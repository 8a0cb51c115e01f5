"""Making the council report: permission, the model, the PDF and the audit entry, as one step
the command line and the GUI share."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path
from typing import IO

from sqlalchemy.orm import Session

from caseapp.reports.council_data import build_council_report
from caseapp.reports.council_model import CouncilReport
from caseapp.reports.council_pdf import write_council_pdf
from caseapp.reports.output_files import atomic_output
from caseapp.reports.restatement import printed_figures
from caseapp.services import audit, delivered_reports
from caseapp.services.actor import Actor, Can

LANGS = ("da", "en")


def make_council_report(
    session: Session,
    actor: Actor,
    project_key: str,
    as_of: date,
    lang: str,
    out: Path | IO[bytes],
    *,
    deliver: bool = False,
) -> CouncilReport:
    """Write the report for `project_key` as of `as_of` to `out` (a path or a binary file);
    with `deliver`, keep it in the database as delivered (the same bytes).

    The audit entry names the project, the day and the language, never a person; it commits
    with the caller's unit of work, after the file is complete.
    """
    actor.require(Can.MAKE_REPORTS)
    report = build_council_report(session, actor, project_key, as_of)
    buffer = io.BytesIO()
    write_council_pdf(report, lang, buffer)
    pdf = buffer.getvalue()
    if isinstance(out, Path):
        with atomic_output(out) as handle:
            handle.write(pdf)
    else:
        out.write(pdf)
    if deliver:
        figures = {"printed": printed_figures(report.disclosure), "outcomes": report.figures_json}
        delivered_reports.store(
            session,
            actor,
            report.project_key,
            as_of,
            lang,
            pdf,
            figures,
            report.fingerprint,
            report.audit_head,
        )
    audit.record(session, actor, "made_council_report", detail=f"{project_key} {as_of} {lang}")
    return report
