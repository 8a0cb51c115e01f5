"""A participant's file as its screen shows it: who they are, where they stand, and every record.

Opening a file is audit-logged (through `participants.open_file`). Records come back as plain
values with the version each edit must name, so a screen never holds a live database object.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseapp.domain import cpr
from caseapp.domain.fields import RECORDS
from caseapp.services import participants, scope
from caseapp.services.actor import Actor
from caseapp.services.caseload import age_on
from caseapp.services.spell_checks import Span, SpellFlag, activity_flags, housing_flags
from caseapp.storage.models import Contact, Enrolment, Participant, Staff

_STAFF_COLUMNS = {
    "staff": "staff_id",
    "key_worker": "key_worker_id",
    "assigned_to": "assigned_to_id",
}

# The file's record kinds, in the order its pages show them.
FILE_KINDS: tuple[str, ...] = (
    "contact",
    "housing",
    "activity",
    "support",
    "goal",
    "task",
    "enrolment",
)


@dataclass(frozen=True)
class RecordRow:
    kind: str
    uuid: str
    version: int
    values: dict[str, Any]
    flags: tuple[SpellFlag, ...] = ()


@dataclass(frozen=True)
class Header:
    key: str
    name: str
    first_name: str | None
    last_name: str | None
    age: int | None
    birth_date: date | None
    cpr_masked: str
    has_cpr: bool
    phone: str | None
    email: str | None
    address: str | None
    erased: bool
    version: int
    project: str | None = None
    project_name: str | None = None
    status: str | None = None
    key_worker: str | None = None
    key_worker_name: str | None = None
    consent_on: date | None = None
    enrolled_on: date | None = None
    housing: str | None = None
    housing_since: date | None = None
    activity: str | None = None
    activity_since: date | None = None
    activity_verified: bool = True
    last_contact: datetime | None = None
    open_tasks: int = 0


@dataclass(frozen=True)
class TimelineEntry:
    """One dated event. `event` says what happened (e.g. "started"), `code` to what."""

    at: datetime
    kind: str
    uuid: str
    event: str
    code: str | None
    text: str


@dataclass(frozen=True)
class ParticipantFile:
    header: Header
    records: dict[str, list[RecordRow]] = field(default_factory=dict)
    timeline: list[TimelineEntry] = field(default_factory=list)


def load(
    session: Session, actor: Actor, key: str, today: date, *, log_view: bool = True
) -> ParticipantFile:
    """Everything the file shows; opening it is audit-logged as a view of the person's data.

    `log_view=False` refreshes a file the user already has open (after someone's edit); it
    needs no write and adds no second entry for the same look.
    """
    if log_view:
        person = participants.open_file(session, actor, key)
    else:
        person = scope.require_participant(session, actor, key)
    contacts = list(
        session.scalars(
            select(Contact).where(Contact.participant_id == person.id).order_by(Contact.at.desc())
        )
    )
    by_kind: dict[str, list[Any]] = {
        "contact": list(contacts),
        "housing": sorted(person.housing, key=lambda s: s.start, reverse=True),
        "activity": sorted(person.activities, key=lambda s: s.start, reverse=True),
        "support": sorted(person.supports, key=lambda s: s.start, reverse=True),
        "goal": sorted(person.goals, key=lambda g: (g.status != "open", g.created_on)),
        "task": sorted(
            person.tasks,
            key=lambda t: (t.done_on is not None, t.due_on or date.max, t.title),
        ),
        "enrolment": sorted(person.enrolments, key=lambda e: e.referred_on, reverse=True),
    }
    housing = housing_flags([Span(s.uuid, s.start, s.end) for s in person.housing])
    staff_keys: dict[int, str] = {i: k for i, k in session.execute(select(Staff.id, Staff.key))}
    records: dict[str, list[RecordRow]] = {}
    for kind, objs in by_kind.items():
        rows = []
        for obj in objs:
            values = form_values(kind, obj, staff_keys)
            flags: list[SpellFlag] = []
            if kind == "housing":
                flags = housing.get(obj.uuid, [])
            elif kind == "activity":
                flags = activity_flags(values["type"], bool(values["verified"]))
            rows.append(RecordRow(kind, obj.uuid, obj.version, values, tuple(flags)))
        records[kind] = rows
    return ParticipantFile(_header(person, records, today), records, timeline(records))


def form_values(kind: str, obj: Any, staff_keys: dict[int, str]) -> dict[str, Any]:
    """What `case_records.to_fields` gives, with staff keys from a map made once per file
    (a file may hold hundreds of contacts; one query each would be slow)."""
    out: dict[str, Any] = {}
    for f in RECORDS[kind]:
        if f.name in _STAFF_COLUMNS:
            staff_id = getattr(obj, _STAFF_COLUMNS[f.name])
            out[f.name] = None if staff_id is None else staff_keys.get(staff_id)
        elif f.name == "topics":
            out["topics"] = [t for t in obj.topics.split(",") if t]
        elif f.name == "project":
            out["project"] = obj.project.key
        else:
            out[f.name] = getattr(obj, f.name)
    return out


def _current(rows: list[RecordRow], today: date) -> RecordRow | None:
    active = [
        r
        for r in rows
        if r.values["start"] <= today and (r.values["end"] is None or r.values["end"] >= today)
    ]
    return max(active, key=lambda r: r.values["start"], default=None)


def _header(person: Participant, records: dict[str, list[RecordRow]], today: date) -> Header:
    erased = person.erased_at is not None
    enrolment = _main_enrolment(person.enrolments)
    housing = _current(records["housing"], today)
    activity = _current(records["activity"], today)
    contacts = records["contact"]
    return Header(
        key=person.key,
        name="" if erased else person.display_name,
        first_name=person.first_name,
        last_name=person.last_name,
        age=age_on(person.birth_date, person.birth_year, today),
        birth_date=person.birth_date,
        cpr_masked=cpr.mask(person.cpr),
        has_cpr=bool(person.cpr),
        phone=person.phone,
        email=person.email,
        address=person.address,
        erased=erased,
        version=person.version,
        project=enrolment.project.key if enrolment else None,
        project_name=enrolment.project.name if enrolment else None,
        status=enrolment.status if enrolment else None,
        key_worker=enrolment.key_worker.key if enrolment and enrolment.key_worker else None,
        key_worker_name=enrolment.key_worker.name if enrolment and enrolment.key_worker else None,
        consent_on=enrolment.consent_on if enrolment else None,
        enrolled_on=enrolment.enrolled_on if enrolment else None,
        housing=housing.values["type"] if housing else None,
        housing_since=housing.values["start"] if housing else None,
        activity=activity.values["type"] if activity else None,
        activity_since=activity.values["start"] if activity else None,
        activity_verified=bool(activity.values["verified"]) if activity else True,
        last_contact=contacts[0].values["at"] if contacts else None,
        open_tasks=sum(1 for t in records["task"] if t.values["done_on"] is None),
    )


def _main_enrolment(enrolments: list[Enrolment]) -> Enrolment | None:
    """The enrolment the person is still in, else the latest; as in the participant list."""
    return max(enrolments, key=lambda e: (e.exited_on is None, e.referred_on), default=None)


def _first_line(text: str | None, limit: int = 140) -> str:
    line = (text or "").strip().splitlines()[0] if (text or "").strip() else ""
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _at(day: date) -> datetime:
    return datetime.combine(day, time.min)


def timeline(records: dict[str, list[RecordRow]]) -> list[TimelineEntry]:
    """Every dated event of the file, newest first."""
    out: list[TimelineEntry] = []

    def add(on: date | datetime | None, row: RecordRow, event: str, code: Any, text: str) -> None:
        if on is None:
            return
        at = on if isinstance(on, datetime) else _at(on)
        out.append(TimelineEntry(at, row.kind, row.uuid, event, code, text))

    for row in records.get("contact", []):
        v = row.values
        add(v["at"], row, "contact", v["mode"], _first_line(v["note"]))
    for kind in ("housing", "activity", "support"):
        for row in records.get(kind, []):
            v = row.values
            detail = v.get("employer") or v.get("provider") or v.get("address") or ""
            add(v["start"], row, "started", v["type"], detail)
            add(v["end"], row, "ended", v["type"], detail)
    for row in records.get("goal", []):
        v = row.values
        add(v["created_on"], row, "goal_set", v["area"], v["title"])
        add(v["achieved_on"], row, "goal_achieved", v["area"], v["title"])
    for row in records.get("task", []):
        v = row.values
        add(
            v["done_on"] or v["due_on"],
            row,
            "task_done" if v["done_on"] else "task_due",
            None,
            v["title"],
        )
    for row in records.get("enrolment", []):
        v = row.values
        for name, event in (
            ("referred_on", "referred"),
            ("intake_on", "intake"),
            ("consent_on", "consent"),
            ("enrolled_on", "enrolled"),
            ("exited_on", "exited"),
        ):
            code = v["exit_reason"] if event == "exited" else v["project"]
            add(v[name], row, event, code, v["project"])
    out.sort(key=lambda e: e.at, reverse=True)
    return out
