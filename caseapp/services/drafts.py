"""Drafts: what an account was typing and has not saved, kept in the database until it is.

A draft belongs to one account and is never shown to another; it names the person it is about,
so erasing that person removes it. Keeping a draft is not a change to anyone's case and is not
audit-logged (it would log every pause in typing); saving the form is.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from caseapp.services.actor import Actor, Can
from caseapp.storage.base import utcnow
from caseapp.storage.models import Draft


def keep(
    session: Session,
    actor: Actor,
    name: str,
    data: dict[str, Any],
    participant_key: str | None = None,
) -> None:
    """Write (or replace) the account's draft `name`."""
    actor.require(Can.EDIT_CASE)
    text = json.dumps(data, ensure_ascii=False)
    row = session.scalar(select(Draft).where(Draft.account == actor.key, Draft.name == name))
    if row is None:
        session.add(Draft(account=actor.key, name=name, participant_key=participant_key, data=text))
    else:
        row.data, row.participant_key, row.kept_at = text, participant_key, utcnow()
    session.flush()


def discard(session: Session, actor: Actor, name: str) -> None:
    """Remove the account's draft `name`, if there is one."""
    actor.require(Can.EDIT_CASE)
    session.execute(delete(Draft).where(Draft.account == actor.key, Draft.name == name))


def all_of(session: Session, actor: Actor) -> dict[str, dict[str, Any]]:
    """The account's drafts by name (unreadable ones are left out, never shown half)."""
    actor.require(Can.EDIT_CASE)
    found: dict[str, dict[str, Any]] = {}
    for name, text in session.execute(
        select(Draft.name, Draft.data).where(Draft.account == actor.key)
    ):
        try:
            data = json.loads(text)
        except ValueError:
            continue
        if isinstance(data, dict):
            found[name] = data
    return found
