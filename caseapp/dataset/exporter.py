"""Writing a database (or one project of it) as a dataset document, in full or pseudonymised.

Lists are ordered by key, date or time; optional values that are empty are left out. A
pseudonymised document is for evaluators: it holds the facts outcome figures rest on and nothing
that names or describes a person (see `PSEUDONYMISED_OUT`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Row, Table, func, select
from sqlalchemy.orm import Session

from caseapp.dataset import coarsening
from caseapp.dataset.checks import FORMAT, VERSION
from caseapp.dataset.files import load_document, write_document
from caseapp.dataset.importer import LIST_MODELS
from caseapp.domain.errors import NotAllowed, Problem, ValidationFailed
from caseapp.domain.fields import PARTICIPANT_LISTS, PERSON_FIELDS, RECORDS, to_text
from caseapp.services import audit, pseudonyms, references, scope
from caseapp.services.actor import SYSTEM, Actor, Can
from caseapp.services.references import STAFF_COLUMNS
from caseapp.storage.database import Database
from caseapp.storage.models import Enrolment, Participant, Project, Record, Staff

__all__ = [
    "PSEUDONYMISED_OUT",
    "export_document",
    "load_document",
    "person_document",
    "write_document",
]

# What a pseudonymised export leaves out, per record kind: everything that names a person or is
# free text someone wrote about them (an employer or an address can identify as well as a name).
PSEUDONYMISED_OUT: dict[str, frozenset[str]] = {
    "participant": frozenset(PERSON_FIELDS) - {"key"},
    "contact": frozenset({"note"}),
    "housing": frozenset({"note", "address"}),
    "activity": frozenset({"note", "employer", "evidence"}),
    "support": frozenset({"note", "provider"}),
    "goal": frozenset({"note"}),
    "task": frozenset({"note"}),
    # Close to the referral date, so they would undo its coarsening (`coarsening`).
    "enrolment": frozenset({"intake_on", "consent_on"}),
    "staff": frozenset({"email"}),
    "project": frozenset(),
}
# Goal and task titles are required by the format but are free text that may name people.
PSEUDONYMISED_TITLE = "[pseudonymised]"


Convert = Callable[[Any], Any]


def _last(value: str | None) -> tuple[bool, str]:
    return (value is None, value or "")


# How each list is ordered within a participant, on the written values (ISO dates and times
# sort as text); ties keep the order they were recorded in.
_ORDER: dict[str, Callable[[dict[str, Any]], Any]] = {
    "enrolments": lambda r: (r["referred_on"], r["project"]),
    "contacts": lambda r: r["at"],
    "housing": lambda r: (r["start"], _last(r.get("end"))),
    "activities": lambda r: (r["start"], _last(r.get("end"))),
    "supports": lambda r: (r["start"], _last(r.get("end"))),
    "goals": lambda r: r["created_on"],
    "tasks": lambda r: _last(r.get("due_on")),
}


def export_document(
    db: Database,
    actor: Actor,
    *,
    project: str | None = None,
    pseudonymise: bool = False,
    reason: str | None = None,
) -> dict[str, Any]:
    """The database (or `project`: it, its participants and the staff they name) as a document.

    Every participant exported gets an audit entry, as does the export itself. An
    administrator, who never reads case files, must give a `reason` for a full export; it is
    logged as `admin_full_export`, which team leads see in the audit log.
    """
    actor.require(Can.EXPORT_PSEUDONYMISED if pseudonymise else Can.EXPORT_FULL)
    flagged = not pseudonymise and actor.role == "admin" and actor != SYSTEM
    if flagged and not (reason or "").strip():
        raise ValidationFailed(
            Problem(
                "--reason",
                "an administrator's full export holds every CPR number and note: say why "
                "(it is logged and shown to the team leads)",
            )
        )
    secret = pseudonyms.secret(db) if pseudonymise else None
    with db.reader() as session:
        _require_reach(session, actor, project)
        reader = _Reader(session, project, secret)
        doc = reader.document()
    kind = "pseudonymised" if pseudonymise else "full"
    with db.unit_of_work() as session:
        if flagged:
            audit.record(session, actor, "admin_full_export", detail=(reason or "").strip()[:500])
        audit.record_many(
            session, actor, "exported", reader.participant_keys, f"{kind} dataset export"
        )
        audit.record(
            session,
            actor,
            "exported_dataset",
            detail=(
                f"{kind} project={project or 'all'} staff={len(doc['staff'])} "
                f"projects={len(doc['projects'])} participants={len(doc['participants'])}"
            ),
        )
    return doc


def _require_reach(session: Session, actor: Actor, project: str | None) -> None:
    """An administrator exports the whole database; anyone else their own projects."""
    if actor.can(Can.MANAGE_ACCOUNTS):
        return
    if project is not None:
        scope.require_project(session, actor, project)
        return
    mine = scope.project_keys(session, actor)
    others = session.scalar(select(func.count(Project.id)).where(Project.key.not_in(mine)))
    if others:
        raise NotAllowed(
            "The database holds projects that are not yours: name one of yours with --project "
            "({projects}).",
            projects=", ".join(mine) or "you have none",
        )


def _plain(value: Any) -> Any:
    """Stored values back into the format's JSON values (a whole number of hours stays whole)."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return to_text(value)


def _table(model: type[Record]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


def person_document(session: Session, person_id: int) -> dict[str, Any]:
    """One participant's object, exactly as a dataset (format v1) holds it. Callers check
    access and write the audit entry (`participants.open_file` does both)."""
    reader = _Reader(session, None, None, only=person_id)
    people = reader._participants()
    return people[0]


class _Reader:
    def __init__(
        self,
        session: Session,
        project: str | None,
        secret: bytes | None,
        *,
        only: int | None = None,
    ) -> None:
        self.session = session
        self.secret = secret
        self.only = only
        self.project = references.project(session, project) if project is not None else None
        self.staff_keys: dict[int, str] = dict(session.execute(select(Staff.id, Staff.key)).all())
        self.project_keys: dict[int, str] = dict(
            session.execute(select(Project.id, Project.key)).all()
        )
        self.participant_keys: list[str] = []
        self.staff_named: set[str] = set()

    @property
    def pseudonymise(self) -> bool:
        return self.secret is not None

    def _leave_out(self, kind: str) -> frozenset[str]:
        return PSEUDONYMISED_OUT[kind] if self.pseudonymise else frozenset()

    def document(self) -> dict[str, Any]:
        participants = self._participants()
        doc: dict[str, Any] = {
            "format": FORMAT,
            "version": VERSION,
            "exported_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        }
        if self.pseudonymise:
            doc["pseudonymised"] = True
            participants, doc["coarsened"] = coarsening.coarsen(participants)
        doc["staff"] = self._staff()
        doc["projects"] = self._projects()
        doc["participants"] = participants
        return doc

    def _staff(self) -> list[dict[str, Any]]:
        query = select(Staff).order_by(Staff.key)
        if self.project is not None:
            query = query.where(Staff.key.in_(sorted(self.staff_named)))
        out = []
        for staff in self.session.scalars(query):
            record = self._fields("staff", staff)
            if self.pseudonymise:
                # Staff are not the subject of the data, but evaluators need no names.
                record["name"] = staff.key
            out.append(record)
        return out

    def _projects(self) -> list[dict[str, Any]]:
        query = select(Project).order_by(Project.key)
        if self.project is not None:
            query = query.where(Project.id == self.project.id)
        out = []
        for project in self.session.scalars(query):
            record = self._fields("project", project)
            if project.contract is not None:
                record["contract"] = project.contract
            out.append(record)
        return out

    def _fields(self, kind: str, obj: Any) -> dict[str, Any]:
        leave_out = self._leave_out(kind)
        out = {}
        for f in RECORDS[kind]:
            value = getattr(obj, f.name)
            if value is not None and f.name not in leave_out:
                out[f.name] = _plain(value)
        return out

    def _participant_filter(self, column: Any) -> Any:
        assert self.project is not None
        enrolled = select(Enrolment.participant_id).where(Enrolment.project_id == self.project.id)
        return column.in_(enrolled)

    def _participants(self) -> list[dict[str, Any]]:
        table = _table(Participant)
        query = select(table).order_by(table.c.id)
        if self.project is not None:
            query = query.where(self._participant_filter(table.c.id))
        if self.only is not None:
            query = query.where(table.c.id == self.only)
        rows = self.session.execute(query).all()
        names = (
            pseudonyms.pseudonyms(self.secret, [r.uuid for r in rows])
            if self.secret is not None
            else {}
        )
        people: dict[int, dict[str, Any]] = {}
        for row in rows:
            self.participant_keys.append(row.key)
            people[row.id] = self._person(row, names.get(row.uuid))
        for list_name, model in LIST_MODELS.items():
            self._attach(list_name, model, people)
        out = list(people.values())
        out.sort(key=lambda p: p["key"])
        return out

    def _person(self, row: Row[Any], pseudonym: str | None) -> dict[str, Any]:
        person: dict[str, Any] = {}
        if pseudonym is not None:
            person["key"] = pseudonym
            year = row.birth_date.year if row.birth_date is not None else row.birth_year
            if year is not None:
                person["birth_year"] = year
            return person
        for name in PERSON_FIELDS:
            value = getattr(row, name)
            # The year is only worth writing when it is all that is known.
            if name == "birth_year" and row.birth_date is not None:
                continue
            if value is not None:
                person[name] = _plain(value)
        return person

    def _attach(
        self, list_name: str, model: type[Record], people: dict[int, dict[str, Any]]
    ) -> None:
        table = _table(model)
        fields = self._columns(PARTICIPANT_LISTS[list_name], table)
        query = select(table.c.participant_id, *(column for _, column, _ in fields))
        query = query.order_by(table.c.participant_id, table.c.id)
        if self.only is not None:
            query = query.where(table.c.participant_id == self.only)
        if self.project is not None:
            if model is Enrolment:
                query = query.where(table.c.project_id == self.project.id)
            else:
                query = query.where(self._participant_filter(table.c.participant_id))
        converters = [(name, convert) for name, _, convert in fields]
        lists: dict[int, list[dict[str, Any]]] = {}
        # Plain rows and one converter per column: a large database has millions of values.
        for row in self.session.execute(query):
            if row[0] not in people:
                continue
            record: dict[str, Any] = {}
            for i, (name, convert) in enumerate(converters, 1):
                value = row[i]
                if value is not None and convert is not None:
                    value = convert(value)
                if value is not None:
                    record[name] = value
            lists.setdefault(row[0], []).append(record)
        for participant_id, records in lists.items():
            records.sort(key=_ORDER[list_name])
            people[participant_id][list_name] = records

    def _columns(self, kind: str, table: Table) -> list[tuple[str, Any, Convert | None]]:
        """Each field written for this kind: its name, its column, how its value is written."""
        out: list[tuple[str, Any, Convert | None]] = []
        for f in RECORDS[kind]:
            if f.name in self._leave_out(kind):
                continue
            convert: Convert | None = _CONVERT.get(f.kind)
            column_name = {**STAFF_COLUMNS, "project": "project_id"}.get(f.name, f.name)
            column = table.c[column_name]
            if f.name in STAFF_COLUMNS:
                convert = self._staff_key
            elif f.name == "project":
                convert = self.project_keys.__getitem__
            elif f.name == "topics":
                convert = _topics
            elif f.name == "title" and self.pseudonymise:
                convert = _pseudonymised_title
            out.append((f.name, column, convert))
        return out

    def _staff_key(self, staff_id: int) -> str:
        key = self.staff_keys[staff_id]
        self.staff_named.add(key)
        return key


def _topics(text: str) -> list[str] | None:
    return [t for t in text.split(",") if t] or None


def _pseudonymised_title(_title: str) -> str:
    return PSEUDONYMISED_TITLE


def _local_time(value: datetime) -> str:
    return value.isoformat(timespec="minutes" if value.second == 0 else "seconds")


def _number(value: float) -> float | int:
    return int(value) if value.is_integer() else value


_CONVERT: dict[str, Convert] = {"date": date.isoformat, "datetime": _local_time, "float": _number}
