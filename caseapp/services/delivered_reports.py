"""Delivered council reports: kept in the database as delivered (the PDF byte for byte, the
figures it printed, its fingerprint and the audit chain's head), listed and written back."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseapp.domain.errors import Problem, ValidationFailed
from caseapp.services import audit, scope
from caseapp.services.actor import Actor, Can
from caseapp.storage.models import DeliveredReport


@dataclass(frozen=True)
class Delivered:
    id: int
    project_key: str
    as_of: date
    lang: str
    delivered_at: datetime
    delivered_by: str
    fingerprint: str
    audit_head: str
    size: int

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "project": self.project_key,
            "as_of": self.as_of.isoformat(),
            "lang": self.lang,
            "delivered_at": self.delivered_at.isoformat(timespec="seconds"),
            "delivered_by": self.delivered_by,
            "fingerprint": self.fingerprint,
            "audit_head": self.audit_head,
            "bytes": self.size,
        }


def _delivered(row: DeliveredReport) -> Delivered:
    return Delivered(
        row.id,
        row.project_key,
        row.as_of,
        row.lang,
        row.delivered_at,
        row.delivered_by,
        row.fingerprint,
        row.audit_head,
        len(row.pdf),
    )


def require_deliverable(as_of: date, today: date | None = None) -> None:
    """A report for a day after today is a forecast: it counts open spells as running until
    then, so it is no account of what happened and is never kept as delivered."""
    today = today or date.today()
    if as_of > today:
        raise ValidationFailed(
            Problem(
                "deliver",
                "a forecast (as of {as_of}, after today {today}) cannot be delivered; "
                "deliver a report for today or a day before it",
                as_of=as_of.isoformat(),
                today=today.isoformat(),
            )
        )


def store(
    session: Session,
    actor: Actor,
    project_key: str,
    as_of: date,
    lang: str,
    pdf: bytes,
    figures: dict[str, Any],
    fingerprint: str,
    audit_head: str,
) -> Delivered:
    """Keep a report as delivered; audit-logged with the project, day and language only."""
    actor.require(Can.MAKE_REPORTS)
    require_deliverable(as_of)
    scope.require_project(session, actor, project_key)
    row = DeliveredReport(
        project_key=project_key,
        as_of=as_of,
        lang=lang,
        delivered_by=actor.key,
        fingerprint=fingerprint,
        audit_head=audit_head,
        figures=json.dumps(figures, sort_keys=True, ensure_ascii=False),
        pdf=pdf,
    )
    session.add(row)
    session.flush()
    audit.record(
        session, actor, "delivered_council_report", detail=f"{project_key} {as_of} {lang} #{row.id}"
    )
    return _delivered(row)


def listing(session: Session, actor: Actor, project_key: str) -> list[Delivered]:
    """The project's delivered reports, oldest first."""
    actor.require(Can.MAKE_REPORTS)
    scope.require_project(session, actor, project_key)
    rows = session.scalars(
        select(DeliveredReport)
        .where(DeliveredReport.project_key == project_key)
        .order_by(DeliveredReport.delivered_at, DeliveredReport.id)
    )
    out = [_delivered(r) for r in rows]
    audit.record(session, actor, "listed_delivered_reports", detail=project_key)
    return out


def pdf_of(session: Session, actor: Actor, project_key: str, report_id: int) -> bytes:
    """The PDF of one delivered report of the project, as it was delivered."""
    actor.require(Can.MAKE_REPORTS)
    scope.require_project(session, actor, project_key)
    row = session.get(DeliveredReport, report_id)
    if row is None or row.project_key != project_key:
        raise ValidationFailed(
            Problem(
                "--write",
                "no delivered report {report_id} of project {project_key}",
                report_id=report_id,
                project_key=project_key,
            )
        )
    audit.record(session, actor, "wrote_delivered_report", detail=f"{project_key} #{report_id}")
    return row.pdf


def last_delivered(session: Session, project_key: str) -> tuple[Delivered, dict[str, Any]] | None:
    """The latest delivered report of the project and the figures it printed (for the next
    report's restatement section; callers check permission)."""
    row = session.scalars(
        select(DeliveredReport)
        .where(DeliveredReport.project_key == project_key)
        .order_by(DeliveredReport.delivered_at.desc(), DeliveredReport.id.desc())
        .limit(1)
    ).first()
    if row is None:
        return None
    return _delivered(row), json.loads(row.figures)
