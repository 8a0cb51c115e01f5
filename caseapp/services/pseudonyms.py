"""Stable pseudonyms for participants: the same person gets the same one in every export.

A pseudonym is an HMAC-SHA256 of the participant's UUID under a secret kept in the database
(Setting `pseudonym_secret`, made on first use). Without the secret nobody can go from a
pseudonym back to the person, not even with the list of UUIDs.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from caseapp.storage.database import Database
from caseapp.storage.models import Participant, Setting

SECRET_KEY = "pseudonym_secret"
PREFIX = "X-"
LENGTH = 10
# Used only for the rare pseudonyms that would clash at LENGTH hex digits.
LONG_LENGTH = 20


def secret(db: Database) -> bytes:
    """The database's pseudonym secret, made (in its own transaction) the first time."""
    with db.reader() as session:
        found = _stored(session)
    if found is not None:
        return found
    try:
        with db.unit_of_work() as session:
            found = _stored(session)
            if found is None:
                session.add(Setting(key=SECRET_KEY, value=secrets.token_hex(32)))
                session.flush()
                found = _stored(session)
    except IntegrityError:
        pass  # another export made it at the same moment; use theirs
    with db.reader() as session:
        found = _stored(session)
    assert found is not None
    return found


def secret_in(session: Session) -> bytes:
    """The pseudonym secret, made in the caller's transaction when there is none yet."""
    found = _stored(session)
    if found is not None:
        return found
    try:
        with session.begin_nested():
            session.add(Setting(key=SECRET_KEY, value=secrets.token_hex(32)))
    except IntegrityError:
        pass  # another session made it at the same moment; use theirs
    found = _stored(session)
    assert found is not None
    return found


def for_keys(session: Session, keys: Iterable[str]) -> dict[str, str]:
    """Participant key -> pseudonym, the same one the pseudonymised export gives them."""
    wanted = set(keys)
    rows = session.execute(
        select(Participant.key, Participant.uuid).where(Participant.key.in_(wanted))
    ).all()
    by_uuid = pseudonyms(secret_in(session), [u for _, u in rows])
    return {key: by_uuid[u] for key, u in rows}


def _stored(session: Session) -> bytes | None:
    row = session.get(Setting, SECRET_KEY)
    return None if row is None else bytes.fromhex(row.value)


def _digest(key: bytes, participant_uuid: str) -> str:
    return hmac.new(key, participant_uuid.encode("ascii"), hashlib.sha256).hexdigest()


def pseudonyms(key: bytes, participant_uuids: Iterable[str]) -> dict[str, str]:
    """UUID -> pseudonym (`X-` and 10 hex digits) for each participant."""
    digests = {u: _digest(key, u) for u in participant_uuids}
    short: dict[str, list[str]] = {}
    for u, digest in digests.items():
        short.setdefault(digest[:LENGTH], []).append(u)
    out = {}
    for prefix, owners in short.items():
        for u in owners:
            length = LENGTH if len(owners) == 1 else LONG_LENGTH
            out[u] = PREFIX + (prefix if length == LENGTH else digests[u][:length])
    return out
