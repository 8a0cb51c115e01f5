"""The inputs of the council report's figures beyond the engine's facts, as digests for its
fingerprint: referral sources and consent, and supports given, as they stood on the day (records
begun by then; ends after it written as open, as in `fingerprint`), each the SHA-256 of the rows'
JSON lines in a fixed order; and the contact figures and data-quality findings exactly as
counted, before any is hidden. A project's years of contacts (a million rows for 10,000 people)
are read once, grouped, for the report itself: what the report prints of them depends only on
those groups (mode, place, topics, recency, minutes) and on the findings (last contact), so their
digest changes whenever a contact changes anything the report shows.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseapp.reports.project_queries import ContactVolume
from caseapp.services.data_quality import Finding
from caseapp.services.data_quality.scope import in_scope
from caseapp.storage.models import Enrolment, Participant, Support

# One encoder for every line (json.dumps with options makes a new one per call).
_ENCODER = json.JSONEncoder(default=str, ensure_ascii=False)


def _line(row: Any) -> bytes:
    return _ENCODER.encode(list(row)).encode("utf-8") + b"\n"


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


def report_inputs(
    session: Session,
    project_id: int,
    as_of: date,
    contacts: ContactVolume,
    findings: Sequence[Finding],
) -> dict[str, str]:
    """Digests of the enrolments' referral and consent, the supports, the contact figures and
    the findings."""
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
        ).order_by(Participant.key, Support.start)
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
        "contacts": _digest([[_canonical(dataclasses.asdict(contacts))]], width=0),
        "findings": _digest(
            (
                (f.kind, f.participant, f.record_uuid, f.start, f.end, f.days, f.last_seen)
                for f in findings
            ),
            width=0,
        ),
    }


def _canonical(value: Any) -> Any:
    """Mappings as sorted [key, value] pairs (a None key as "-"), so their text is fixed."""
    if isinstance(value, dict):
        return sorted([str(k) if k is not None else "-", _canonical(v)] for k, v in value.items())
    if isinstance(value, list | tuple):
        return [_canonical(v) for v in value]
    return value


def _day(value: date | None, as_of: date) -> str | None:
    return None if value is None or value > as_of else value.isoformat()
