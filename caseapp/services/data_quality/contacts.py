"""Contact findings: contacts recorded in the future, and active participants nobody has seen
for a month."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from caseapp.services.data_quality.findings import Finding
from caseapp.services.data_quality.scope import active_enrolments, in_scope
from caseapp.storage.models import Contact, Enrolment, Participant

NOT_SEEN_DAYS = 30


def future_contacts(session: Session, keys: dict[int, str], now: datetime) -> list[Finding]:
    q = select(Contact.participant_id, Contact.uuid, Contact.at, Contact.mode).where(
        Contact.at > now
    )
    return [
        Finding("future_contact", keys[pid], "contact", uuid, start=at.date(), code=mode)
        for pid, uuid, at, mode in session.execute(q)
        if pid in keys
    ]


def not_seen(
    session: Session, keys: dict[int, str], project_id: int | None, as_of: date
) -> list[Finding]:
    """Active participants without a contact (an attempt does not count) for 30 days."""
    active = active_enrolments(session, project_id, as_of)
    if not active:
        return []
    until = datetime.combine(as_of, time.max)
    limit = as_of - timedelta(days=NOT_SEEN_DAYS)
    real = (Contact.mode != "attempted", Contact.at <= until)
    # Who was seen lately is a filter, not a grouping; only the rest need their last contact.
    lately = set(
        session.scalars(
            in_scope(
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
            in_scope(select(Participant.id, Participant.uuid), Participant.id, project_id)
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
