"""The head of the audit chain as printed on a delivered report, so a later rewrite of the log
can be shown against the paper. One function, so what is printed can follow the chain's form."""

from __future__ import annotations

from sqlalchemy.orm import Session

from caseapp.services import audit


def chain_head(session: Session) -> str:
    """The stored head hash of the audit chain today."""
    return audit._head_hash(session)
