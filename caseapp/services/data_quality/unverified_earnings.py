"""Unverified jobs and educations weighed with the outcome engine itself: a spell is reported
when verifying it would earn money, with the amount at stake."""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseapp.domain.errors import NotFound, ValidationFailed
from caseapp.outcomes import (
    ActivitySustainedMetric,
    Contract,
    OutcomeResult,
    ParticipantFacts,
    WeeklyActivityMetric,
    compute,
)
from caseapp.services import outcome_figures
from caseapp.services.data_quality.findings import Finding
from caseapp.storage.models import ActivitySpell, Project


def unverified_earnings(
    session: Session,
    project_key: str | None,
    keys: dict[int, str],
    as_of: date,
    facts: outcome_figures.ProjectFacts | None = None,
) -> list[Finding]:
    """Unverified spells that would earn money once verified, per project with a contract
    (`facts`: the one project's, when the caller has them already)."""
    projects = (
        [project_key]
        if project_key
        else list(session.scalars(select(Project.key).where(Project.contract.is_not(None))))
    )
    uuids = _unverified_uuids(session, keys)
    out: list[Finding] = []
    for key in projects:
        loaded = facts if facts is not None and facts.project_key == key else None
        if loaded is None:
            try:
                loaded = outcome_figures.load_facts(session, key)
            except (NotFound, ValidationFailed):  # no usable contract: nothing earns or weighs
                if project_key:
                    raise
                continue
        out += unverified_at_stake(loaded.contract, loaded.participants, as_of, key, uuids)
    return out


def _unverified_uuids(
    session: Session, keys: dict[int, str]
) -> dict[str, list[tuple[str, date, date | None, str, float | None]]]:
    """participant key -> (uuid, start, end, type, hours) of each unverified activity spell."""
    q = select(
        ActivitySpell.participant_id,
        ActivitySpell.uuid,
        ActivitySpell.start,
        ActivitySpell.end,
        ActivitySpell.type,
        ActivitySpell.hours_per_week,
    ).where(ActivitySpell.verified.is_(False))
    out: dict[str, list[tuple[str, date, date | None, str, float | None]]] = defaultdict(list)
    for pid, uuid, start, end, type_, hours in session.execute(q):
        if pid in keys:
            out[keys[pid]].append((uuid, start, end, type_, hours))
    return out


def _earnings(result: OutcomeResult) -> Decimal:
    """What one participant's figures earn, before the project-wide total cap (rule 9)."""
    return sum((r.amount for m in result.metrics for r in m.by_participant), Decimal(0))


def unverified_at_stake(
    contract: Contract,
    facts: Iterable[ParticipantFacts],
    as_of: date,
    project_key: str,
    unverified: dict[str, list[tuple[str, date, date | None, str, float | None]]],
) -> list[Finding]:
    """Compute each participant with and without each unverified spell verified; the difference
    is the money at stake (per participant, before the total cap)."""
    types = set()
    for metric in contract.metrics:
        if isinstance(metric, WeeklyActivityMetric) and metric.require_verified:
            types |= set(metric.tariffs)
        elif isinstance(metric, ActivitySustainedMetric) and metric.require_verified:
            types |= set(metric.activity_types)
    out = []
    for person in facts:
        spells = [s for s in unverified.get(person.key, ()) if s[3] in types]
        if not spells:
            continue
        base = _earnings(compute(contract, [person], as_of, project_key))
        for uuid, start, end, type_, hours in spells:
            activities = list(person.activities)
            for i, a in enumerate(activities):
                same = (a.type, a.start, a.end, a.hours_per_week) == (type_, start, end, hours)
                if same and not a.verified:
                    activities[i] = dataclasses.replace(a, verified=True)
                    break
            else:
                continue
            verified = dataclasses.replace(person, activities=tuple(activities))
            gain = _earnings(compute(contract, [verified], as_of, project_key)) - base
            if gain > 0:
                out.append(
                    Finding(
                        "unverified_earning",
                        person.key,
                        "activity",
                        uuid,
                        project_key,
                        start,
                        end,
                        code=type_,
                        amount=gain,
                    )
                )
    return out
