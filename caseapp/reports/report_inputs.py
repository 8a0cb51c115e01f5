"""The inputs of the council report's figures beyond the engine's facts, as digests for its
fingerprint: referral sources and consent, supports given, and contacts, as they stood on the
day (records begun by then; ends after it written as open, as in `fingerprint`).

Each is the SHA-256 of the rows' JSON lines in a fixed order, read in one ordered query, so a
project of 10,000 people with years of contacts stays cheap and a change of any printed figure's
input (a contact's mode, a support's hours) changes the digest.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseapp.services.data_quality.scope import in_scope
from caseapp.storage.models import Contact, Enrolment, Participant, Support


def _line(row: Any) -> bytes:
    return json.dumps(list(row), default=str, ensure_ascii=False).encode("utf-8") + b"\n"


def _digest(rows: Any, width: int = 2) -> str:
    """SHA-256 of the rows' JSON lines. The query orders rows by their first `width` columns
    (never null); rows alike in those are put in order by their text, so the digest is the same
    on every database, whatever order it gives ties or nulls."""
    h = hashlib.sha256()
    group: list[bytes] = []
    head: Any = None
    for row in rows:
        if tuple(row[:width]) != head:
            h.update(b"".join(sorted(group)))
            group, head = [], tuple(row[:width])
        group.append(_line(row))
    h.update(b"".join(sorted(group)))
    return h.hexdigest()


def _open_after(end: date | None, as_of: date) -> str | None:
    return None if end is None or end >= as_of else end.isoformat()


def report_inputs(session: Session, project_id: int, as_of: date) -> dict[str, str]:
    """Digests of the enrolments' referral and consent, the supports and the contacts."""
    until = datetime.combine(as_of, time.max)
    enrolments = session.execute(
        select(
            Participant.key,
            Enrolment.referral_source,
            Enrolment.consent_on,
            Enrolment.intake_on,
        )
        .join(Participant, Participant.id == Enrolment.participant_id)
        .where(Enrolment.project_id == project_id, Enrolment.referred_on <= as_of)
        .order_by(Participant.key)
    )
    supports = session.execute(
        in_scope(
            select(
                Participant.key,
                Support.type,
                Support.start,
                Support.end,
                Support.hours_per_week,
            )
            .join(Participant, Participant.id == Support.participant_id)
            .where(Support.start <= as_of),
            Support.participant_id,
            project_id,
        ).order_by(
            Participant.key, Support.start, Support.type, Support.end, Support.hours_per_week
        )
    )
    contacts = session.execute(
        in_scope(
            select(
                Participant.key,
                Contact.at,
                Contact.mode,
                Contact.location,
                Contact.topics,
                Contact.duration_min,
            )
            .join(Participant, Participant.id == Contact.participant_id)
            .where(Contact.at <= until),
            Contact.participant_id,
            project_id,
        ).order_by(Participant.key, Contact.at)
    )
    return {
        "enrolments": _digest(
            (
                (key, source, _day(consent, as_of), _day(intake, as_of))
                for key, source, consent, intake in enrolments
            ),
            width=1,
        ),
        "supports": _digest(
            (key, kind, start.isoformat(), _open_after(end, as_of), hours)
            for key, kind, start, end, hours in supports
        ),
        "contacts": _digest(contacts),
    }


def _day(value: date | None, as_of: date) -> str | None:
    return None if value is None or value > as_of else value.isoformat()
