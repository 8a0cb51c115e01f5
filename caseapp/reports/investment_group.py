"""Projects financed as one investment (their contracts name it alike, `investment_name`),
reported together: what was invested and earned in all, and the people counted and the
successes against the targets of all of them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseapp.domain.errors import NotFound, ValidationFailed
from caseapp.outcomes import compute
from caseapp.services import outcome_figures, scope
from caseapp.services.actor import Actor
from caseapp.storage.models import Project


@dataclass(frozen=True)
class Member:
    key: str
    name: str
    investment: Decimal | None
    earned: Decimal
    counted: int
    succeeded: int
    target: int


@dataclass(frozen=True)
class InvestmentGroup:
    name: str
    members: tuple[Member, ...]

    @property
    def investment(self) -> Decimal | None:
        amounts = [m.investment for m in self.members]
        if any(a is None for a in amounts):
            return None
        return sum((a for a in amounts if a is not None), Decimal(0))

    @property
    def earned(self) -> Decimal:
        return sum((m.earned for m in self.members), Decimal(0))

    @property
    def counted(self) -> int:
        return sum(m.counted for m in self.members)

    @property
    def succeeded(self) -> int:
        return sum(m.succeeded for m in self.members)

    @property
    def target(self) -> int:
        return sum(m.target for m in self.members)


def investment_group(
    session: Session, actor: Actor, name: str | None, as_of: date
) -> InvestmentGroup | None:
    """The projects whose contracts name the investment `name`, with their figures as of the
    day; None without a name, when only one project names it, or when one of them is not
    among the account's projects (a partial whole would mislead)."""
    if not name:
        return None
    mine = set(scope.project_keys(session, actor))
    members = []
    for project in session.scalars(select(Project).order_by(Project.key)):
        if not project.contract or project.contract.get("investment_name") != name:
            continue
        if project.key not in mine:
            return None
        try:
            facts = outcome_figures.load_facts(session, project.key)
        except (NotFound, ValidationFailed):
            continue
        f = compute(facts.contract, facts.participants, as_of, project.key)
        members.append(
            Member(
                project.key,
                project.name,
                facts.contract.investment,
                f.total_amount,
                f.participants.counted,
                f.success.succeeded,
                f.success.target_count,
            )
        )
    return InvestmentGroup(name, tuple(members)) if len(members) > 1 else None
