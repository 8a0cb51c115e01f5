"""Database-wide settings (retention period, idle lock, ...): one declaration per setting.

Values are stored as text in the Setting table; a missing row means the default. Everyone may
read them; only administrators change them, and each change is audit-logged.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from caseapp.domain.errors import Problem, ValidationFailed
from caseapp.services import audit
from caseapp.services.actor import Actor, Can
from caseapp.storage.models import Setting


@dataclass(frozen=True)
class Spec:
    key: str
    default: int
    low: int
    high: int
    description: str


SPECS: dict[str, Spec] = {
    s.key: s
    for s in (
        Spec(
            "retention_years",
            5,
            1,
            100,
            "years after a case is closed before the person's personal data is erased",
        ),
        Spec(
            "idle_lock_minutes",
            15,
            1,
            24 * 60,
            "minutes without use before the program asks for the password again",
        ),
        Spec(
            "audit_search_limit",
            1000,
            10,
            1_000_000,
            "most audit entries a search shows at once",
        ),
    )
}

RETENTION_YEARS = "retention_years"
IDLE_LOCK_MINUTES = "idle_lock_minutes"
AUDIT_SEARCH_LIMIT = "audit_search_limit"


def get(session: Session, key: str) -> int:
    spec = SPECS[key]
    row = session.get(Setting, key)
    if row is None:
        return spec.default
    try:
        value = int(row.value)
    except ValueError:
        return spec.default
    return value if spec.low <= value <= spec.high else spec.default


def get_all(session: Session) -> dict[str, int]:
    return {key: get(session, key) for key in SPECS}


def set_value(session: Session, actor: Actor, key: str, raw: int | str) -> int:
    actor.require(Can.MANAGE_ACCOUNTS)
    spec = SPECS.get(key)
    if spec is None:
        raise ValidationFailed(
            Problem(key, "is not a setting (known: {known})", known=", ".join(SPECS))
        )
    try:
        value = int(raw)
    except (TypeError, ValueError):
        raise ValidationFailed(Problem(key, "must be a whole number")) from None
    if not spec.low <= value <= spec.high:
        raise ValidationFailed(
            Problem(key, "must be between {low} and {high}", low=spec.low, high=spec.high)
        )
    row = session.get(Setting, key)
    old = get(session, key)
    if row is None:
        session.add(Setting(key=key, value=str(value)))
    else:
        row.value = str(value)
    session.flush()
    audit.record(session, actor, "changed_setting", detail=f"{key}: {old} -> {value}")
    return value
