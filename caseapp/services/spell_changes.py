"""Moving a participant on: ending the spell they are in and starting the next, as one change.

"From couch surfing into an own flat" is one event to the case worker; recording it as one unit
of work means the housing history never shows the old spell open beside the new one.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta
from typing import Any

from sqlalchemy.orm import Session

from caseapp.domain.errors import Problem, ValidationFailed
from caseapp.domain.fields import RECORDS, parse_value
from caseapp.services import case_records
from caseapp.services.actor import Actor
from caseapp.storage.models import Record


def move_on(
    session: Session,
    actor: Actor,
    participant_key: str,
    kind: str,
    raw_new: Mapping[str, Any],
    ending_uuid: str,
    ending_version: int,
) -> Record:
    """Add the new spell and end the open one the day before it starts."""
    start_field = next(f for f in RECORDS[kind] if f.name == "start")
    start, problem = parse_value(start_field, raw_new.get("start"), "")
    if problem is not None or start is None:
        raise ValidationFailed(problem or Problem("start", "is required"))
    ending = case_records.get(session, actor, kind, ending_uuid)
    if start <= ending.start:  # type: ignore[attr-defined]
        # Said of the new start, the field the user typed: ending the open spell the day before
        # would put its end before its own start.
        raise ValidationFailed(
            Problem("start", "must be after the start of the open one it would end")
        )
    new = case_records.add(session, actor, participant_key, kind, raw_new)
    case_records.update(
        session, actor, kind, ending_uuid, ending_version, {"end": start - timedelta(days=1)}
    )
    return new
