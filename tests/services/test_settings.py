"""Database-wide settings: defaults, validated changes by administrators, audit-logged."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from caseapp.domain.errors import NotAllowed, ValidationFailed
from caseapp.services import settings
from caseapp.services.actor import Actor
from caseapp.storage.database import Database
from caseapp.storage.models import AuditEntry


def test_defaults_until_changed(db: Database, admin: Actor) -> None:
    with db.reader() as s:
        assert settings.get(s, settings.RETENTION_YEARS) == 5
        assert settings.get(s, settings.IDLE_LOCK_MINUTES) == 15
    with db.unit_of_work() as s:
        settings.set_value(s, admin, settings.IDLE_LOCK_MINUTES, "5")
    with db.reader() as s:
        assert settings.get_all(s)[settings.IDLE_LOCK_MINUTES] == 5
        entry = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert entry is not None and entry.detail == "idle_lock_minutes: 15 -> 5"


def test_bad_values_and_other_roles_are_refused(db: Database, admin: Actor, lead: Actor) -> None:
    message = "retention_years: must be between 1 and 100"
    with pytest.raises(ValidationFailed, match=message), db.unit_of_work() as s:
        settings.set_value(s, admin, settings.RETENTION_YEARS, 0)
    with pytest.raises(ValidationFailed, match="is not a setting"), db.unit_of_work() as s:
        settings.set_value(s, admin, "colour", 3)
    with pytest.raises(NotAllowed), db.unit_of_work() as s:
        settings.set_value(s, lead, settings.RETENTION_YEARS, 10)
