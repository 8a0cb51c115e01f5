"""The data-quality check: what in the records looks wrong and could change the figures.

Each finding names a participant by key and the record (kind and uuid) it is about, so a screen
can open it with one click; no names, CPR numbers or notes. Findings are data, not errors.
Jobs without evidence are weighed with the outcome engine itself: a spell is reported when
verifying it would earn money, with the amount at stake.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any, TypeVarTuple

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from caseapp.domain.errors import NotAllowed, NotFound, ValidationFailed
from caseapp.outcomes import (
    ActivitySustainedMetric,
    Contract,
    OutcomeResult,
    ParticipantFacts,
    WeeklyActivityMetric,
    compute,
)
from caseapp.services import audit, outcome_figures, references
from caseapp.services.actor import Actor, Can
from caseapp.storage.models import (
    ActivitySpell,
    Contact,
    Enrolment,
    HousingSpell,
    Participant,
    Project,
)

Ts = TypeVarTuple("Ts")

NOT_SEEN_DAYS = 30
# In the order a report lists them: first what changes money, then what blurs the figures.
KINDS: tuple[str, ...] = (
    "unverified_earning",
    "housing_overlap",
    "housing_gap",
    "activity_overlap",
    "no_consent",
    "exit_no_reason",
    "future_contact",
    "not_seen",
)


@dataclass(frozen=True)
class Finding:
    """One thing to look at. `record_kind` is a case-record kind or "participant".

    `start`/`end`: the period concerned (an overlap, a gap, a spell); `days` its length;
    `other_uuid` the other spell of an overlap; `code` the spell type or contact mode;
    `amount` the money verifying the spell would earn; `last_seen` the last contact's day.
    """

    kind: str
    participant: str
    record_kind: str
    record_uuid: str
    project: str | None = None
    start: date | None = None
    end: date | None = None
    days: int | None = None
    other_uuid: str | None = None
    code: str | None = None
    amount: Decimal | None = None
    last_seen: date | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            if isinstance(value, date):
                value = value.isoformat()
            elif isinstance(value, Decimal):
                value = float(value.quantize(Decimal("0.01")))
            out[f.name] = value
        return out


@dataclass(frozen=True)
class CheckResult:
    as_of: date
    project: str | None
    findings: tuple[Finding, ...]

    def counts(self) -> dict[str, int]:
        """Findings per kind, every kind listed (0 when none)."""
        out = dict.fromkeys(KINDS, 0)
        for f in self.findings:
            out[f.kind] += 1
        return out

    def participants(self, kind: str) -> int:
        """How many different participants have a finding of this kind."""
        return len({f.participant for f in self.findings if f.kind == kind})

    def amount_at_stake(self) -> Decimal:
        return sum((f.amount or Decimal(0) for f in self.findings), Decimal(0))

    def to_json(self) -> dict[str, Any]:
        return {
            "as_of": self.as_of.isoformat(),
            "project": self.project,
            "counts": self.counts(),
            "amount_at_stake": float(self.amount_at_stake().quantize(Decimal("0.01"))),
            "findings": [f.to_json() for f in self.findings],
        }


def check(
    session: Session,
    actor: Actor,
    project_key: str | None,
    as_of: date,
    now: datetime | None = None,
) -> CheckResult:
    """Every finding for one project (or all), as of a day; the run is audit-logged."""
    if not (actor.can(Can.VIEW_FIGURES) or actor.can(Can.READ_CASE)):
        raise NotAllowed(f"{actor.key} ({actor.role}) may not view figures or read cases")
    result = find(session, project_key, as_of, now)
    audit.record(session, actor, "ran_data_check", detail=f"{project_key or '*'} {as_of}")
    return result


def find(
    session: Session, project_key: str | None, as_of: date, now: datetime | None = None
) -> CheckResult:
    """The findings, without permission check or audit (callers do both)."""
    now = now or datetime.now()
    project_id = references.project(session, project_key).id if project_key else None
    keys = _scope(session, project_id)
    findings: list[Finding] = []
    findings += _unverified_earning(session, project_key, keys, as_of)
    findings += _housing(session, keys, project_id, as_of)
    findings += _activity_overlaps(session, keys)
    findings += _enrolments(session, keys, project_id)
    findings += _future_contacts(session, keys, now)
    findings += _not_seen(session, keys, project_id, as_of)
    order = {k: i for i, k in enumerate(KINDS)}
    findings.sort(key=lambda f: (order[f.kind], f.participant, f.start or date.min, f.record_uuid))
    return CheckResult(as_of, project_key, tuple(findings))


def _scope(session: Session, project_id: int | None) -> dict[int, str]:
    """participant id -> key of everyone the check looks at."""
    q = _in_scope(select(Participant.id, Participant.key), Participant.id, project_id)
    return {pid: key for pid, key in session.execute(q)}


def _in_scope(q: Select[*Ts], column: Any, project_id: int | None) -> Select[*Ts]:
    if project_id is None:
        return q
    return q.where(
        column.in_(select(Enrolment.participant_id).where(Enrolment.project_id == project_id))
    )


@dataclass(frozen=True)
class _Span:
    uuid: str
    start: date
    end: date | None


def overlaps(spans: Sequence[_Span]) -> list[tuple[_Span, _Span, int | None]]:
    """(earlier, later, days) for each spell that starts inside one before it; days None when
    both are open. Days count inclusively: ending on the 4th and starting on the 4th overlap."""
    out = []
    reach: _Span | None = None  # the spell seen so far that reaches furthest
    for spell in sorted(spans, key=lambda s: (s.start, s.end or date.max, s.uuid)):
        if reach is not None and (reach.end is None or spell.start <= reach.end):
            last = min(reach.end or date.max, spell.end or date.max)
            days = None if last == date.max else (last - spell.start).days + 1
            out.append((reach, spell, days))
        if reach is None or (
            reach.end is not None and (spell.end is None or spell.end > reach.end)
        ):
            reach = spell
    return out


def gaps(spans: Sequence[_Span]) -> list[tuple[_Span, date, date]]:
    """(spell after the gap, first missing day, last missing day) between spells."""
    out: list[tuple[_Span, date, date]] = []
    ordered = sorted(spans, key=lambda s: (s.start, s.end or date.max, s.uuid))
    if not ordered:
        return out
    reach = ordered[0].end  # the furthest end so far; None once an open spell has begun
    for spell in ordered[1:]:
        if reach is None:
            break
        if spell.start > reach + timedelta(days=1):
            out.append((spell, reach + timedelta(days=1), spell.start - timedelta(days=1)))
        reach = None if spell.end is None else max(reach, spell.end)
    return out


def _housing(
    session: Session, keys: dict[int, str], project_id: int | None, as_of: date
) -> list[Finding]:
    q = select(
        HousingSpell.participant_id,
        HousingSpell.uuid,
        HousingSpell.start,
        HousingSpell.end,
    )
    spells: dict[int, list[_Span]] = defaultdict(list)
    for pid, uuid, start, end in session.execute(
        _in_scope(q, HousingSpell.participant_id, project_id)
    ):
        if pid in keys:
            spells[pid].append(_Span(uuid, start, end))
    out: list[Finding] = []
    for pid, spans in spells.items():
        key = keys[pid]
        for earlier, later, days in overlaps(spans):
            end = None if days is None else later.start + timedelta(days=days - 1)
            out.append(
                Finding(
                    "housing_overlap",
                    key,
                    "housing",
                    later.uuid,
                    start=later.start,
                    end=end,
                    days=days,
                    other_uuid=earlier.uuid,
                )
            )
        for after, first, last in gaps(spans):
            days = (last - first).days + 1
            out.append(Finding("housing_gap", key, "housing", after.uuid, None, first, last, days))
    # Active participants whose last recorded housing ended before the day: where they live
    # now is unknown, which the housing figures cannot see.
    for pid, enrolment_uuid in _active(session, project_id, as_of):
        if pid not in keys:
            continue
        spans = spells.get(pid, [])
        if any(s.start <= as_of and (s.end is None or s.end >= as_of) for s in spans):
            continue
        ended = [s for s in spans if s.end is not None and s.end < as_of]
        latest = max(ended, key=lambda s: s.end or date.min) if ended else None
        since = latest.end + timedelta(days=1) if latest and latest.end else None
        out.append(
            Finding(
                "housing_gap",
                keys[pid],
                "housing" if latest else "enrolment",
                latest.uuid if latest else enrolment_uuid,
                start=since,
                end=None,
                days=None if since is None else (as_of - since).days + 1,
            )
        )
    return out


def _active(session: Session, project_id: int | None, as_of: date) -> list[tuple[int, str]]:
    """(participant id, enrolment uuid) of enrolments counted and not exited on the day."""
    q = select(Enrolment.participant_id, Enrolment.uuid).where(
        Enrolment.enrolled_on.is_not(None),
        Enrolment.enrolled_on <= as_of,
        (Enrolment.exited_on.is_(None)) | (Enrolment.exited_on > as_of),
    )
    if project_id is not None:
        q = q.where(Enrolment.project_id == project_id)
    seen: dict[int, str] = {}
    for pid, uuid in session.execute(q):
        seen.setdefault(pid, uuid)
    return list(seen.items())


def _activity_overlaps(session: Session, keys: dict[int, str]) -> list[Finding]:
    q = select(
        ActivitySpell.participant_id,
        ActivitySpell.type,
        ActivitySpell.uuid,
        ActivitySpell.start,
        ActivitySpell.end,
    )
    spells: dict[tuple[int, str], list[_Span]] = defaultdict(list)
    for pid, type_, uuid, start, end in session.execute(q):
        if pid in keys:
            spells[(pid, type_)].append(_Span(uuid, start, end))
    out = []
    for (pid, type_), spans in spells.items():
        for earlier, later, days in overlaps(spans):
            end = None if days is None else later.start + timedelta(days=days - 1)
            out.append(
                Finding(
                    "activity_overlap",
                    keys[pid],
                    "activity",
                    later.uuid,
                    start=later.start,
                    end=end,
                    days=days,
                    other_uuid=earlier.uuid,
                    code=type_,
                )
            )
    return out


def _enrolments(session: Session, keys: dict[int, str], project_id: int | None) -> list[Finding]:
    q = select(
        Enrolment.participant_id,
        Enrolment.uuid,
        Project.key,
        Enrolment.enrolled_on,
        Enrolment.consent_on,
        Enrolment.exited_on,
        Enrolment.exit_reason,
    ).join(Project, Project.id == Enrolment.project_id)
    if project_id is not None:
        q = q.where(Enrolment.project_id == project_id)
    out = []
    for pid, uuid, project, enrolled, consent, exited, reason in session.execute(q):
        if pid not in keys:
            continue
        if enrolled is not None and consent is None:
            out.append(Finding("no_consent", keys[pid], "enrolment", uuid, project, enrolled))
        if exited is not None and not reason:
            out.append(Finding("exit_no_reason", keys[pid], "enrolment", uuid, project, exited))
    return out


def _future_contacts(session: Session, keys: dict[int, str], now: datetime) -> list[Finding]:
    q = select(Contact.participant_id, Contact.uuid, Contact.at, Contact.mode).where(
        Contact.at > now
    )
    return [
        Finding("future_contact", keys[pid], "contact", uuid, start=at.date(), code=mode)
        for pid, uuid, at, mode in session.execute(q)
        if pid in keys
    ]


def _not_seen(
    session: Session, keys: dict[int, str], project_id: int | None, as_of: date
) -> list[Finding]:
    """Active participants without a contact (an attempt does not count) for 30 days."""
    active = _active(session, project_id, as_of)
    if not active:
        return []
    until = datetime.combine(as_of, time.max)
    limit = as_of - timedelta(days=NOT_SEEN_DAYS)
    real = (Contact.mode != "attempted", Contact.at <= until)
    # Who was seen lately is a filter, not a grouping; only the rest need their last contact.
    lately = set(
        session.scalars(
            _in_scope(
                select(Contact.participant_id)
                .where(*real, Contact.at >= datetime.combine(limit, time.min))
                .distinct(),
                Contact.participant_id,
                project_id,
            )
        )
    )
    candidates = [pid for pid, _ in active if pid in keys and pid not in lately]
    last_seen: dict[int, datetime] = {}
    for chunk in range(0, len(candidates), 500):
        ids = candidates[chunk : chunk + 500]
        for pid, at in session.execute(
            select(Contact.participant_id, func.max(Contact.at))
            .where(*real, Contact.participant_id.in_(ids))
            .group_by(Contact.participant_id)
        ):
            last_seen[pid] = at
    enrolled = _enrolled_on(session, project_id, as_of)
    uuids: dict[int, str] = {
        pid: uuid
        for pid, uuid in session.execute(
            _in_scope(select(Participant.id, Participant.uuid), Participant.id, project_id)
        )
    }
    out = []
    for pid in candidates:
        last = last_seen.get(pid)
        since = last.date() if last is not None else enrolled.get(pid, as_of)
        if since < limit:
            out.append(
                Finding(
                    "not_seen",
                    keys[pid],
                    "participant",
                    uuids[pid],
                    start=since,
                    days=(as_of - since).days,
                    last_seen=None if last is None else last.date(),
                )
            )
    return out


def _enrolled_on(session: Session, project_id: int | None, as_of: date) -> dict[int, date]:
    """The earliest enrolment day of each participant (in the project, when one is given)."""
    q = select(Enrolment.participant_id, func.min(Enrolment.enrolled_on)).where(
        Enrolment.enrolled_on.is_not(None), Enrolment.enrolled_on <= as_of
    )
    if project_id is not None:
        q = q.where(Enrolment.project_id == project_id)
    return {pid: day for pid, day in session.execute(q.group_by(Enrolment.participant_id)) if day}


def _unverified_earning(
    session: Session, project_key: str | None, keys: dict[int, str], as_of: date
) -> list[Finding]:
    """Unverified spells that would earn money once verified, per project with a contract."""
    projects = (
        [project_key]
        if project_key
        else list(session.scalars(select(Project.key).where(Project.contract.is_not(None))))
    )
    uuids = _unverified_uuids(session, keys)
    out: list[Finding] = []
    for key in projects:
        try:
            facts = outcome_figures.load_facts(session, key)
        except (NotFound, ValidationFailed):  # no usable contract: nothing earns, nothing to weigh
            if project_key:
                raise
            continue
        out += unverified_at_stake(facts.contract, facts.participants, as_of, key, uuids)
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
