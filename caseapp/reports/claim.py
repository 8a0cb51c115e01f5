"""The payment claim for the payer: per pseudonymised participant and metric, the weeks and
amounts claimed in one quarter, with the spells (and their evidence reference) they rest on.

Confidential and for the payer only: it holds exact figures per person, so it is never part of
the council report. Participants appear under the same stable pseudonym as in the workbook;
no name, key or CPR number. Amounts per person are before the total cap (rule 9); the claim's
total per metric is the engine's amount for the quarter, after it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseapp.domain.errors import Problem, ValidationFailed
from caseapp.outcomes import (
    ActivitySpell,
    Contract,
    ParticipantFacts,
    WeeklyActivityMetric,
    compute,
    participant_ledger,
)
from caseapp.outcomes.weeks import first_day_of_quarter, last_day_of_quarter, parse_quarter
from caseapp.services import audit, outcome_figures, pseudonyms, scope
from caseapp.services.actor import Actor, Can
from caseapp.storage.database import Database
from caseapp.storage.models import ActivitySpell as StoredActivity
from caseapp.storage.models import Enrolment, Participant

_QUARTER = re.compile(r"^(\d{4})Q([1-4])$")
# A week belongs to the quarter that holds its Thursday (rule 8).
THURSDAY = timedelta(days=3)


@dataclass(frozen=True)
class ClaimSpell:
    """A spell a claimed week or achievement rests on; `evidence` for work and education."""

    kind: str  # "activity" or "housing"
    type: str
    start: date
    end: date | None
    verified: bool | None
    evidence: str | None


@dataclass(frozen=True)
class ClaimLine:
    pseudonym: str
    metric: str
    weeks: int | None
    achieved_on: date | None
    amount: Decimal
    spells: tuple[ClaimSpell, ...]


@dataclass(frozen=True)
class MetricTotal:
    metric: str
    name: str
    kind: str
    lines: Decimal  # the sum of the lines (before the total cap)
    claimed: Decimal  # the engine's amount for the quarter (after the total cap)


@dataclass(frozen=True)
class Claim:
    project_key: str
    project_name: str
    quarter: str
    first: date
    last: date
    currency: str
    lines: tuple[ClaimLine, ...]
    totals: tuple[MetricTotal, ...]
    made_by: str
    made_at: datetime

    @property
    def total(self) -> Decimal:
        return sum((t.claimed for t in self.totals), Decimal(0))


def quarter_days(label: str) -> tuple[date, date]:
    """'2024Q2' as its first and last day; a clear error naming --quarter otherwise."""
    match = _QUARTER.match(label)
    if match is None:
        raise ValidationFailed(
            Problem("--quarter", "'{label}' is not a quarter like 2024Q2", label=label)
        )
    index = parse_quarter(label)
    return first_day_of_quarter(index), last_day_of_quarter(index)


def make_claim(
    db: Database, actor: Actor, project_key: str, quarter: str, today: date | None = None
) -> Claim:
    """The claim for a quarter that has ended; audit-logged with the project and quarter."""
    actor.require(Can.MAKE_REPORTS)
    first, last = quarter_days(quarter)
    if last >= (today or date.today()):
        raise ValidationFailed(Problem("--quarter", "{quarter} has not ended yet", quarter=quarter))
    secret = pseudonyms.secret(db)
    with db.unit_of_work() as session:
        project = scope.require_project(session, actor, project_key)
        facts = outcome_figures.load_facts(session, project_key)
        contract = facts.contract
        result = compute(contract, facts.participants, last, facts.project_key)
        ids = dict(
            session.execute(
                select(Participant.key, Participant.uuid)
                .join(Enrolment, Enrolment.participant_id == Participant.id)
                .where(Enrolment.project_id == project.id)
            ).all()
        )
        names = pseudonyms.pseudonyms(secret, ids.values())
        evidence = _evidence(session, list(ids))
        lines: list[ClaimLine] = []
        paid = {
            m.id: {r.participant for r in m.by_participant if r.amount > 0} for m in result.metrics
        }
        for p in sorted(facts.participants, key=lambda p: names[ids[p.key]]):
            for m in contract.metrics:
                if p.key not in paid[m.id]:
                    continue
                line = _line(contract, m.id, p, last, first, names[ids[p.key]], evidence)
                if line is not None:
                    lines.append(line)
        totals = tuple(
            MetricTotal(
                m.id,
                m.name,
                m.kind,
                sum((ln.amount for ln in lines if ln.metric == m.id), Decimal(0)),
                sum(
                    (q.amount for q in result.metric(m.id).by_quarter if q.quarter == quarter),
                    Decimal(0),
                ),
            )
            for m in contract.metrics
        )
        audit.record(session, actor, "made_payment_claim", detail=f"{project_key} {quarter}")
        return Claim(
            project.key,
            project.name,
            quarter,
            first,
            last,
            contract.currency,
            tuple(lines),
            totals,
            actor.name,
            datetime.now().replace(microsecond=0),
        )


def _evidence(session: Session, keys: list[str]) -> dict[tuple[str, str, date, date | None], str]:
    """(participant key, type, start, end) -> the evidence reference of the stored spell."""
    rows = session.execute(
        select(
            Participant.key,
            StoredActivity.type,
            StoredActivity.start,
            StoredActivity.end,
            StoredActivity.evidence,
        )
        .join(Participant, Participant.id == StoredActivity.participant_id)
        .where(Participant.key.in_(keys), StoredActivity.evidence.is_not(None))
    )
    return {(k, t, s, e): ev for k, t, s, e, ev in rows if ev}


def _line(
    contract: Contract,
    metric_id: str,
    p: ParticipantFacts,
    last: date,
    first: date,
    pseudonym: str,
    evidence: dict[tuple[str, str, date, date | None], str],
) -> ClaimLine | None:
    """What `p` earned for the metric in the quarter: paid weeks whose Thursday lies in it
    (rule 8), or the achievement dated in it; None when nothing."""
    ledger = participant_ledger(contract, metric_id, p, last)
    milestone = ledger.milestone
    if isinstance(contract.metric(metric_id), WeeklyActivityMetric):
        paid = [r for r in ledger.rows if r.amount > 0 and first <= r.monday + THURSDAY <= last]
        if not paid:
            return None
        weeks: int | None = len(paid)
        achieved = None
        amount = sum((r.amount for r in paid), Decimal(0))
    else:
        if milestone is None or not first <= milestone.achieved_on <= last:
            return None
        paid = [r for r in ledger.rows if r.milestone]
        weeks, achieved, amount = None, milestone.achieved_on, milestone.amount
    spells: dict[tuple[str, date], ClaimSpell] = {}
    for r in paid:
        for s in r.spells:
            if isinstance(s, ActivitySpell):
                ref = evidence.get((p.key, s.type, s.start, s.end))
                spells[(s.type, s.start)] = ClaimSpell(
                    "activity", s.type, s.start, s.end, s.verified, ref
                )
            else:
                spells[(s.type, s.start)] = ClaimSpell(
                    "housing", s.type, s.start, s.end, None, None
                )
    ordered = tuple(sorted(spells.values(), key=lambda s: (s.start, s.type)))
    return ClaimLine(pseudonym, metric_id, weeks, achieved, amount, ordered)
