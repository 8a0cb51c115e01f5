"""Noticing that someone else changed the data: a cheap look at the audit log's newest entries.

Every change goes through a service that writes the audit log in the same transaction, so the
entries after the last one seen name exactly whose data changed since.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from caseapp.storage.models import AuditEntry

# Actions that only read or sign in; they change nothing a screen shows.
_READ_ONLY_PREFIXES = (
    "viewed",
    "signed_in",
    "sign_in_failed",
    "account_locked",
    "export",
    "report",
    "insight",
    "audit",
    "backup",
)
_BATCH = 2000


def changes_data(action: str) -> bool:
    """Whether an audit action records a change (rather than a look, a sign-in, an export)."""
    return not action.startswith(_READ_ONLY_PREFIXES)


@dataclass(frozen=True)
class Changes:
    """What changed after the entry `since`: participants by key, and whether anything else did."""

    last_id: int
    participants: frozenset[str]
    other: bool

    @property
    def any(self) -> bool:
        return bool(self.participants) or self.other


def last_mark(session: Session) -> int:
    """The id of the newest audit entry (0 in an empty log): the mark to watch from."""
    return session.scalar(select(func.max(AuditEntry.id))) or 0


def changes_since(session: Session, since: int) -> Changes:
    """Who was changed after audit entry `since`; a flood (an import) counts as 'everything'."""
    rows = session.execute(
        select(AuditEntry.id, AuditEntry.action, AuditEntry.participant_key)
        .where(AuditEntry.id > since)
        .order_by(AuditEntry.id)
        .limit(_BATCH + 1)
    ).all()
    if not rows:
        return Changes(since, frozenset(), False)
    if len(rows) > _BATCH:
        return Changes(last_mark(session), frozenset(), True)
    keys: set[str] = set()
    other = False
    for _, action, key in rows:
        if not changes_data(action):
            continue
        if key:
            keys.add(key)
        else:
            other = True
    return Changes(rows[-1][0], frozenset(keys), other)
