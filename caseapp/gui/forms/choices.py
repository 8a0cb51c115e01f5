"""The lists a form's pickers offer (staff, projects), loaded once per form or file."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from caseapp.services import accounts, projects
from caseapp.services.actor import Actor


@dataclass
class FormChoices:
    """Staff as (key, name), projects as (key, text), both in display order."""

    staff: list[tuple[str, str]] = field(default_factory=list)
    projects: list[tuple[str, str]] = field(default_factory=list)

    def staff_names(self) -> dict[str, str]:
        return dict(self.staff)


def load_choices(session: Session, actor: Actor) -> FormChoices:
    return FormChoices(
        staff=accounts.staff_choices(session),
        projects=[(p.key, f"{p.key} – {p.name}") for p in projects.list_projects(session, actor)],
    )
