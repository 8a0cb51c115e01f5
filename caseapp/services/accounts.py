"""Accounts: signing in, and the administration of staff accounts (admins only)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from caseapp.domain.errors import NotAllowed, Problem, ValidationFailed
from caseapp.domain.fields import validate
from caseapp.services import audit, references
from caseapp.services.actor import SYSTEM, Actor, Can
from caseapp.storage.database import Database
from caseapp.storage.models import Staff

# Argon2id with the library's defaults (RFC 9106 low-memory profile).
_hasher = PasswordHasher()

MAX_FAILED_LOGINS = 5
LOCKOUT = timedelta(minutes=15)
MIN_PASSWORD_LENGTH = 8


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def _password_ok(stored: str | None, password: str) -> bool:
    if not stored:
        return False
    try:
        return _hasher.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False


def actor_of(staff: Staff) -> Actor:
    return Actor(staff.key, staff.name, staff.role)


def sign_in(db: Database, key: str, password: str) -> Actor:
    """The account's actor when the password is right; NotAllowed (with why) otherwise.

    After MAX_FAILED_LOGINS wrong passwords in a row the account is locked for LOCKOUT.
    """
    now = datetime.now(UTC)
    failure: str | None = None
    with db.unit_of_work() as session:
        staff = session.scalar(select(Staff).where(Staff.key == key))
        if staff is None or not staff.password_hash:
            failure = "Unknown user or wrong password."
        elif not staff.active:
            failure = "This account is disabled."
        elif staff.locked_until is not None and staff.locked_until > now:
            failure = (
                "This account is locked after too many wrong passwords; "
                f"try again after {staff.locked_until.astimezone().strftime('%H:%M')}."
            )
        elif not _password_ok(staff.password_hash, password):
            staff.failed_logins += 1
            failure = "Unknown user or wrong password."
            if staff.failed_logins >= MAX_FAILED_LOGINS:
                staff.locked_until = now + LOCKOUT
                staff.failed_logins = 0
                audit.record(session, actor_of(staff), "account_locked")
            audit.record(session, actor_of(staff), "sign_in_failed")
        else:
            staff.failed_logins = 0
            staff.locked_until = None
            staff.last_login_at = now
            if _hasher.check_needs_rehash(staff.password_hash):
                staff.password_hash = hash_password(password)
            audit.record(session, actor_of(staff), "signed_in")
            return actor_of(staff)
    raise NotAllowed(failure)


def check_password_strength(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationFailed(
            Problem("password", f"must be at least {MIN_PASSWORD_LENGTH} characters")
        )


@dataclass(frozen=True)
class AccountRow:
    key: str
    name: str
    role: str
    email: str | None
    active: bool
    can_sign_in: bool
    locked: bool
    last_login_at: datetime | None


def add_user(
    session: Session,
    actor: Actor,
    key: str,
    name: str,
    role: str,
    password: str | None,
    email: str | None = None,
    *,
    check_strength: bool = True,
) -> Staff:
    actor.require(Can.MANAGE_ACCOUNTS)
    values, problems = validate("staff", {"key": key, "name": name, "role": role, "email": email})
    if session.scalar(select(Staff.id).where(Staff.key == key)) is not None:
        problems.append(Problem("key", f"an account '{key}' already exists"))
    if problems:
        raise ValidationFailed(problems)
    if password is not None and check_strength:
        check_password_strength(password)
    staff = Staff(**values, password_hash=hash_password(password) if password else None)
    session.add(staff)
    audit.record(session, actor, "account_added", detail=f"{key} ({role})")
    return staff


def create_first_admin(session: Session, key: str, name: str, password: str) -> Staff:
    return add_user(session, SYSTEM, key, name, "admin", password)


def list_users(session: Session, actor: Actor) -> list[AccountRow]:
    actor.require(Can.MANAGE_ACCOUNTS)
    now = datetime.now(UTC)
    return [
        AccountRow(
            s.key,
            s.name,
            s.role,
            s.email,
            s.active,
            bool(s.password_hash),
            s.locked_until is not None and s.locked_until > now,
            s.last_login_at,
        )
        for s in session.scalars(select(Staff).order_by(Staff.key))
    ]


def set_password(session: Session, actor: Actor, key: str, password: str) -> None:
    """Admins set anyone's password; everyone may set their own."""
    if actor.key != key:
        actor.require(Can.MANAGE_ACCOUNTS)
    check_password_strength(password)
    staff = references.staff(session, key)
    staff.password_hash = hash_password(password)
    staff.failed_logins = 0
    staff.locked_until = None
    audit.record(session, actor, "password_set", detail=key)


def set_active(session: Session, actor: Actor, key: str, active: bool) -> None:
    actor.require(Can.MANAGE_ACCOUNTS)
    if key == actor.key and not active:
        raise NotAllowed("You cannot disable your own account.")
    staff = references.staff(session, key)
    staff.active = active
    audit.record(session, actor, "account_enabled" if active else "account_disabled", detail=key)


def anyone_can_sign_in(db: Database) -> bool:
    with db.reader() as session:
        return (
            session.scalar(
                select(Staff.id)
                .where(Staff.password_hash.is_not(None), Staff.active.is_(True))
                .limit(1)
            )
            is not None
        )


def role_of(db: Database, key: str) -> str | None:
    with db.reader() as session:
        return session.scalar(select(Staff.role).where(Staff.key == key))


def staff_choices(session: Session) -> list[tuple[str, str]]:
    """(key, name) of active staff, for pickers."""
    rows = session.execute(
        select(Staff.key, Staff.name).where(Staff.active.is_(True)).order_by(Staff.name)
    )
    return [(k, n) for k, n in rows]
