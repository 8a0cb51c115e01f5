"""A story's records as table rows: column values, ids of what they refer to, and stamps.

Each record is stamped as written when it happened (a spell when it started, or at intake for
what came before), never later than the demo's day, so recent changes look like a working team's.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from random import Random
from typing import Any

from caseapp.demo.stamps import at_office, stamped
from caseapp.demo.story import Story

Row = dict[str, Any]
_AHEAD = timedelta(days=14)


class Stamper:
    """Stamps rows with a uuid and the time they were written, no later than `now`."""

    def __init__(self, rng: Random, now: datetime) -> None:
        self.rng, self.now = rng, now

    def __call__(self, row: Row, written: date, changed: date | None = None) -> Row:
        first = min(at_office(written, 9 + int(self.rng.random() * 7)), self.now)
        stamped(row, self.rng, first)
        if changed is not None and changed > written:
            row["updated_at"] = min(at_office(changed, 14), self.now)
        return row


def participant_row(story: Story, stamp: Stamper) -> Row:
    return stamp({"key": story.key, "erased_at": None, **story.person}, story.course.referred_on)


def enrolment_row(
    story: Story, participant_id: int, project_id: int, staff: dict[str, int], stamp: Stamper
) -> Row:
    c = story.course
    latest = max(d for d in (c.referred_on, c.intake_on, c.enrolled_on, c.exited_on) if d)
    row = {
        "participant_id": participant_id,
        "project_id": project_id,
        "referred_on": c.referred_on,
        "referral_source": c.referral_source,
        "intake_on": c.intake_on,
        "consent_on": c.consent_on,
        "enrolled_on": c.enrolled_on,
        "exited_on": c.exited_on,
        "exit_reason": c.exit_reason,
        "key_worker_id": staff[story.key_worker],
    }
    return stamp(row, c.referred_on, latest)


def spell_rows(story: Story, spells: list[Row], participant_id: int, stamp: Stamper) -> list[Row]:
    """Spells before the intake were recorded at the intake; an end when it came."""
    known = story.course.intake_on or story.course.referred_on
    return [
        stamp({**s, "participant_id": participant_id}, max(s["start"], known), s["end"])
        for s in spells
    ]


def goal_rows(story: Story, participant_id: int, stamp: Stamper) -> list[Row]:
    return [
        stamp({**g, "participant_id": participant_id}, g["created_on"], g["achieved_on"])
        for g in story.goals
    ]


def task_rows(
    story: Story, participant_id: int, staff: dict[str, int], stamp: Stamper
) -> list[Row]:
    rows = []
    for t in story.tasks:
        row = {
            "participant_id": participant_id,
            "title": t["title"],
            "due_on": t["due_on"],
            "assigned_to_id": staff[t["assigned_to"]],
            "done_on": t["done_on"],
            "note": t["note"],
        }
        # Written about two weeks ahead of its due date, once the person was known.
        written = min(t["due_on"], max(story.course.referred_on, t["due_on"] - _AHEAD))
        rows.append(stamp(row, written, t["done_on"]))
    return rows
