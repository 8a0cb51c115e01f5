"""Accounts: signing in, and the administration of staff accounts (admins only)."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from caseapp.domain.errors import Message, NotAllowed, Problem, ValidationFailed
from caseapp.domain.fields import validate
from caseapp.services import audit, references
from caseapp.services.actor import SYSTEM, Actor, Can
from caseapp.storage.database import Database
from caseapp.storage.models import AuditEntry, Staff

# Argon2id with the library's defaults (RFC 9106 low-memory profile).
_hasher = PasswordHasher()

MAX_FAILED_LOGINS = 5
LOCKOUT = timedelta(minutes=15)
MIN_PASSWORD_LENGTH = 8


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def _password_ok(stored: str | None, password: str) -> bool:
    try:
        return _hasher.verify(stored or _dummy_hash(), password) and bool(stored)
    except (VerificationError, InvalidHashError):
        return False


def actor_of(staff: Staff) -> Actor:
    return Actor(staff.key, staff.name, staff.role)


# One answer for every refusal: which accounts exist, are disabled or locked is nobody's business
# before they have signed in.
REFUSED = Message("Unknown user or wrong password, or the account is disabled or locked for now.")
# Guesses spread over many accounts (a few at each) are throttled too: after this many failures
# across all accounts within LOCKOUT, each further wrong password locks its account at once.
MAX_FAILURES_ACROSS_ACCOUNTS = 20
# Who a failed sign-in to an account that does not exist is logged as.
UNKNOWN_ACCOUNT = Actor("(unknown)", "unknown account", "none")

_dummy: tuple[PasswordHasher, str] | None = None


def _dummy_hash() -> str:
    """A hash to check a password against when the account has none, so that every refusal
    costs one Argon2 verification (the same time whether or not the account exists)."""
    global _dummy
    if _dummy is None or _dummy[0] is not _hasher:
        _dummy = (_hasher, _hasher.hash(secrets.token_hex(16)))
    return _dummy[1]


def sign_in(db: Database, key: str, password: str) -> Actor:
    """The account's actor when the password is right; NotAllowed(REFUSED) otherwise.

    After MAX_FAILED_LOGINS wrong passwords in a row the account is locked for LOCKOUT (at the
    first wrong one while many sign-ins fail across accounts). The bookkeeping is written with
    plain UPDATEs that leave the record's version alone, so sign-ins never collide with each
    other or with an administrator's edit.
    """
    now = datetime.now(UTC)
    with db.unit_of_work() as session:
        staff = session.scalar(select(Staff).where(Staff.key == key))
        # The password is checked whatever the account's state: the same cost every time.
        right = _password_ok(staff.password_hash if staff else None, password)
        if staff is None or not staff.password_hash:
            audit.record(session, UNKNOWN_ACCOUNT, "sign_in_failed")
        elif not staff.active or (staff.locked_until is not None and staff.locked_until > now):
            audit.record(session, actor_of(staff), "sign_in_refused")
        elif not right:
            _count_failure(session, staff, now)
        else:
            values: dict[str, object] = {
                "failed_logins": 0,
                "locked_until": None,
                "last_login_at": now,
            }
            if _hasher.check_needs_rehash(staff.password_hash):
                values["password_hash"] = hash_password(password)
            _bookkeep(session, staff, values)
            audit.record(session, actor_of(staff), "signed_in")
            return actor_of(staff)
    raise NotAllowed(REFUSED)


def _bookkeep(session: Session, staff: Staff, values: dict[str, object]) -> None:
    session.execute(
        update(Staff).where(Staff.id == staff.id).values(**values),
        execution_options={"synchronize_session": False},
    )


def _count_failure(session: Session, staff: Staff, now: datetime) -> None:
    _bookkeep(session, staff, {"failed_logins": Staff.failed_logins + 1})
    failures = session.scalar(select(Staff.failed_logins).where(Staff.id == staff.id)) or 0
    if failures >= MAX_FAILED_LOGINS or _many_recent_failures(session, now):
        _bookkeep(session, staff, {"locked_until": now + LOCKOUT, "failed_logins": 0})
        audit.record(session, actor_of(staff), "account_locked")
    audit.record(session, actor_of(staff), "sign_in_failed")


def _many_recent_failures(session: Session, now: datetime) -> bool:
    recent = session.scalar(
        select(func.count(AuditEntry.id)).where(
            AuditEntry.action == "sign_in_failed", AuditEntry.at >= now - LOCKOUT
        )
    )
    return (recent or 0) >= MAX_FAILURES_ACROSS_ACCOUNTS


def check_password_strength(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationFailed(
            Problem(
                "password",
                "must be at least {min_password_length} characters",
                min_password_length=MIN_PASSWORD_LENGTH,
            )
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
        problems.append(Problem("key", "an account '{key}' already exists", key=key))
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
