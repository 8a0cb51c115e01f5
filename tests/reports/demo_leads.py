"""A team lead of the demo who holds a given project, for the tests that read its reports."""

from __future__ import annotations

from sqlalchemy import select

from caseapp.services.actor import Actor
from caseapp.storage.database import Database
from caseapp.storage.models import Project, ProjectGrant, Staff
from tests.reports.conftest import LEAD


def lead_of(db: Database, project: str) -> Actor:
    """A team lead of the demo with access to the project."""
    with db.reader() as session:
        key, name = session.execute(
            select(Staff.key, Staff.name)
            .join(ProjectGrant, ProjectGrant.staff_id == Staff.id)
            .join(Project, Project.id == ProjectGrant.project_id)
            .where(Project.key == project, Staff.role == "team_lead")
            .order_by(Staff.key)
        ).first() or (LEAD.key, LEAD.name)
    return Actor(key, name, "team_lead")
