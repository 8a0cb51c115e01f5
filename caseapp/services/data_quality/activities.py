"""Activity findings: two spells of the same activity type of one person that overlap, which
would count the same weeks twice (as the spells stood on the day checked)."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseapp.services.data_quality.findings import Finding
from caseapp.services.data_quality.spans import Span, known_on, overlaps
from caseapp.storage.models import ActivitySpell


def activity_overlaps(session: Session, keys: dict[int, str], as_of: date) -> list[Finding]:
    q = select(
        ActivitySpell.participant_id,
        ActivitySpell.type,
        ActivitySpell.uuid,
        ActivitySpell.start,
        ActivitySpell.end,
    )
    spells: dict[tuple[int, str], list[Span]] = defaultdict(list)
    for pid, type_, uuid, start, end in session.execute(q):
        if pid in keys:
            spells[(pid, type_)].append(Span(uuid, start, end))
    out = []
    for (pid, type_), spans in spells.items():
        for earlier, later, days in overlaps(known_on(spans, as_of)):
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
