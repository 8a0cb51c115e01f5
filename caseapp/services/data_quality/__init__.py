"""The data-quality check: what in the records looks wrong and could change the figures.

Each finding names a participant by key and the record (kind and uuid) it is about, so a screen
can open it with one click; no names, CPR numbers or notes. Findings are data, not errors.
One module per family of findings; here the service that runs them all in report order.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseapp.domain.errors import NotAllowed
from caseapp.services import audit, pseudonyms, references
from caseapp.services import scope as access
from caseapp.services.actor import Actor, Can
from caseapp.services.data_quality.activities import activity_overlaps
from caseapp.services.data_quality.contacts import future_contacts, not_seen
from caseapp.services.data_quality.enrolments import enrolment_findings
from caseapp.services.data_quality.findings import KINDS, CheckResult, Finding
from caseapp.services.data_quality.housing import housing_findings
from caseapp.services.data_quality.scope import people_in_scope
from caseapp.services.data_quality.spans import Span, gaps, overlaps
from caseapp.services.data_quality.unverified_earnings import unverified_earnings
from caseapp.services.outcome_figures import ProjectFacts
from caseapp.storage.models import Participant

__all__ = ["KINDS", "CheckResult", "Finding", "Span", "check", "find", "gaps", "overlaps"]


def check(
    session: Session,
    actor: Actor,
    project_key: str | None,
    as_of: date,
    now: datetime | None = None,
) -> CheckResult:
    """Every finding for one project (or all), as of a day; the run is audit-logged."""
    if not (actor.can(Can.VIEW_FIGURES) or actor.can(Can.READ_CASE)):
        raise NotAllowed(
            "{key} ({role}) may not view figures or read cases", key=actor.key, role=actor.role
        )
    if project_key is not None:
        access.require_project(session, actor, project_key)
        result = find(session, project_key, as_of, now)
    else:
        result = _find_in_all(session, access.project_keys(session, actor), as_of, now)
    if actor.can(Can.READ_CASE):
        # A case worker narrowed to their own caseload sees no one else's findings.
        visible = access.visible_ids(actor, access.staff_id(session, actor))
        keys = set(session.scalars(select(Participant.key).where(Participant.id.in_(visible))))
        result = replace(
            result, findings=tuple(f for f in result.findings if f.participant in keys)
        )
    audit.record(session, actor, "ran_data_check", detail=f"{project_key or '*'} {as_of}")
    if not actor.can(Can.READ_CASE):
        result = _pseudonymised(session, result)
    return result


def _pseudonymised(session: Session, result: CheckResult) -> CheckResult:
    """For those who see no case files (evaluators): people by the pseudonyms of their export,
    and no record ids (nothing to open, nothing to link with)."""
    names = pseudonyms.for_keys(session, {f.participant for f in result.findings})
    findings = tuple(
        replace(f, participant=names[f.participant], record_uuid="", other_uuid=None)
        for f in result.findings
    )
    return replace(result, findings=findings)


def _find_in_all(
    session: Session, project_keys: list[str], as_of: date, now: datetime | None
) -> CheckResult:
    """The findings of every project of the account's, each once."""
    found: dict[Finding, None] = {}
    for key in project_keys:
        found.update(dict.fromkeys(find(session, key, as_of, now).findings))
    order = {k: i for i, k in enumerate(KINDS)}
    ordered = sorted(
        found, key=lambda f: (order[f.kind], f.participant, f.start or date.min, f.record_uuid)
    )
    return CheckResult(as_of, None, tuple(ordered))


def find(
    session: Session,
    project_key: str | None,
    as_of: date,
    now: datetime | None = None,
    *,
    facts: ProjectFacts | None = None,
) -> CheckResult:
    """The findings, without permission check or audit (callers do both). A caller that has
    loaded the project's `facts` already passes them, so they are not read twice."""
    now = now or datetime.now()
    project_id = references.project(session, project_key).id if project_key else None
    keys = people_in_scope(session, project_id)
    findings: list[Finding] = []
    findings += unverified_earnings(session, project_key, keys, as_of, facts)
    findings += housing_findings(session, keys, project_id, as_of)
    findings += activity_overlaps(session, keys, as_of)
    findings += enrolment_findings(session, keys, project_id, as_of)
    # A contact dated after a past day checked is later data, not an error of that day.
    if as_of >= now.date():
        findings += future_contacts(session, keys, now)
    findings += not_seen(session, keys, project_id, as_of)
    order = {k: i for i, k in enumerate(KINDS)}
    findings.sort(key=lambda f: (order[f.kind], f.participant, f.start or date.min, f.record_uuid))
    return CheckResult(as_of, project_key, tuple(findings))
