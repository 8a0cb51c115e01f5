"""Records in a form two databases share: keys for references, ISO text for dates.

A field laptop's database and its team server number their rows differently. A record is the
same record on both by its UUID; a participant, member of staff or project by its key. This is
how a record travels between them (checkout, the outbox, sync) and is compared field by field.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, Date, DateTime, select
from sqlalchemy.orm import Mapper

from caseapp.storage.base import Base, UTCDateTime
from caseapp.storage.models import (
    ActivitySpell,
    Consent,
    Contact,
    Enrolment,
    Goal,
    HousingSpell,
    Participant,
    Project,
    Staff,
    Support,
    Task,
)

# What travels, by the name the outbox and the conflict inbox use; a person before their records.
KINDS: dict[str, type[Base]] = {
    "participant": Participant,
    "enrolment": Enrolment,
    "contact": Contact,
    "housing": HousingSpell,
    "activity": ActivitySpell,
    "support": Support,
    "goal": Goal,
    "task": Task,
    "consent": Consent,
}
_KIND_OF: dict[type[Base], str] = {model: kind for kind, model in KINDS.items()}
# Bookkeeping each database keeps for itself.
_LOCAL = frozenset({"id", "uuid", "created_at", "updated_at", "version"})
# Columns that hold another row's id, and what that row is: they travel as its key.
REFERENCES: dict[str, type[Base]] = {
    "participant_id": Participant,
    "project_id": Project,
    "staff_id": Staff,
    "key_worker_id": Staff,
    "assigned_to_id": Staff,
}

Portable = dict[str, Any]


def kind_of(obj: object) -> str | None:
    return _KIND_OF.get(type(obj))  # type: ignore[arg-type]


def fields(model: type[Base]) -> list[str]:
    """The columns of a kind that travel (and can be in conflict)."""
    return [c.key for c in model.__table__.columns if c.key not in _LOCAL]


def to_plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def from_plain(model: type[Base], name: str, value: Any) -> Any:
    if value is None:
        return None
    column_type = model.__table__.columns[name].type
    if isinstance(column_type, UTCDateTime | DateTime) and isinstance(value, str):
        return datetime.fromisoformat(value)
    if isinstance(column_type, Date) and isinstance(value, str):
        return date.fromisoformat(value)
    return value


class Keys:
    """Turns ids into keys and back within one database (one connection), remembering both."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self._keys: dict[tuple[type[Base], int], str | None] = {}
        self._ids: dict[tuple[type[Base], str], int | None] = {}

    def key_of(self, model: type[Base], row_id: int | None) -> str | None:
        if row_id is None:
            return None
        found = self._keys.get((model, row_id), ...)
        if found is ...:
            table = model.__table__
            found = self.conn.scalar(select(table.c.key).where(table.c.id == row_id))
            self._keys[(model, row_id)] = found
        return found  # type: ignore[return-value]

    def id_of(self, model: type[Base], key: str | None) -> int | None:
        if key is None:
            return None
        found = self._ids.get((model, key), ...)
        if found is ...:
            table = model.__table__
            found = self.conn.scalar(select(table.c.id).where(table.c.key == key))
            self._ids[(model, key)] = found
        return found  # type: ignore[return-value]

    def forget_key(self, model: type[Base], key: str) -> None:
        """A row of this key was just written: look its id up again when next asked."""
        row_id = self._ids.pop((model, key), None)
        if row_id is not None:
            self._keys.pop((model, row_id), None)

    def remember(self, model: type[Base], key: str, row_id: int) -> None:
        """A row just written under `key` (after the old one of that key was removed)."""
        self._ids[(model, key)] = row_id
        self._keys[(model, row_id)] = key


def portable(model: type[Base], values: dict[str, Any], keys: Keys) -> Portable:
    """A row's travelling fields (from its column values), references as keys."""
    out: Portable = {}
    for name in fields(model):
        value = values.get(name)
        target = REFERENCES.get(name)
        out[name] = keys.key_of(target, value) if target is not None else to_plain(value)
    return out


def of_object(obj: Base, keys: Keys) -> Portable:
    mapper: Mapper[Any] = obj.__mapper__
    values = {attr.key: getattr(obj, attr.key) for attr in mapper.column_attrs}
    return portable(type(obj), values, keys)


def to_columns(model: type[Base], values: Portable, keys: Keys) -> dict[str, Any]:
    """Portable fields back into this database's column values (keys become ids)."""
    out: dict[str, Any] = {}
    for name, value in values.items():
        if name not in model.__table__.columns:
            continue
        target = REFERENCES.get(name)
        out[name] = (
            keys.id_of(target, value) if target is not None else from_plain(model, name, value)
        )
    return out
