"""Projects and their contracts; every contract change is kept as a revision."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from caseapp.domain.errors import Problem, StaleEdit, ValidationFailed
from caseapp.domain.fields import validate
from caseapp.services import access, audit, scope
from caseapp.services.actor import Actor, Can
from caseapp.storage.models import ContractRevision, Project


def create(
    session: Session, actor: Actor, raw: Mapping[str, Any], contract: dict[str, Any] | None = None
) -> Project:
    actor.require(Can.EDIT_CONTRACT)
    values, problems = validate("project", raw)
    if session.scalar(select(Project.id).where(Project.key == values["key"])) is not None:
        problems.append(Problem("key", "a project '{key}' already exists", key=values["key"]))
    if problems:
        raise ValidationFailed(problems)
    project = Project(**values, contract=contract)
    session.add(project)
    session.flush()
    access.grant_on_create(session, actor, project)
    add_revision(session, project, contract, actor.key, "created")
    audit.record(session, actor, "added_project", detail=project.key)
    return project


def add_revision(
    session: Session, project: Project, contract: dict[str, Any] | None, by: str, comment: str
) -> None:
    last = session.scalar(
        select(func.max(ContractRevision.revision)).where(ContractRevision.project_id == project.id)
    )
    session.add(
        ContractRevision(
            project_id=project.id,
            revision=(last or 0) + 1,
            contract=contract,
            changed_by=by,
            comment=comment,
        )
    )


def set_contract(
    session: Session,
    actor: Actor,
    project_key: str,
    expected_version: int,
    contract: dict[str, Any],
    comment: str = "",
    problems: list[Problem] | None = None,
) -> Project:
    """Replace a project's contract; `problems` are those a caller's contract check found."""
    actor.require(Can.EDIT_CONTRACT)
    project = scope.require_project(session, actor, project_key)
    if problems:
        raise ValidationFailed(problems)
    if project.version != expected_version:
        raise StaleEdit("Someone else changed this contract after you opened it; not saved.")
    project.contract = contract
    session.flush()
    add_revision(session, project, contract, actor.key, comment)
    audit.record(session, actor, "edited_contract", detail=project_key)
    return project


def list_projects(session: Session, actor: Actor) -> list[Project]:
    """The account's projects (an administrator's: every project, for account administration)."""
    if actor.can(Can.MANAGE_ACCOUNTS):
        return list(session.scalars(select(Project).order_by(Project.key)))
    return scope.visible_projects(session, actor)
