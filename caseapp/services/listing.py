"""The participant list for scripts: what the signed-in account may see, as plain values.

The same rows as the GUI's list (`caseload.participant_rows`, searched by `caseload_search` as
the search box does), with what a script needs besides: first and last name, and every project
of the account's the person is enrolled in.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseapp.services import audit, scope
from caseapp.services.actor import Actor
from caseapp.services.caseload import participant_rows
from caseapp.services.caseload_search import CaseloadIndex, ListFilter
from caseapp.storage.models import Enrolment, Participant, Project


@dataclass(frozen=True)
class Listed:
    key: str
    first_name: str | None
    last_name: str | None
    projects: tuple[str, ...]
    status: str | None
    key_worker: str | None
    housing_now: str | None
    activity_now: str | None
    last_contact: datetime | None


def listed(
    session: Session, actor: Actor, today: date, *, project: str | None = None, search: str = ""
) -> list[Listed]:
    """The account's participants (in `project` only, matching `search`), ordered by key."""
    if project is not None:
        scope.require_project(session, actor, project)
    rows = participant_rows(session, actor, today)
    index = CaseloadIndex(rows)
    chosen = [index.rows[i] for i in index.select(ListFilter(text=search), today)]
    me = scope.staff_id(session, actor)
    projects: dict[int, list[str]] = {}
    for pid, key in session.execute(
        select(Enrolment.participant_id, Project.key)
        .join(Project, Project.id == Enrolment.project_id)
        .where(scope.enrolment_condition(actor, me))
        .order_by(Project.key)
    ):
        projects.setdefault(pid, []).append(key)
    if project is not None:
        chosen = [r for r in chosen if project in projects.get(r.id, [])]
    names = {
        pid: (first, last, erased)
        for pid, first, last, erased in session.execute(
            select(
                Participant.id, Participant.first_name, Participant.last_name, Participant.erased_at
            ).where(Participant.id.in_(scope.visible_ids(actor, me)))
        )
    }
    out = []
    for r in chosen:
        first, last, erased = names.get(r.id, (None, None, None))
        out.append(
            Listed(
                key=r.key,
                first_name=None if erased else first,
                last_name=None if erased else last,
                projects=tuple(projects.get(r.id, ())),
                status=r.status,
                key_worker=r.key_worker,
                housing_now=r.housing,
                activity_now=r.activity,
                last_contact=r.last_contact,
            )
        )
    detail = " ".join(
        p for p in (f"project={project}" if project else "", "search" if search else "") if p
    )
    audit.record(session, actor, "listed_participants", detail=f"{len(out)} {detail}".strip())
    return out
