"""Outcome figures from the database: read the facts the engine needs, then run the pure engine.

Reading is done with a few set-based queries (no object per row), so a 10,000-participant
project loads in well under a second; `load_facts` is separate so its time can be measured.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseapp.domain.errors import NotFound, Problem, ValidationFailed
from caseapp.outcomes import (
    ActivitySpell,
    Contract,
    Enrolment,
    HousingSpell,
    Ledger,
    OutcomeResult,
    ParticipantFacts,
    compute,
    contract_problems,
    history,
    parse_contract,
    participant_ledger,
)
from caseapp.outcomes.history import SuccessPoint, curve_start
from caseapp.services import audit, pseudonyms, references, scope
from caseapp.services.actor import Actor, Can
from caseapp.storage.models import ActivitySpell as ActivityRow
from caseapp.storage.models import Enrolment as EnrolmentRow
from caseapp.storage.models import HousingSpell as HousingRow
from caseapp.storage.models import Participant, Project


@dataclass(frozen=True)
class ProjectFacts:
    project_key: str
    contract: Contract
    participants: Sequence[ParticipantFacts]


def project_contract(project: Project) -> Contract:
    if not project.contract:
        raise NotFound("Project '{key}' has no contract yet; a team lead sets it.", key=project.key)
    problems = contract_problems(project.contract)
    if problems:
        raise ValidationFailed(
            [Problem(f"projects[{project.key}].contract.{where}", what) for where, what in problems]
        )
    return parse_contract(project.contract)


def load_facts(
    session: Session, project_key: str, participant_key: str | None = None
) -> ProjectFacts:
    """The contract and every enrolled person's spells (all of them, whichever project)."""
    project = references.project(session, project_key)
    contract = project_contract(project)
    enrolments = select(
        EnrolmentRow.participant_id,
        Participant.key,
        EnrolmentRow.referred_on,
        EnrolmentRow.enrolled_on,
        EnrolmentRow.exited_on,
        EnrolmentRow.exit_reason,
    ).join(Participant, Participant.id == EnrolmentRow.participant_id)
    enrolments = enrolments.where(EnrolmentRow.project_id == project.id)
    if participant_key is not None:
        enrolments = enrolments.where(Participant.key == participant_key)
    people = session.execute(enrolments).all()
    ids = select(EnrolmentRow.participant_id).where(EnrolmentRow.project_id == project.id)
    if participant_key is not None:
        ids = ids.where(EnrolmentRow.participant_id.in_([p[0] for p in people]))

    activities: dict[int, list[ActivitySpell]] = defaultdict(list)
    for pid, type_, start, end, hours, verified in session.execute(
        select(
            ActivityRow.participant_id,
            ActivityRow.type,
            ActivityRow.start,
            ActivityRow.end,
            ActivityRow.hours_per_week,
            ActivityRow.verified,
        ).where(ActivityRow.participant_id.in_(ids))
    ):
        activities[pid].append(ActivitySpell(type_, start, end, hours, bool(verified)))
    housing: dict[int, list[HousingSpell]] = defaultdict(list)
    for pid, type_, start, end in session.execute(
        select(HousingRow.participant_id, HousingRow.type, HousingRow.start, HousingRow.end).where(
            HousingRow.participant_id.in_(ids)
        )
    ):
        housing[pid].append(HousingSpell(type_, start, end))

    facts = [
        ParticipantFacts(
            key,
            Enrolment(referred, enrolled, exited, reason),
            tuple(activities.get(pid, ())),
            tuple(housing.get(pid, ())),
        )
        for pid, key, referred, enrolled, exited, reason in people
    ]
    return ProjectFacts(project.key, contract, facts)


def project_facts(session: Session, actor: Actor, project_key: str) -> ProjectFacts:
    """The facts the figures rest on (anonymous: keys, dates, spells), for one's own project."""
    actor.require(Can.VIEW_FIGURES)
    scope.require_project(session, actor, project_key)
    return load_facts(session, project_key)


def figures(session: Session, actor: Actor, project_key: str, as_of: date) -> OutcomeResult:
    """The project's outcome figures as of a day (outcome-rules.md); the viewing is logged."""
    actor.require(Can.VIEW_FIGURES)
    scope.require_project(session, actor, project_key)
    facts = load_facts(session, project_key)
    people: Sequence[ParticipantFacts] = facts.participants
    if not actor.can(Can.READ_CASE):
        # Evaluators see people only by the pseudonyms of their export, never by key.
        names = pseudonyms.for_keys(session, [p.key for p in people])
        people = [dataclasses.replace(p, key=names[p.key]) for p in people]
    result = compute(facts.contract, people, as_of, facts.project_key)
    viewed(session, actor, project_key, as_of)
    return result


def viewed(session: Session, actor: Actor, project_key: str, as_of: date) -> None:
    """The audit entry for having seen a project's figures (on screen, in a report preview)."""
    audit.record(session, actor, "viewed_figures", detail=f"{project_key} {as_of}")


def success_history(
    session: Session, actor: Actor, project_key: str, as_of: date
) -> tuple[SuccessPoint, ...]:
    """The success count at each quarter's end, from the project's start (as the council report
    draws it). Slower than `figures`; the screen asks for it after them, so it is not logged again.
    """
    facts = project_facts(session, actor, project_key)
    project = references.project(session, project_key)
    start = curve_start(project.start, facts.contract, facts.participants)
    return history.success_history(
        facts.contract, facts.participants, facts.project_key, start, as_of
    )


def ledger(
    session: Session,
    actor: Actor,
    project_key: str,
    participant_key: str,
    metric_id: str,
    as_of: date,
    *,
    explain_total_cap: bool = True,
) -> Ledger:
    """Week by week, why one person's weeks earned what they did; the viewing is audit-logged.

    The total cap (rule 9) is shared by everyone, so explaining it needs the whole project's
    figures; `explain_total_cap=False` skips that for a quicker answer.
    """
    actor.require(Can.READ_CASE)
    scope.require_participant(session, actor, participant_key)
    facts = load_facts(session, project_key, participant_key)
    if not facts.participants:
        raise NotFound(
            "{participant_key} has no enrolment in {project_key}.",
            participant_key=participant_key,
            project_key=project_key,
        )
    metric_result = None
    if explain_total_cap and getattr(facts.contract.metric(metric_id), "cap_amount_total", None):
        everyone = load_facts(session, project_key)
        result = compute(everyone.contract, everyone.participants, as_of, project_key)
        metric_result = result.metric(metric_id)
    audit.record(session, actor, "viewed_ledger", participant_key, f"{project_key}/{metric_id}")
    return participant_ledger(
        facts.contract, metric_id, facts.participants[0], as_of, metric_result
    )
