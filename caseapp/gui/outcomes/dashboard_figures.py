"""What the project dashboard shows, fetched through the services (no Qt here, so it runs in a
background thread and is tested without a window): first the figures, then the slower history
of the success count. Permission, the audit entry and the engine are the services' business.

The figures are `to_json_dict` of the same `outcome_figures.figures` call that
`caseapp outcomes --json` makes, so the screen and the command line cannot disagree.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from caseapp.outcomes import Contract, parse_contract, to_json_dict
from caseapp.outcomes.history import SuccessPoint
from caseapp.outcomes.weeks import parse_quarter, quarter_label
from caseapp.services import contracts, outcome_figures
from caseapp.services.actor import Actor
from caseapp.storage.database import Database


@dataclass(frozen=True)
class DashboardFigures:
    project: str
    project_name: str
    contract: Contract
    figures: dict[str, Any]

    def metric_name(self, metric_id: str) -> str:
        try:
            return self.contract.metric(metric_id).name
        except KeyError:
            return metric_id

    def quarters(self) -> list[str]:
        """Every quarter any metric was paid in, in time order."""
        found = {q["quarter"] for m in self.figures["metrics"] for q in m["by_quarter"]}
        return sorted(found)

    def quarter_range(self) -> list[str]:
        """Every quarter from the first paid one to the last, gaps included (a time axis)."""
        paid = self.quarters()
        if not paid:
            return []
        first, last = parse_quarter(paid[0]), parse_quarter(paid[-1])
        return [quarter_label(index) for index in range(first, last + 1)]

    def earned(self, metric_id: str, quarter: str) -> float:
        metric = next(m for m in self.figures["metrics"] if m["id"] == metric_id)
        return sum(q["amount"] for q in metric["by_quarter"] if q["quarter"] == quarter)


def load(db: Database, actor: Actor, project_key: str, as_of: date) -> DashboardFigures:
    """The project's figures as of a day (the service logs the viewing, as on the command line)."""
    with db.unit_of_work() as session:
        result = outcome_figures.figures(session, actor, project_key, as_of)
        state = contracts.current(session, actor, project_key)
    # The figures were just worked out from this very contract, so it parses.
    contract = parse_contract(state.contract or {})
    return DashboardFigures(project_key, state.project_name, contract, to_json_dict(result))


def load_successes(
    db: Database, actor: Actor, project_key: str, as_of: date
) -> tuple[SuccessPoint, ...]:
    """The success count at each quarter's end; slower than `load`, so it is fetched after it."""
    with db.reader() as session:
        return outcome_figures.success_history(session, actor, project_key, as_of)
