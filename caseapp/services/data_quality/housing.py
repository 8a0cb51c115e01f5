"""Housing findings: spells of one person that overlap, days between spells where nobody knows
where the person lived, and active participants whose housing today is not recorded."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseapp.services.data_quality.findings import Finding
from caseapp.services.data_quality.scope import active_enrolments, in_scope
from caseapp.services.data_quality.spans import Span, gaps, known_on, overlaps
from caseapp.storage.models import HousingSpell


def housing_findings(
    session: Session, keys: dict[int, str], project_id: int | None, as_of: date
) -> list[Finding]:
    q = select(
        HousingSpell.participant_id,
        HousingSpell.uuid,
        HousingSpell.start,
        HousingSpell.end,
    )
    spells: dict[int, list[Span]] = defaultdict(list)
    for pid, uuid, start, end in session.execute(
        in_scope(q, HousingSpell.participant_id, project_id)
    ):
        if pid in keys:
            spells[pid].append(Span(uuid, start, end))
    out: list[Finding] = []
    for pid, recorded in spells.items():
        if len(recorded) < 2:  # one spell neither overlaps nor leaves a gap between spells
            continue
        key = keys[pid]
        spans = known_on(recorded, as_of)
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
    for pid, enrolment_uuid in active_enrolments(session, project_id, as_of):
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
