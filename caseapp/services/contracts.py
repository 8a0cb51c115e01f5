"""A project's contract as its editor sees it: the full check of an edit, saving, and the history
of revisions (who, when, why, and what changed) that keeps past reports explainable."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseapp.domain.errors import NotFound, Problem
from caseapp.outcomes import Contract, contract_problems, parse_contract
from caseapp.schema.dataset_schema import schema_problems
from caseapp.schema.paths import join_path
from caseapp.services import projects, scope
from caseapp.services.actor import Actor, Can
from caseapp.storage.models import ContractRevision, Enrolment, Project, Staff

# Where the contract sits in the one-project document the schema check is run on.
_PREFIX = "projects[0].contract"
_GONE = object()


@dataclass(frozen=True)
class ContractState:
    """What the editor opens: the current contract and the version a save must name."""

    project_key: str
    project_name: str
    version: int
    contract: dict[str, Any] | None
    revision: int | None


@dataclass(frozen=True)
class RevisionInfo:
    revision: int
    changed_at: datetime
    changed_by: str | None
    changed_by_name: str | None
    comment: str


@dataclass(frozen=True)
class Change:
    """One value that differs between two contracts; None on a side means absent there."""

    path: str
    before: Any
    after: Any


@dataclass(frozen=True)
class ContractChoice:
    """A project a participant is enrolled in, and its (usable) contract."""

    project_key: str
    project_name: str
    contract: Contract

    @property
    def metrics(self) -> tuple[tuple[str, str], ...]:
        """(id, name) of each metric, in the contract's order."""
        return tuple((m.id, m.name) for m in self.contract.metrics)


def problems(contract: object) -> list[Problem]:
    """Every problem of a contract under the dataset schema and the v1 rules, paths relative to
    the contract (`metrics[1].tariffs`); each place is named once, the rules' wording first."""
    found = [Problem(where, message) for where, message in contract_problems(contract)]
    places = {p.where for p in found}
    doc = {
        "format": "caseapp-dataset",
        "version": 1,
        "projects": [{"key": "X", "name": "X", "contract": contract}],
    }
    for p in schema_problems(doc):
        where = p.where.removeprefix(_PREFIX).removeprefix(".")
        if not any(_related(where, place) for place in places):
            found.append(Problem(where, p.text))
            places.add(where)
    return found


def _related(a: str, b: str) -> bool:
    """Whether one path lies inside the other (or they are the same)."""
    shorter, longer = sorted((a, b), key=len)
    return longer == shorter or longer.startswith((shorter + ".", shorter + "["))


def _readable(session: Session, actor: Actor, project_key: str) -> Project:
    actor.require(Can.VIEW_FIGURES)
    return scope.require_project(session, actor, project_key)


def current(session: Session, actor: Actor, project_key: str) -> ContractState:
    project = _readable(session, actor, project_key)
    latest = project.revisions[-1].revision if project.revisions else None
    return ContractState(project.key, project.name, project.version, project.contract, latest)


def save(
    session: Session,
    actor: Actor,
    project_key: str,
    expected_version: int,
    contract: dict[str, Any],
    comment: str,
) -> ContractState:
    """Check and store a new contract as the next revision; refused whole when anything is wrong."""
    actor.require(Can.EDIT_CONTRACT)
    scope.require_project(session, actor, project_key)
    found = problems(contract)
    projects.set_contract(
        session, actor, project_key, expected_version, contract, comment.strip(), found
    )
    return current(session, actor, project_key)


def history(session: Session, actor: Actor, project_key: str) -> list[RevisionInfo]:
    """Every revision of the project's contract, newest first."""
    project = _readable(session, actor, project_key)
    rows = session.execute(
        select(
            ContractRevision.revision,
            ContractRevision.changed_at,
            ContractRevision.changed_by,
            Staff.name,
            ContractRevision.comment,
        )
        .outerjoin(Staff, Staff.key == ContractRevision.changed_by)
        .where(ContractRevision.project_id == project.id)
        .order_by(ContractRevision.revision.desc())
    ).all()
    return [RevisionInfo(n, at, by, name, comment or "") for n, at, by, name, comment in rows]


def revision(
    session: Session, actor: Actor, project_key: str, number: int
) -> dict[str, Any] | None:
    """The contract as it was saved in revision `number` (None when that revision cleared it)."""
    project = _readable(session, actor, project_key)
    row = session.scalar(
        select(ContractRevision).where(
            ContractRevision.project_id == project.id, ContractRevision.revision == number
        )
    )
    if row is None:
        raise NotFound(
            "Project '{project_key}' has no contract revision {number}.",
            project_key=project_key,
            number=number,
        )
    return row.contract


def changes(before: object, after: object) -> list[Change]:
    """The values that differ between two contracts, in document order of `after` (then the
    removed ones). Metrics are matched by position, as the contract lists them."""
    old, new = _leaves(before), _leaves(after)
    out = [
        Change(path, old.get(path), value)
        for path, value in new.items()
        if old.get(path, _GONE) != value
    ]
    out += [Change(path, value, None) for path, value in old.items() if path not in new]
    return out


def _leaves(value: object, path: tuple[str | int, ...] = ()) -> dict[str, Any]:
    """Flatten a JSON value to {path: leaf}; lists of codes stay one leaf, read as a set."""
    if isinstance(value, Mapping):
        out: dict[str, Any] = {}
        for key, item in value.items():
            out |= _leaves(item, (*path, str(key)))
        return out
    if isinstance(value, list) and any(isinstance(v, Mapping | list) for v in value):
        out = {}
        for i, item in enumerate(value):
            out |= _leaves(item, (*path, i))
        return out
    if isinstance(value, list):
        value = sorted(value, key=json.dumps)
    return {join_path(path): value} if path else {}


def for_participant(session: Session, actor: Actor, participant_key: str) -> list[ContractChoice]:
    """The projects the participant is enrolled in whose contract is usable, with their metrics."""
    actor.require(Can.READ_CASE)
    person = scope.require_participant(session, actor, participant_key)
    rows = session.execute(
        select(Project.key, Project.name, Project.contract)
        .join(Enrolment, Enrolment.project_id == Project.id)
        .where(Enrolment.participant_id == person.id)
        .where(Project.key.in_(scope.project_keys(session, actor)))
        .order_by(Project.key)
    ).all()
    choices = []
    for key, name, raw in rows:
        if not raw or contract_problems(raw):
            continue
        choices.append(ContractChoice(key, name, parse_contract(raw)))
    return choices
