"""Set-based queries for what the council report counts beyond the engine's facts: referral
sources, supports delivered and contact volume, over the participants counted in a project.

Each is one or two aggregate statements, so a project of 10,000 people with years of contacts
stays well inside the report's time budget.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from caseapp.domain import codes
from caseapp.storage.models import Contact, Enrolment, Participant, Support

RECENT_DAYS = 90


def referral_sources(session: Session, project_id: int, as_of: date) -> Counter[str | None]:
    """Referrals on or before the day, by source (None: not recorded)."""
    rows = session.execute(
        select(Enrolment.referral_source, func.count())
        .where(Enrolment.project_id == project_id, Enrolment.referred_on <= as_of)
        .group_by(Enrolment.referral_source)
    )
    return Counter({source or None: n for source, n in rows})


@dataclass(frozen=True)
class SupportType:
    ever: int
    now: int
    hours: float


def supports(session: Session, project_id: int, as_of: date) -> dict[str, SupportType]:
    """Per support type: counted participants who had it since enrolment, who have it on the
    day, and the planned hours (hours per week times the weeks it ran since enrolment)."""
    q = (
        select(
            Support.participant_id,
            Support.type,
            Support.start,
            Support.end,
            Support.hours_per_week,
            Enrolment.enrolled_on,
        )
        .join(Enrolment, Enrolment.participant_id == Support.participant_id)
        .where(
            Enrolment.project_id == project_id,
            Enrolment.enrolled_on.is_not(None),
            Enrolment.enrolled_on <= as_of,
            Support.start <= as_of,
        )
    )
    ever: dict[str, set[int]] = {}
    now: dict[str, set[int]] = {}
    hours: dict[str, float] = {}
    for pid, type_, start, end, per_week, enrolled in session.execute(q):
        assert enrolled is not None  # the query asks for enrolled participants only
        first, last = max(start, enrolled), min(end or as_of, as_of)
        if first > last:
            continue
        ever.setdefault(type_, set()).add(pid)
        if end is None or end >= as_of:
            now.setdefault(type_, set()).add(pid)
        hours[type_] = hours.get(type_, 0.0) + (per_week or 0.0) * ((last - first).days + 1) / 7
    return {
        code: SupportType(len(ever.get(code, ())), len(now.get(code, ())), hours.get(code, 0.0))
        for code in codes.SUPPORT_TYPES
    }


@dataclass(frozen=True)
class ContactVolume:
    """Contacts since enrolment and in the last 90 days up to the day; minutes where recorded."""

    total: int
    recent: int
    minutes: int
    by_mode: dict[str, tuple[int, int]]
    by_location: dict[str | None, tuple[int, int]]
    by_topic: dict[str, tuple[int, int]]


Group = tuple[str, str | None, str]  # mode, location, topics


def contacts(session: Session, project_id: int, as_of: date) -> ContactVolume:
    """Contacts by mode, location and topic set, the recent ones counted within each group;
    topic sets are few, so splitting them here is cheap."""
    until = datetime.combine(as_of, time.max)
    recent_from = datetime.combine(as_of - timedelta(days=RECENT_DAYS - 1), time.min)
    columns = (
        Contact.mode,
        Contact.location,
        Contact.topics,
        func.sum(case((Contact.at >= recent_from, 1), else_=0)),
        func.count(),
        func.coalesce(func.sum(Contact.duration_min), 0),
    )
    enrolled = (
        Enrolment.project_id == project_id,
        Enrolment.enrolled_on.is_not(None),
        Enrolment.enrolled_on <= as_of,
    )
    by_group = Contact.mode, Contact.location, Contact.topics
    groups: dict[Group, list[int]] = {}
    if _holds_most_people(session, project_id):
        # Most contacts count: every contact up to the day, grouped in the order of the index
        # that holds them so (`ix_contact_grouped`: nothing sorted), less the few that do not
        # count, those of people not enrolled in the project by then and those from before
        # someone's enrolment.
        _add(
            groups, session.execute(select(*columns).where(Contact.at <= until).group_by(*by_group))
        )
        members = select(Enrolment.participant_id).where(*enrolled)
        others = select(Participant.id).where(Participant.id.not_in(members))
        _add(
            groups,
            session.execute(
                select(*columns)
                .where(Contact.at <= until, Contact.participant_id.in_(others))
                .group_by(*by_group)
            ),
            -1,
        )
        _add(
            groups,
            session.execute(
                select(*columns)
                .join(Enrolment, Enrolment.participant_id == Contact.participant_id)
                .where(*enrolled, Contact.at < Enrolment.enrolled_on)
                .group_by(*by_group)
            ),
            -1,
        )
    else:
        # A smaller project: its own people's contacts, grouped by sorting, which costs less
        # than passing every contact of the database.
        _add(
            groups,
            session.execute(
                select(*columns)
                .join(Enrolment, Enrolment.participant_id == Contact.participant_id)
                .where(*enrolled, Contact.at >= Enrolment.enrolled_on, Contact.at <= until)
                .group_by(*by_group)
            ),
        )
    total = n_recent = minutes = 0
    by_mode: dict[str, tuple[int, int]] = {}
    by_location: dict[str | None, tuple[int, int]] = {}
    by_topic: dict[str, tuple[int, int]] = dict.fromkeys(codes.CONTACT_TOPICS, (0, 0))

    def add(table: dict[Any, tuple[int, int]], key: Any, n: int, r: int) -> None:
        all_, last = table.get(key, (0, 0))
        table[key] = (all_ + n, last + r)

    for (mode, location, topics), (r, n, mins) in groups.items():
        if not n:
            continue  # a group all of whose contacts were taken away again
        total += n
        n_recent += r
        minutes += mins
        add(by_mode, mode, n, r)
        add(by_location, location or None, n, r)
        for topic in (topics or "").split(","):
            if topic:
                add(by_topic, topic, n, r)
    return ContactVolume(total, n_recent, minutes, by_mode, by_location, by_topic)


def _add(groups: dict[Group, list[int]], rows: Any, sign: int = 1) -> None:
    for mode, location, topics, recent, n, mins in rows:
        sums = groups.setdefault((mode, location, topics), [0, 0, 0])
        sums[0] += sign * int(recent or 0)
        sums[1] += sign * n
        sums[2] += sign * int(mins or 0)


def _holds_most_people(session: Session, project_id: int) -> bool:
    enrolled = session.scalar(
        select(func.count()).select_from(Enrolment).where(Enrolment.project_id == project_id)
    )
    everyone = session.scalar(select(func.count()).select_from(Participant))
    return 2 * (enrolled or 0) > (everyone or 0)


@dataclass(frozen=True)
class Funnel:
    """Referred by the day: how many had an intake, gave consent, and why the others who were
    not enrolled are not ("waiting" while nothing closed the referral; None: not recorded)."""

    intake: int
    consented: int
    not_enrolled: Counter[str | None]


WAITING = "waiting"


def funnel(session: Session, project_id: int, as_of: date) -> Funnel:
    q = select(
        Enrolment.intake_on,
        Enrolment.consent_on,
        Enrolment.enrolled_on,
        Enrolment.exited_on,
        Enrolment.exit_reason,
    ).where(Enrolment.project_id == project_id, Enrolment.referred_on <= as_of)
    intake = consented = 0
    not_enrolled: Counter[str | None] = Counter()
    for intake_on, consent_on, enrolled_on, exited_on, reason in session.execute(q):
        intake += intake_on is not None and intake_on <= as_of
        consented += consent_on is not None and consent_on <= as_of
        if enrolled_on is None or enrolled_on > as_of:
            closed = exited_on is not None and exited_on <= as_of
            not_enrolled[(reason or None) if closed else WAITING] += 1
    return Funnel(intake, consented, not_enrolled)
