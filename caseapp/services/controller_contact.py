"""Who is responsible for the data (the data controller) and how to reach them: one text
setting, printed in every insight document. Administrators set it; each change is logged."""

from __future__ import annotations

from sqlalchemy.orm import Session

from caseapp.domain.errors import Problem, ValidationFailed
from caseapp.services import audit
from caseapp.services.actor import Actor, Can
from caseapp.storage.models import Setting

KEY = "controller_contact"
MAX_LENGTH = 500


def get(session: Session) -> str | None:
    row = session.get(Setting, KEY)
    return row.value if row is not None and row.value.strip() else None


def set_contact(session: Session, actor: Actor, text: str) -> str:
    """Set the controller's name and contact details (address, e-mail, phone)."""
    actor.require(Can.MANAGE_ACCOUNTS)
    value = " ".join(text.split())
    if not value:
        raise ValidationFailed(Problem(KEY, "give the controller's name and how to reach them"))
    if len(value) > MAX_LENGTH:
        raise ValidationFailed(
            Problem(KEY, "must be at most {max_length} characters", max_length=MAX_LENGTH)
        )
    row = session.get(Setting, KEY)
    if row is None:
        session.add(Setting(key=KEY, value=value))
    else:
        row.value = value
    session.flush()
    audit.record(session, actor, "changed_setting", detail=KEY)
    return value
