"""Loading a dataset document into a database: every check first, then one transaction.

Nothing is written when the document has a problem, when it holds a key the database already
has (unless a merge is asked for), or when the process dies halfway: the transaction is either
committed whole or not at all.

A merge updates what the file shares with the database: staff keep their account (password,
role, active) and get the file's name and e-mail; projects get the file's fields and contract (a
changed contract becomes a new contract revision); a participant's details are set to the
file's and all their records (enrolments, contacts, spells, goals, tasks) are replaced by the
file's. Participants whose personal data was erased are left as they are. Anything in the
database that the file does not mention stays untouched.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from caseapp.dataset.checks import check_document
from caseapp.dataset.document_files import SidecarDocument, store_documents
from caseapp.dataset.parsed import CheckedDocument, ParsedParticipant
from caseapp.domain import cpr
from caseapp.domain.errors import Problem, ValidationFailed
from caseapp.domain.fields import PARTICIPANT_LISTS, PERSON_FIELDS
from caseapp.services import audit, scope
from caseapp.services.actor import Actor, Can
from caseapp.services.case_records import MODELS
from caseapp.services.projects import add_revision
from caseapp.services.references import STAFF_COLUMNS
from caseapp.storage.database import Database
from caseapp.storage.models import Participant, Project, ProjectGrant, Record, Staff
from caseapp.storage.outbox import tracking

Progress = Callable[[int, int], None]

# The table each list of a participant goes into, in the dataset format's order.
LIST_MODELS: dict[str, type[Record]] = {
    list_name: MODELS[kind] for list_name, kind in PARTICIPANT_LISTS.items()
}
# Participants written (and progress reported) per step; small enough to keep memory flat.
CHUNK = 100
_KEYS_PER_QUERY = 500


class KeysInDatabase(ValidationFailed):
    """The file holds keys the database already has, and no merge was asked for."""


def _count(n: int, word: str, plural: str | None = None) -> str:
    return f"{n} {word if n == 1 else plural or word + 's'}"


@dataclass
class ImportSummary:
    """What an import wrote: counts per kind of record, and what the user should know."""

    staff: int = 0
    projects: int = 0
    participants: int = 0
    records: dict[str, int] = field(default_factory=lambda: dict.fromkeys(LIST_MODELS, 0))
    updated_staff: int = 0
    updated_projects: int = 0
    replaced_participants: int = 0
    skipped_participants: int = 0
    documents: int = 0
    warnings: list[Problem] = field(default_factory=list)

    def describe(self) -> str:
        parts = [
            _count(self.participants, "participant"),
            f"{self.staff} staff",
            _count(self.projects, "project"),
        ]
        parts += [f"{n} {name}" for name, n in self.records.items() if n]
        if self.documents:
            parts.append(_count(self.documents, "document"))
        merged = [
            f"{n} {what}"
            for n, what in (
                (self.updated_staff, "staff updated"),
                (self.updated_projects, "projects updated"),
                (self.replaced_participants, "participants replaced"),
                (self.skipped_participants, "erased participants left as they were"),
            )
            if n
        ]
        text = "imported " + ", ".join(parts)
        return text + (f" (of which {', '.join(merged)})" if merged else "")

    def audit_detail(self, merge: bool, pseudonymised: bool) -> str:
        counts = " ".join(f"{name}={n}" for name, n in self.records.items())
        if self.documents:
            counts += f" documents={self.documents}"
        return (
            f"staff={self.staff} projects={self.projects} participants={self.participants} "
            f"{counts} replaced={self.replaced_participants} merge={'yes' if merge else 'no'} "
            f"pseudonymised={'yes' if pseudonymised else 'no'}"
        )


def import_document(
    db: Database,
    actor: Actor,
    doc: Any,
    *,
    merge: bool = False,
    progress: Progress | None = None,
    files: Sequence[SidecarDocument] = (),
) -> ImportSummary:
    """Check `doc` and write it in one transaction, with the documents of its folder (`files`,
    checked by `document_files.read_documents`); ValidationFailed names every problem."""
    actor.require(Can.IMPORT)
    with db.reader() as session:
        known_staff = frozenset(session.scalars(select(Staff.key)))
        known_projects = frozenset(session.scalars(select(Project.key)))
    checked = check_document(doc, known_staff=known_staff, known_projects=known_projects)
    if checked.problems:
        raise ValidationFailed(checked.problems, checked.warnings)
    with db.unit_of_work() as session:
        if tracking(session):
            raise ValidationFailed(
                Problem("file", "import into the team server; a laptop takes it in at sync")
            )
        writer = _Writer(session, actor, checked, merge, progress or _quiet, files)
        summary = writer.write()
    return summary


def _quiet(done: int, total: int) -> None:
    return None


def _chunks(items: Sequence[Any], size: int) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _table(model: type[Record]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


class _Writer:
    def __init__(
        self,
        session: Session,
        actor: Actor,
        checked: CheckedDocument,
        merge: bool,
        progress: Progress,
        files: Sequence[SidecarDocument] = (),
    ) -> None:
        self.session = session
        self.files = files
        self.actor = actor
        self.checked = checked
        self.merge = merge
        self.progress = progress
        self.summary = ImportSummary(warnings=list(checked.warnings))
        self.now = datetime.now(UTC)
        # Key -> id of every member of staff and project, once the file's are written.
        self.staff_ids: dict[str, int] = {}
        self.project_ids: dict[str, int] = {}

    def write(self) -> ImportSummary:
        existing = self._existing_keys()
        if not self.merge:
            self._refuse_existing(existing)
        self._refuse_others_projects(existing["projects"])
        self._staff(existing["staff"])
        self._projects(existing["projects"])
        self.staff_ids = dict(self.session.execute(select(Staff.key, Staff.id)).all())
        self.project_ids = dict(self.session.execute(select(Project.key, Project.id)).all())
        self._participants()
        self.summary.documents, warnings = store_documents(self.session, self.actor, self.files)
        self.summary.warnings += warnings
        self._grant_new_projects(existing["projects"])
        audit.record(
            self.session,
            self.actor,
            "imported_dataset",
            detail=self.summary.audit_detail(self.merge, self.checked.pseudonymised),
        )
        return self.summary

    # --- keys the database already holds -------------------------------------------------

    def _existing_keys(self) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        models: tuple[tuple[str, Any, list[dict[str, Any]]], ...] = (
            ("staff", Staff, self.checked.staff),
            ("projects", Project, self.checked.projects),
            ("participants", Participant, [p.values for p in self.checked.participants]),
        )
        for name, model, records in models:
            keys = [r["key"] for r in records]
            found: set[str] = set()
            for part in _chunks(keys, _KEYS_PER_QUERY):
                found.update(self.session.scalars(select(model.key).where(model.key.in_(part))))
            out[name] = found
        return out

    def _refuse_existing(self, existing: dict[str, set[str]]) -> None:
        problems = []
        for name, records in (
            ("staff", self.checked.staff),
            ("projects", self.checked.projects),
            ("participants", [p.values for p in self.checked.participants]),
        ):
            for i, r in enumerate(records):
                if r["key"] in existing[name]:
                    problems.append(
                        Problem(
                            f"{name}[{i}].key", "'{key}' is already in the database", key=r["key"]
                        )
                    )
        if problems:
            raise KeysInDatabase(problems, self.checked.warnings)

    # --- access -------------------------------------------------------------------------

    def _refuse_others_projects(self, existing: set[str]) -> None:
        """A team lead imports into their own projects (or new ones), never another team's."""
        if self.actor.can(Can.MANAGE_ACCOUNTS):
            return
        mine = set(scope.project_keys(self.session, self.actor))
        problems = [
            Problem(f"projects[{i}].key", "'{key}' is not among your projects", key=p["key"])
            for i, p in enumerate(self.checked.projects)
            if p["key"] in existing and p["key"] not in mine
        ]
        for i, person in enumerate(self.checked.participants):
            for j, enrolment in enumerate(person.lists.get("enrolments", [])):
                project = enrolment.get("project")
                if project in existing and project not in mine:
                    where = f"participants[{i}].enrolments[{j}].project"
                    problems.append(
                        Problem(where, "'{project}' is not among your projects", project=project)
                    )
        if problems:
            raise ValidationFailed(problems, self.checked.warnings)

    def _grant_new_projects(self, existing: set[str]) -> None:
        """Who works on a project the import creates: the staff its records name (key workers,
        contacts, tasks), the staff the file names in no project (leads, evaluators), and the
        importing account. Existing projects' access is account administration, not import."""
        new = {p["key"] for p in self.checked.projects} - existing
        if not new:
            return
        named: dict[str, set[str]] = {key: set() for key in new}
        anywhere: set[str] = set()
        for person in self.checked.participants:
            projects = {e["project"] for e in person.lists.get("enrolments", [])} & new
            lists = person.lists
            staff: set[str] = {e["key_worker"] for e in lists.get("enrolments", [])}
            staff |= {c["staff"] for c in lists.get("contacts", [])}
            staff |= {t["assigned_to"] for t in lists.get("tasks", [])}
            staff.discard(None)  # type: ignore[arg-type]
            anywhere |= staff
            for project in projects:
                named[project] |= staff
        roles = {s["key"]: s["role"] for s in self.checked.staff}
        unplaced = {key for key, role in roles.items() if key not in anywhere}
        for project, staff in named.items():
            members = staff | unplaced
            if not self.actor.can(Can.MANAGE_ACCOUNTS):
                members.add(self.actor.key)
            for key in sorted(members):
                if roles.get(key) == "admin" or key not in self.staff_ids:
                    continue
                self.session.add(
                    ProjectGrant(
                        staff_id=self.staff_ids[key],
                        project_id=self.project_ids[project],
                        granted_by=self.actor.key,
                    )
                )
        self.session.flush()

    # --- staff and projects (few rows: plain ORM objects) ---------------------------------

    def _staff(self, existing: set[str]) -> None:
        for i, values in enumerate(self.checked.staff):
            if values["key"] not in existing:
                # No password: the person cannot sign in until an administrator sets one.
                self.session.add(
                    Staff(
                        key=values["key"],
                        name=values["name"],
                        role=values["role"],
                        email=values["email"],
                        password_hash=None,
                        active=True,
                    )
                )
                self.summary.staff += 1
                continue
            staff = self.session.scalars(select(Staff).where(Staff.key == values["key"])).one()
            staff.name, staff.email = values["name"], values["email"]
            if staff.role != values["role"]:
                # An import must never hand out permissions: that is account administration.
                self.summary.warnings.append(
                    Problem(
                        f"staff[{i}].role",
                        "the account keeps its role '{role}': an import never changes what an "
                        "account may do",
                        role=staff.role,
                    )
                )
            self.summary.updated_staff += 1
        self.session.flush()

    def _projects(self, existing: set[str]) -> None:
        for values in self.checked.projects:
            fields = {k: v for k, v in values.items() if k != "contract"}
            contract = values["contract"]
            if values["key"] not in existing:
                project = Project(**fields, contract=contract)
                self.session.add(project)
                self.session.flush()
                add_revision(self.session, project, contract, self.actor.key, "imported")
                self.summary.projects += 1
                continue
            project = self.session.scalars(
                select(Project).where(Project.key == values["key"])
            ).one()
            for name, value in fields.items():
                setattr(project, name, value)
            if project.contract != contract:
                project.contract = contract
                self.session.flush()
                add_revision(self.session, project, contract, self.actor.key, "imported (merge)")
            self.summary.updated_projects += 1
        self.session.flush()

    # --- participants and their records (many rows: bulk inserts) --------------------------

    def _participants(self) -> None:
        people = self.checked.participants
        total = len(people)
        self.progress(0, total)
        done = 0
        for chunk in _chunks(people, CHUNK):
            self._participant_chunk(chunk)
            done += len(chunk)
            self.progress(done, total)

    def _participant_chunk(self, chunk: Sequence[ParsedParticipant]) -> None:
        keys = [p.values["key"] for p in chunk]
        stored = {
            person.key: person
            for person in self.session.scalars(select(Participant).where(Participant.key.in_(keys)))
        }
        new = [p for p in chunk if p.values["key"] not in stored]
        ids: dict[str, int] = {}
        if new:
            rows = [self._stamped(_person_row(p.values)) for p in new]
            table = _table(Participant)
            result = self.session.execute(table.insert().returning(table.c.key, table.c.id), rows)
            ids.update({key: id_ for key, id_ in result})
        replaced: list[str] = []
        for p in chunk:
            person = stored.get(p.values["key"])
            if person is None:
                continue
            if person.erased_at is not None:
                self.summary.skipped_participants += 1
                self.summary.warnings.append(
                    Problem(
                        f"participants[{self._index(p)}]",
                        "'{key}' had their personal data erased; left as it was",
                        key=person.key,
                    )
                )
                continue
            for name, value in _person_row(p.values).items():
                setattr(person, name, value)
            ids[person.key] = person.id
            replaced.append(person.key)
        if replaced:
            self.session.flush()
            replaced_ids = [ids[k] for k in replaced]
            for model in LIST_MODELS.values():
                table = _table(model)
                self.session.execute(table.delete().where(table.c.participant_id.in_(replaced_ids)))
        self._records([p for p in chunk if p.values["key"] in ids], ids)
        new_keys = [p.values["key"] for p in new]
        audit.record_many(self.session, self.actor, "imported", new_keys, "new, from a dataset")
        audit.record_many(self.session, self.actor, "imported", replaced, "replaced from a dataset")
        self.summary.participants += len(new)
        self.summary.replaced_participants += len(replaced)

    def _index(self, person: ParsedParticipant) -> int:
        return next(i for i, p in enumerate(self.checked.participants) if p is person)

    def _records(self, people: Sequence[ParsedParticipant], ids: dict[str, int]) -> None:
        for list_name, model in LIST_MODELS.items():
            rows = [
                self._stamped(self._record_row(values, ids[p.values["key"]]))
                for p in people
                for values in p.lists[list_name]
            ]
            if rows:
                self.session.execute(_table(model).insert(), rows)
                self.summary.records[list_name] += len(rows)

    def _record_row(self, values: dict[str, Any], participant_id: int) -> dict[str, Any]:
        row: dict[str, Any] = {"participant_id": participant_id}
        for name, value in values.items():
            if name in STAFF_COLUMNS:
                row[STAFF_COLUMNS[name]] = None if value is None else self.staff_ids[value]
            elif name == "project":
                row["project_id"] = self.project_ids[value]
            elif name == "topics":
                row["topics"] = ",".join(value)
            elif name == "verified":
                row["verified"] = bool(value)
            else:
                row[name] = value
        return row

    def _stamped(self, row: dict[str, Any]) -> dict[str, Any]:
        # Bulk inserts skip the ORM's defaults, so every row gets its identity and stamps here.
        row.update(uuid=str(uuid.uuid4()), created_at=self.now, updated_at=self.now, version=1)
        return row


def _person_row(values: dict[str, Any]) -> dict[str, Any]:
    row = {name: values[name] for name in PERSON_FIELDS}
    # As when a person is registered by hand: the birth date from the CPR number when not given,
    # the year from the date; a birth year alone is kept as it is.
    if row["birth_date"] is None and row["cpr"]:
        row["birth_date"] = cpr.birth_date(row["cpr"])
    if row["birth_date"] is not None:
        row["birth_year"] = row["birth_date"].year
    return row
