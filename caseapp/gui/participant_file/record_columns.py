"""Which fields each record page's table shows, in order, and what a new record starts with."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

COLUMNS: dict[str, tuple[str, ...]] = {
    "contact": ("at", "mode", "location", "topics", "staff", "note"),
    "housing": ("type", "start", "end", "address", "note"),
    "activity": ("type", "start", "end", "hours_per_week", "employer", "verified", "evidence"),
    "support": ("type", "start", "end", "hours_per_week", "provider"),
    "goal": ("title", "area", "status", "created_on", "target_date", "achieved_on"),
    "task": ("title", "due_on", "assigned_to", "done_on", "note"),
    "consent": ("given_on", "covers", "expires_on", "note"),
    "enrolment": (
        "project",
        "referred_on",
        "enrolled_on",
        "consent_on",
        "key_worker",
        "exited_on",
        "exit_reason",
    ),
}


def _a_year_on(day: date) -> date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year + 1, day=28)


def new_record_defaults(kind: str, me: str, remembered: dict[str, Any]) -> dict[str, Any]:
    """A new record's starting values: today, the signed-in worker, the last mode and place."""
    today = date.today()
    if kind == "contact":
        return {
            "at": datetime.now().replace(second=0, microsecond=0),
            "staff": me,
            "mode": remembered.get("mode") or "in_person",
            "location": remembered.get("location"),
        }
    if kind in ("housing", "activity", "support"):
        return {"start": today}
    if kind == "goal":
        return {"created_on": today, "status": "open"}
    if kind == "task":
        return {"assigned_to": me}
    if kind == "enrolment":
        return {"referred_on": today, "key_worker": me}
    if kind == "consent":
        # Consent is commonly given for a year; the renewal task follows the expiry date.
        return {"given_on": today, "covers": ["case_work"], "expires_on": _a_year_on(today)}
    return {}
