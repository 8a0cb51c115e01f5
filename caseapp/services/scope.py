"""Which participants an account may see (its scope)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseapp.services.actor import Actor, Can
from caseapp.storage.models import Participant


def visible_participant_ids(session: Session, actor: Actor) -> set[int]:
    """Everyone, for an account that may read case files (project grants are to narrow this)."""
    return set(session.scalars(select(Participant.id))) if actor.can(Can.READ_CASE) else set()
