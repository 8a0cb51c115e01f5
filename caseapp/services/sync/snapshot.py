"""What a field laptop holds of its team server, read from one and written into the other.

Everything travels in portable form (`storage.portable`): records keep their UUID and version,
references their keys. A laptop holds the account's own projects, the staff (names, roles; no
one's password but the account's own, so it can sign in offline) and the participants of its
checkout scope with all their records.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, delete, insert, or_, select, update
from sqlalchemy.orm import Session

from caseapp.services import scope
from caseapp.services.actor import Actor
from caseapp.storage.base import utcnow
from caseapp.storage.models import (
    Enrolment,
    Participant,
    Project,
    ProjectGrant,
    Setting,
    Staff,
)
from caseapp.storage.portable import KINDS, Keys, Portable, portable, to_columns, to_plain

# One record: (kind, uuid, version, fields).
Record = tuple[str, str, int, Portable]
# Settings that belong to one database only.
_OWN_SETTINGS = ("audit.", "sync.", "pseudonym")
_PROJECT_FIELDS = ("key", "name", "municipality", "start", "end", "description")
_STAFF_COLUMNS = ("staff_id", "key_worker_id", "assigned_to_id")


@dataclass
class Snapshot:
    staff: list[dict[str, Any]] = field(default_factory=list)
    projects: list[dict[str, Any]] = field(default_factory=list)
    settings: dict[str, str] = field(default_factory=dict)
    # participant key -> the person's records, the person first
    people: dict[str, list[Record]] = field(default_factory=dict)


def in_checkout(session: Session, actor: Actor, mode: str) -> Select[Any]:
    """The ids of the participants a laptop of this scope holds: the account's visible people,
    and of them its own caseload ("mine") or one project's ("project:KEY")."""
    me = scope.staff_id(session, actor)
    visible = scope.visible_ids(actor, me)
    if mode.startswith("project:"):
        project = scope.require_project(session, actor, mode.partition(":")[2])
        return select(Enrolment.participant_id).where(
            Enrolment.project_id == project.id, Enrolment.participant_id.in_(visible)
        )
    return select(Enrolment.participant_id).where(
        Enrolment.key_worker_id == (me or -1),
        Enrolment.exited_on.is_(None),
        Enrolment.participant_id.in_(visible),
    )


def read_reference_data(
    session: Session, actor: Actor, snapshot: Snapshot, people: dict[str, list[Record]]
) -> None:
    """The staff of the account's projects and those the people's records name, the
    account's projects and the shared settings."""
    me = scope.staff_id(session, actor)
    named = {
        value
        for records in people.values()
        for _, _, _, values in records
        for name, value in values.items()
        if name in _STAFF_COLUMNS and value is not None
    }
    team = select(ProjectGrant.staff_id).where(
        ProjectGrant.project_id.in_(scope.granted_projects(me))
    )
    staff = select(Staff).where(or_(Staff.id.in_(team), Staff.key.in_(named)))
    for row in session.execute(staff).scalars():
        snapshot.staff.append(
            {
                "key": row.key,
                "name": row.name,
                "role": row.role,
                "email": row.email,
                "active": row.active,
                # Only the account's own, so it can sign in to the laptop with its password.
                "password_hash": row.password_hash if row.key == actor.key else None,
            }
        )
    for project in scope.visible_projects(session, actor):
        values = {name: to_plain(getattr(project, name)) for name in _PROJECT_FIELDS}
        values["contract"] = project.contract
        values["own_caseload_only"] = project.own_caseload_only
        snapshot.projects.append(values)
    for key, value in session.execute(select(Setting.key, Setting.value)):
        if not key.startswith(_OWN_SETTINGS):
            snapshot.settings[key] = value


def read_people(
    session: Session, actor: Actor, ids: Select[Any] | list[int]
) -> dict[str, list[Record]]:
    """The participants (by id) with every record the account may see of them."""
    conn = session.connection()
    keys = Keys(conn)
    people: dict[str, list[Record]] = {}
    key_of: dict[int, str] = {}
    table = Participant.__table__
    me = scope.staff_id(session, actor)
    query = select(table).where(table.c.id.in_(ids), table.c.id.in_(scope.visible_ids(actor, me)))
    for row in conn.execute(query.order_by(table.c.key)):
        values = dict(row._mapping)
        key_of[values["id"]] = values["key"]
        people[values["key"]] = [
            ("participant", values["uuid"], values["version"], portable(Participant, values, keys))
        ]
    if not people:
        return people
    for kind, model in KINDS.items():
        if model is Participant:
            continue
        t = model.__table__
        query = select(t).where(t.c.participant_id.in_(list(key_of))).order_by(t.c.id)
        if model is Enrolment:
            query = query.where(scope.enrolment_condition(actor, me))
        for row in conn.execute(query):
            values = dict(row._mapping)
            people[key_of[values["participant_id"]]].append(
                (kind, values["uuid"], values["version"], portable(model, values, keys))
            )
    return people


def write_reference_data(session: Session, account: str, snapshot: Snapshot) -> None:
    """Staff and projects in (added, or changed where the server's differ), the account's
    grants as the server has them, and the shared settings. Unchanged rows are not written."""
    conn = session.connection()
    staff_fields = ("name", "role", "email", "active", "password_hash")
    held = {
        row.key: row
        for row in conn.execute(select(Staff.key, *(getattr(Staff, f) for f in staff_fields)))
    }
    for s in snapshot.staff:
        values = {k: v for k, v in s.items() if k != "password_hash" or s["key"] == account}
        old = held.get(s["key"])
        if old is None:
            conn.execute(insert(Staff).values(failed_logins=0, **values))
        elif any(getattr(old, k) != v for k, v in values.items() if k != "key"):
            conn.execute(update(Staff).where(Staff.key == s["key"]).values(**values))
    keys = Keys(conn)
    project_columns = [c for c in Project.__table__.columns if c.key not in ("id", "uuid")]
    projects = {row.key: row for row in conn.execute(select(*project_columns))}
    for p in snapshot.projects:
        values = to_columns(Project, p, keys)
        old = projects.get(p["key"])
        if old is None:
            conn.execute(insert(Project).values(**values))
        elif any(getattr(old, k) != v for k, v in values.items()):
            conn.execute(update(Project).where(Project.key == p["key"]).values(**values))
    me = conn.scalar(select(Staff.id).where(Staff.key == account))
    project_ids = dict(iter(conn.execute(select(Project.key, Project.id))))
    wanted = {project_ids[p["key"]] for p in snapshot.projects}
    have = set(conn.scalars(select(ProjectGrant.project_id).where(ProjectGrant.staff_id == me)))
    if have - wanted:
        conn.execute(
            delete(ProjectGrant).where(
                ProjectGrant.staff_id == me, ProjectGrant.project_id.in_(have - wanted)
            )
        )
    for project_id in sorted(wanted - have):
        conn.execute(
            insert(ProjectGrant).values(
                staff_id=me, project_id=project_id, granted_by="sync", granted_at=utcnow()
            )
        )
    settings = dict(iter(conn.execute(select(Setting.key, Setting.value))))
    for key, value in snapshot.settings.items():
        if key not in settings:
            conn.execute(insert(Setting).values(key=key, value=value))
        elif settings[key] != value:
            conn.execute(update(Setting).where(Setting.key == key).values(value=value))


def _held(conn: Any, keys: Keys, people: list[str]) -> dict[str, dict[str, tuple[int, Portable]]]:
    """What the laptop holds of these people: key -> record uuid -> (version, fields)."""
    out: dict[str, dict[str, tuple[int, Portable]]] = {key: {} for key in people}
    key_of: dict[int, str] = {}
    table = Participant.__table__
    for start in range(0, len(people), 500):
        part = people[start : start + 500]
        for row in conn.execute(select(table).where(table.c.key.in_(part))):
            values = dict(row._mapping)
            key_of[values["id"]] = values["key"]
            keys.remember(Participant, values["key"], values["id"])
            out[values["key"]][values["uuid"]] = (
                values["version"],
                portable(Participant, values, keys),
            )
    for model in KINDS.values():
        if model is Participant:
            continue
        t = model.__table__
        ids = list(key_of)
        for start in range(0, len(ids), 500):
            for row in conn.execute(
                select(t).where(t.c.participant_id.in_(ids[start : start + 500]))
            ):
                values = dict(row._mapping)
                out[key_of[values["participant_id"]]][values["uuid"]] = (
                    values["version"],
                    portable(model, values, keys),
                )
    return out


def _take_server_keys(conn: Any, people: dict[str, list[Record]]) -> None:
    """A person registered on a laptop whose key the server had to change keeps their records
    under the server's key (found by uuid; in two steps, so that keys can swap)."""
    wanted = {records[0][1]: key for key, records in people.items() if records}
    moving = [
        (uuid, wanted[uuid])
        for uuid, key in conn.execute(
            select(Participant.uuid, Participant.key).where(Participant.uuid.in_(list(wanted)))
        )
        if key != wanted[uuid]
    ]
    for uuid, _ in moving:
        conn.execute(update(Participant).where(Participant.uuid == uuid).values(key=f"~{uuid}"))
    for uuid, key in moving:
        conn.execute(update(Participant).where(Participant.uuid == uuid).values(key=key))


def write_people(session: Session, people: dict[str, list[Record]]) -> int:
    """Make each participant's records on this database what the server sent: new ones added,
    changed ones rewritten, missing ones removed; the rest is left as it is. Returns the
    number of records written or removed."""
    conn = session.connection()
    _take_server_keys(conn, people)
    keys = Keys(conn)
    held = _held(conn, keys, list(people))
    inserts: dict[str, list[dict[str, Any]]] = {kind: [] for kind in KINDS}
    written = 0
    for key, records in people.items():
        mine = held.get(key, {})
        seen = {uuid for _, uuid, _, _ in records}
        for kind, uuid, version, values in records:
            model = KINDS[kind]
            old = mine.get(uuid)
            if old is not None and old == (version, values):
                continue
            written += 1
            if model is Participant:
                columns = to_columns(Participant, values, keys)
                if old is None:
                    result = conn.execute(
                        insert(Participant).values(uuid=uuid, version=version, **columns)
                    )
                    assert result.inserted_primary_key is not None
                    keys.remember(Participant, key, result.inserted_primary_key[0])
                else:
                    conn.execute(
                        update(Participant)
                        .where(Participant.uuid == uuid)
                        .values(version=version, **columns)
                    )
                continue
            columns = to_columns(model, values, keys)
            if old is None:
                inserts[kind].append({"uuid": uuid, "version": version, **columns})
            else:
                conn.execute(
                    update(model).where(model.uuid == uuid).values(version=version, **columns)  # type: ignore[attr-defined]
                )
        gone = [uuid for uuid in mine if uuid not in seen]
        for model in KINDS.values():
            if gone and model is not Participant:
                conn.execute(delete(model).where(model.uuid.in_(gone)))  # type: ignore[attr-defined]
        written += len(gone)
    for kind, rows in inserts.items():
        if rows:
            conn.execute(insert(KINDS[kind]), rows)
    return written


def remove_people(session: Session, uuids: list[str]) -> None:
    """The participants (by uuid) that left the laptop's scope, with all their records."""
    if uuids:
        session.connection().execute(delete(Participant).where(Participant.uuid.in_(uuids)))
