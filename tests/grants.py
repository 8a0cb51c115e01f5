"""Test set-up: give every account but the administrators every project, as a small team has."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseapp.storage.models import Project, ProjectGrant, Staff


def grant_every_project(session: Session) -> None:
    held = {
        (s, p) for s, p in session.execute(select(ProjectGrant.staff_id, ProjectGrant.project_id))
    }
    staff = session.scalars(select(Staff.id).where(Staff.role != "admin")).all()
    for project in session.scalars(select(Project.id)).all():
        for member in staff:
            if (member, project) not in held:
                session.add(ProjectGrant(staff_id=member, project_id=project, granted_by="test"))
    session.flush()
