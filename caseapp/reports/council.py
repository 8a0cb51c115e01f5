"""Making the council report: permission, the model, the PDF and the audit entry, as the steps
the command line (`make_council_report`) and the GUI's preview (`preview_council_report`, then
`save_previewed_report`) share."""

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
from caseapp.services import audit, delivered_reports, outcome_figures, scope
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
    with `deliver`, keep it in the database as delivered (the same bytes); a forecast (a day
    after today) is refused for delivery.

    The audit entry names the project, the day and the language, never a person; it commits
    with the caller's unit of work, after the file is complete.
    """
    actor.require(Can.MAKE_REPORTS)
    if deliver:
        # Refused before anything is made: a forecast written but not delivered would be
        # half of what was asked for.
        delivered_reports.require_deliverable(as_of)
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
    _made(session, actor, project_key, as_of, lang)
    return report


def preview_council_report(
    session: Session, actor: Actor, project_key: str, as_of: date, lang: str
) -> tuple[CouncilReport, bytes]:
    """The report and its PDF, to be looked at before it is saved: logged as a viewing of the
    figures, since nothing leaves the program yet."""
    actor.require(Can.MAKE_REPORTS)
    report = build_council_report(session, actor, project_key, as_of)
    buffer = io.BytesIO()
    write_council_pdf(report, lang, buffer)
    outcome_figures.viewed(session, actor, project_key, as_of)
    return report, buffer.getvalue()


def save_previewed_report(
    session: Session, actor: Actor, project_key: str, as_of: date, lang: str, pdf: bytes, out: Path
) -> None:
    """Save the PDF made for the preview (what was looked at is what is saved); logged as a
    made report, as when it is made anew."""
    actor.require(Can.MAKE_REPORTS)
    scope.require_project(session, actor, project_key)
    with atomic_output(out) as handle:
        handle.write(pdf)
    _made(session, actor, project_key, as_of, lang)


def _made(session: Session, actor: Actor, project_key: str, as_of: date, lang: str) -> None:
    audit.record(session, actor, "made_council_report", detail=f"{project_key} {as_of} {lang}")
