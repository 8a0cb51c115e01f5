"""Gathering the council report's model from the database: the engine's figures over the same
facts, the breakdowns, the data-quality findings and the fingerprint."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from caseapp import __version__
from caseapp.domain import codes
from caseapp.outcomes import compute, to_json_dict
from caseapp.outcomes.history import success_history
from caseapp.outcomes.success_weeks import success_weeks
from caseapp.reports import council_disclosure, project_queries
from caseapp.reports import people_breakdowns as people
from caseapp.reports.council_disclosure import code_key, housing_key
from caseapp.reports.council_model import (
    WORDING,
    ActivityRow,
    CouncilReport,
    PeopleTable,
    QualityRow,
)
from caseapp.reports.disclosure import THRESHOLD, Disclosure, protect
from caseapp.reports.fingerprint import fingerprint
from caseapp.reports.forecast import forecast, investor
from caseapp.reports.investment_group import investment_group
from caseapp.reports.plan import plan_curve, plan_period
from caseapp.reports.report_inputs import report_inputs
from caseapp.reports.restatement import compare, guard_changes, late_records
from caseapp.reports.success_by_months import success_by_months
from caseapp.services import data_quality, delivered_reports, outcome_figures, scope
from caseapp.services.actor import Actor
from caseapp.services.audit_head import chain_head


def _one_way(rows: Sequence[str | None], prefix: str, group: str, total: str) -> PeopleTable:
    keys = tuple((code_key(prefix, c),) for c in rows)
    return PeopleTable(group, tuple(rows), ("participants",), keys, (total,))


def _housing_table() -> PeopleTable:
    rows = people.HOUSING_GROUPS
    keys = tuple((housing_key("at_enrolment", g), housing_key("now", g)) for g in rows)
    return PeopleTable(WORDING, rows, ("at_enrolment", "now"), keys, ("counted", "counted"))


def _activities(
    rows: dict[str, people.ActivityType], disclosure: Disclosure
) -> tuple[ActivityRow, ...]:
    out = []
    for code, row in rows.items():
        if not row.ever:
            continue
        # An average over fewer than five people would describe someone's own hours.
        shown = disclosure.shown(code_key("activity_now", code))
        hours = (
            sum(row.hours_now) / len(row.hours_now)
            if shown is not None and len(row.hours_now) >= THRESHOLD
            else None
        )
        out.append(ActivityRow(code, hours))
    return tuple(out)


def build_council_report(
    session: Session,
    actor: Actor,
    project_key: str,
    as_of: date,
    produced_at: datetime | None = None,
    *,
    restate: bool = True,
    previous: Mapping[str, Any] | None = None,
) -> CouncilReport:
    """The report's model. Callers check permission and write the audit entry.

    With `restate`, the project's last delivered report is made again from today's records for
    the section "changed since the last delivered report"; `previous` (the figures it printed)
    makes the changes since then part of what the disclosure layer protects."""
    project = scope.require_project(session, actor, project_key)
    facts = outcome_figures.load_facts(session, project_key)
    contract = facts.contract
    figures = compute(contract, facts.participants, as_of, facts.project_key)
    counted = people.counted(facts.participants, as_of)

    period = plan_period(project.start, contract, facts.participants)
    success = figures.success
    wanted = set(success.participants)
    weeks = success_weeks(
        contract, [p for p in counted if p.key in wanted], as_of, facts.project_key
    )
    history = success_history(
        contract,
        facts.participants,
        facts.project_key,
        period.start,
        as_of,
        success=success,
        weeks=weeks,
    )
    curve = plan_curve(history, period, success.target_count, success.baseline_count)
    cohorts = success_by_months(counted, weeks, as_of)

    supports = project_queries.supports(session, project.id, as_of)
    contact_volume = project_queries.contacts(session, project.id, as_of)
    found = data_quality.find(session, project_key, as_of, facts=facts)
    kinds = found.counts()
    exits = people.exit_reasons(counted, as_of)
    sources = project_queries.referral_sources(session, project.id, as_of)
    exit_rows = council_disclosure.exit_rows(exits, codes.EXIT_REASONS)
    source_rows = council_disclosure.exit_rows(sources, codes.REFERRAL_SOURCES)
    activities = people.activity_breakdown(counted, as_of)
    funnel = project_queries.funnel(session, project.id, as_of)
    closed = Counter({k: n for k, n in funnel.not_enrolled.items() if k != project_queries.WAITING})
    funnel_rows = [
        project_queries.WAITING,
        *council_disclosure.exit_rows(closed, codes.EXIT_REASONS),
    ]
    group = investment_group(session, actor, contract.investment_name, as_of)
    breakdowns = council_disclosure.Breakdowns(
        exit_reasons=exits,
        exit_rows=exit_rows,
        referral_sources=sources,
        source_rows=source_rows,
        housing=people.housing_breakdown(counted, as_of, contract.stable_housing),
        housing_rows=people.HOUSING_GROUPS,
        shelter_nights=people.shelter_nights(counted, as_of),
        activities={code: a for code, a in activities.items() if a.ever},
        supports={code: s for code, s in supports.items() if s.ever},
        quality=kinds,
        curve=curve,
        funnel=funnel,
        funnel_rows=funnel_rows,
        cohorts=cohorts,
        group=group,
        project_key=project.key,
        contacts=contact_volume,
    )
    register = council_disclosure.register_council(contract, figures, breakdowns)
    if previous is not None:
        guard_changes(register, previous)
    disclosure = protect(register)
    quality = tuple(
        QualityRow(
            kind,
            sum((f.amount or Decimal(0) for f in found.findings if f.kind == kind), Decimal(0))
            if kind == "unverified_earning"
            else None,
        )
        for kind in kinds
    )
    shown_successes = disclosure.shown("succeeded")
    shown_points = [
        (p.day, n)
        for p in curve
        if council_disclosure.curve_key(p.quarter) in disclosure.cells
        and (n := disclosure.shown(council_disclosure.curve_key(p.quarter))) is not None
    ]
    restatement = None
    last = delivered_reports.last_delivered(session, project.key) if restate else None
    if last is not None:
        delivered, stored = last
        old = stored["printed"]
        again = build_council_report(
            session, actor, project_key, delivered.as_of, restate=False, previous=old
        )
        changed_after = late_records(session, project.key, delivered.delivered_at)
        restatement = compare(delivered, old, again.disclosure, again.fingerprint, changed_after)
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
        forecast=forecast(
            shown_points, shown_successes, success.target_count, period.start, as_of, period.end
        ),
        investor=investor(contract, figures, period.start, as_of, shown_successes),
        curve=tuple(curve),
        exit_reasons=_one_way(exit_rows, "exit", "exit_reason", "exited"),
        referral_sources=_one_way(source_rows, "source", "referral_source", "referred"),
        not_enrolled=_one_way(funnel_rows, "not_enrolled", "exit_reason", "not_enrolled"),
        housing=_housing_table(),
        activities=_activities(breakdowns.activities, disclosure),  # type: ignore[arg-type]
        supports=tuple(breakdowns.supports),
        contacts=contact_volume,
        quality=quality,
        quality_at_stake=found.amount_at_stake(),
        fingerprint=fingerprint(
            facts.project_key,
            contract,
            facts.participants,
            as_of,
            __version__,
            report_inputs(session, project.id, as_of, contact_volume, found.findings),
        ),
        disclosure=disclosure,
        periods=council_disclosure.payment_periods(figures),
        audit_head=chain_head(session),
        cohorts=cohorts,
        investment_group=group,
        restatement=restatement,
    )
