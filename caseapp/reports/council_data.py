"""Gathering the council report's model from the database: the engine's figures over the same
facts, the breakdowns, the data-quality findings and the fingerprint."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy.orm import Session

from caseapp import __version__
from caseapp.domain import codes
from caseapp.outcomes import compute, to_json_dict
from caseapp.reports import people_breakdowns as people
from caseapp.reports import project_queries
from caseapp.reports.council_model import (
    WORDING,
    ActivityRow,
    CouncilReport,
    PeopleTable,
    QualityRow,
    SupportRow,
)
from caseapp.reports.fingerprint import fingerprint
from caseapp.reports.plan import plan_period, success_curve, verdict
from caseapp.reports.suppression import shown_count, suppress_table
from caseapp.services import data_quality, outcome_figures, scope
from caseapp.services.actor import Actor


def _one_way(
    counts: Counter[str | None], order: Sequence[str], group: str, heading: str
) -> PeopleTable:
    """Counts by code, every code listed (a zero too: leaving rows out would tell that everyone
    is in the rows shown, and zeros may be needed to hide a small count), "not recorded" last.

    The total is published exactly elsewhere (fixed), so complements are hidden instead."""
    rows: list[str | None] = list(order)
    rows += sorted(c for c in counts if c is not None and c not in order and counts[c])
    rows.append(None)
    grid = [[counts.get(c, 0)] for c in rows]
    table = suppress_table(grid, column_totals=True, fixed_column_totals=True)
    return PeopleTable(group, tuple(rows), (heading,), table)


def _housing(breakdown: people.HousingBreakdown) -> PeopleTable:
    rows = people.HOUSING_GROUPS
    grid = [[breakdown.at_enrolment.get(g, 0), breakdown.now.get(g, 0)] for g in rows]
    table = suppress_table(grid, column_totals=True, fixed_column_totals=True)
    return PeopleTable(WORDING, tuple(rows), ("at_enrolment", "now"), table)


def _activities(rows: dict[str, people.ActivityType]) -> tuple[ActivityRow, ...]:
    out = []
    for code, row in rows.items():
        if not row.ever:
            continue
        # An average over fewer than five people would describe someone's own hours.
        hours = sum(row.hours_now) / len(row.hours_now) if len(row.hours_now) >= 5 else None
        out.append(ActivityRow(code, shown_count(row.ever), shown_count(row.now), row.weeks, hours))
    return tuple(out)


def build_council_report(
    session: Session,
    actor: Actor,
    project_key: str,
    as_of: date,
    produced_at: datetime | None = None,
) -> CouncilReport:
    """The report's model. Callers check permission and write the audit entry."""
    project = scope.require_project(session, actor, project_key)
    facts = outcome_figures.load_facts(session, project_key)
    contract = facts.contract
    figures = compute(contract, facts.participants, as_of, facts.project_key)
    counted = people.counted(facts.participants, as_of)

    period = plan_period(project.start, contract, facts.participants)
    success = figures.success
    curve = success_curve(
        contract,
        facts.participants,
        period,
        as_of,
        facts.project_key,
        success.target_count,
        success.baseline_count,
    )

    support_rows = tuple(
        SupportRow(code, shown_count(s.ever), shown_count(s.now), s.hours)
        for code, s in project_queries.supports(session, project.id, as_of).items()
        if s.ever
    )
    found = data_quality.find(session, project_key, as_of)
    quality = tuple(
        QualityRow(
            kind,
            shown_count(n),
            sum((f.amount or Decimal(0) for f in found.findings if f.kind == kind), Decimal(0))
            if kind == "unverified_earning"
            else None,
        )
        for kind, n in found.counts().items()
    )
    return CouncilReport(
        project_key=project.key,
        project_name=project.name,
        municipality=project.municipality,
        project_start=project.start,
        project_end=project.end,
        as_of=as_of,
        produced_by=actor.name,
        produced_role=actor.role,
        produced_at=produced_at or datetime.now().replace(microsecond=0),
        program_version=__version__,
        contract=contract,
        figures=figures,
        figures_json=to_json_dict(figures),
        period=period,
        verdict=verdict(success.succeeded, success.target_count, period, as_of),
        curve=tuple(curve),
        exit_reasons=_one_way(
            people.exit_reasons(counted, as_of), codes.EXIT_REASONS, "exit_reason", "participants"
        ),
        referral_sources=_one_way(
            project_queries.referral_sources(session, project.id, as_of),
            codes.REFERRAL_SOURCES,
            "referral_source",
            "participants",
        ),
        housing=_housing(people.housing_breakdown(counted, as_of, contract.stable_housing)),
        shelter_nights=people.shelter_nights(counted, as_of),
        activities=_activities(people.activity_breakdown(counted, as_of)),
        supports=support_rows,
        contacts=project_queries.contacts(session, project.id, as_of),
        quality=quality,
        quality_at_stake=found.amount_at_stake(),
        fingerprint=fingerprint(
            facts.project_key, contract, facts.participants, as_of, __version__
        ),
    )
