"""A new referral: the person and their enrolment in a project, registered as one change.

Either both are written or neither, and every problem with either is reported at once.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from caseapp.domain.errors import Problem, ValidationFailed
from caseapp.domain.fields import validate
from caseapp.services import case_records, participants, scope
from caseapp.services.actor import Actor, Can
from caseapp.storage.models import Participant


def refer(
    session: Session, actor: Actor, person: Mapping[str, Any], enrolment: Mapping[str, Any]
) -> tuple[Participant, list[Problem]]:
    """Register a person with their first enrolment; returns them and any warnings (CPR)."""
    actor.require(Can.EDIT_CASE)
    _, problems = validate("enrolment", enrolment)
    project = enrolment.get("project")
    if project and project not in scope.project_keys(session, actor):
        # Checked before the person is written: a refused referral leaves nothing behind.
        problems.append(Problem("project", "{project} is not among your projects", project=project))
    try:
        created, warnings = participants.create(session, actor, person)
    except ValidationFailed as failed:
        raise ValidationFailed(failed.problems + problems) from None
    if problems:
        raise ValidationFailed(problems)
    case_records.add(session, actor, created.key, "enrolment", enrolment)
    return created, warnings
