"""The section "changed since the last delivered report": the figures of that report made again
from today's records, each printed figure that now reads otherwise, old and new, and how many
records about its period were entered or corrected after it was delivered.

A change of a count is itself a group of people (entered late, or corrected away); it is put to
the disclosure layer with the report made again, so a change of 1 to 4 cannot be read off.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from caseapp.reports.disclosure import COUNT, Disclosure, Register
from caseapp.services.delivered_reports import Delivered
from caseapp.storage.models import (
    ActivitySpell,
    Contact,
    Enrolment,
    HousingSpell,
    Project,
    Support,
)

Printed = int | str


@dataclass(frozen=True)
class Restated:
    key: str
    old: Printed
    new: Printed


@dataclass(frozen=True)
class Restatement:
    """Against `delivered`: the figures that changed and the records changed after delivery."""

    delivered: Delivered
    fingerprint_now: str
    changed: tuple[Restated, ...]
    late_records: int


def printed_figures(d: Disclosure) -> dict[str, Printed]:
    """What a report printed: each figure's value, or its mark."""
    out: dict[str, Printed] = {}
    for key, cell in d.cells.items():
        if cell.printed:
            shown = d.shown(key)
            out[key] = d.mark(key) if shown is None else shown
    return out


def guard_changes(r: Register, previous: Mapping[str, Any]) -> None:
    """Each count printed before and now different is a group of its own (the people added or
    taken away since), for `disclosure.protect` to keep from being worked out."""
    for key, cell in list(r.cells.items()):
        old = previous.get(key)
        if cell.kind != COUNT or not cell.printed or not isinstance(old, int):
            continue
        if cell.value > old:
            late = r.implied(f"{key}:entered_late", cell.value - old)
            r.relate({key: 1, late: -1}, old)
        elif cell.value < old:
            gone = r.implied(f"{key}:corrected_away", old - cell.value)
            r.relate({key: 1, gone: 1}, old)


def compare(
    delivered: Delivered,
    previous: Mapping[str, Any],
    now: Disclosure,
    fingerprint_now: str,
    late_records: int,
) -> Restatement:
    current = printed_figures(now)
    changed = tuple(
        Restated(key, previous[key], current[key])
        for key in current
        if key in previous and previous[key] != current[key]
    )
    return Restatement(delivered, fingerprint_now, changed, late_records)


def late_records(session: Session, project_key: str, delivered_at: datetime) -> int:
    """Records of the project's participants entered or changed after the delivery (records,
    not people: contacts, spells, supports and enrolments)."""
    enrolled = (
        select(Enrolment.participant_id)
        .join(Project, Project.id == Enrolment.project_id)
        .where(Project.key == project_key)
    )
    total = 0
    for model in (ActivitySpell, HousingSpell, Support, Contact, Enrolment):
        total += (
            session.scalar(
                select(func.count())
                .select_from(model)
                .where(model.participant_id.in_(enrolled), model.updated_at > delivered_at)
            )
            or 0
        )
    return total
