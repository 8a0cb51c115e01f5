"""Tidying a file when a participant exits: closing their open tasks and ending open spells.

Offered, never done unasked: housing and work often go on after the project (and count towards
outcomes measured later), so the case worker chooses what ends. Runs in the same unit of work as
the exit itself, through `case_records.update`, so each change is checked and audit-logged alike.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseapp.services import case_records, scope
from caseapp.services.actor import Actor, Can
from caseapp.storage.models import Record, Task

# What an exit may close, and the field that closes it.
CLOSABLE: dict[str, str] = {
    "task": "done_on",
    "support": "end",
    "activity": "end",
    "housing": "end",
}


def open_records(records: dict[str, list[dict[str, object]]], on: date) -> dict[str, int]:
    """How many records of each closable kind are open and could be closed on `on`.

    `records` are a file's rows as field values by kind (what the file already shows), so
    counting needs no second look at the person's data.
    """
    counts: dict[str, int] = {}
    for kind, field in CLOSABLE.items():
        rows = records.get(kind, [])
        n = sum(1 for values in rows if values.get(field) is None and _may_close(kind, values, on))
        if n:
            counts[kind] = n
    return counts


def _may_close(kind: str, values: dict[str, object], on: date) -> bool:
    # A spell that starts after the exit date cannot end on it; it is left as it is.
    start = values.get("start")
    return kind == "task" or not isinstance(start, date) or start <= on


def close_open(
    session: Session, actor: Actor, participant_key: str, on: date, kinds: Iterable[str]
) -> int:
    """Close the person's open records of `kinds` on `on`; returns how many were closed."""
    actor.require(Can.EDIT_CASE)
    person = scope.require_participant(session, actor, participant_key)
    closed = 0
    for kind in kinds:
        field = CLOSABLE[kind]
        model = case_records.MODELS[kind]
        column = getattr(model, field)
        rows: list[Record] = list(
            session.scalars(
                select(model).where(
                    model.participant_id == person.id,  # type: ignore[attr-defined]
                    column.is_(None),
                )
            )
        )
        for obj in rows:
            start = None if isinstance(obj, Task) else obj.start  # type: ignore[attr-defined]
            if start is not None and start > on:
                continue
            case_records.update(session, actor, kind, obj.uuid, obj.version, {field: on})
            closed += 1
    return closed
