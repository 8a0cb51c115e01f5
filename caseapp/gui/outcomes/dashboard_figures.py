"""What the project dashboard shows, fetched through the services (no Qt here, so it runs in a
background thread and is tested without a window): first the figures, then the slower history
of the success count.

The figures are `to_json_dict` of the same `outcome_figures.figures` call that
`caseapp outcomes --json` makes, so the screen and the command line cannot disagree.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from caseapp.outcomes import Contract, compute, parse_contract, to_json_dict
from caseapp.services import audit, contracts, outcome_figures
from caseapp.services.actor import Actor
from caseapp.storage.database import Database


@dataclass(frozen=True)
class QuarterPoint:
    """The success count as it stood at a quarter's end (or the as-of day, for the last)."""

    quarter: str
    day: date
    succeeded: int


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
        first, last = (int(q[:4]) * 4 + int(q[-1]) - 1 for q in (paid[0], paid[-1]))
        return [f"{i // 4}Q{i % 4 + 1}" for i in range(first, last + 1)]

    def earned(self, metric_id: str, quarter: str) -> float:
        metric = next(m for m in self.figures["metrics"] if m["id"] == metric_id)
        return sum(q["amount"] for q in metric["by_quarter"] if q["quarter"] == quarter)


def load(db: Database, actor: Actor, project_key: str, as_of: date) -> DashboardFigures:
    """The project's figures as of a day (the viewing is audit-logged, as on the command line)."""
    with db.unit_of_work() as session:
        result = outcome_figures.figures(session, actor, project_key, as_of)
        audit.record(session, actor, "viewed_figures", detail=f"{project_key} {as_of}")
        state = contracts.current(session, actor, project_key)
    # The figures were just worked out from this very contract, so it parses.
    contract = parse_contract(state.contract or {})
    return DashboardFigures(project_key, state.project_name, contract, to_json_dict(result))


def load_successes(
    db: Database, actor: Actor, project_key: str, as_of: date
) -> tuple[QuarterPoint, ...]:
    """The success count at each quarter's end; slower than `load`, so it is fetched after it."""
    with db.reader() as session:
        facts = outcome_figures.project_facts(session, actor, project_key)
    return success_history(facts, as_of)


def quarter_ends(first: date, last: date) -> list[tuple[str, date]]:
    """(label, day) for each quarter from `first`'s to `last`'s: its last day, or `last`."""
    out = []
    year, quarter = first.year, (first.month - 1) // 3
    while (year, quarter) <= (last.year, (last.month - 1) // 3):
        next_start = date(year + quarter // 3, (quarter + 1) % 4 * 3 + 1, 1)
        end = min(next_start - timedelta(days=1), last)
        out.append((f"{year}Q{quarter + 1}", end))
        year, quarter = (year + 1, 0) if quarter == 3 else (year, quarter + 1)
    return out


def success_history(facts: outcome_figures.ProjectFacts, as_of: date) -> tuple[QuarterPoint, ...]:
    """The success count (rule 12) as of each quarter's end since the first enrolment.

    Only the success metric is worked out, which keeps this quick on large projects.
    """
    enrolled = [
        p.enrolment.enrolled_on
        for p in facts.participants
        if p.enrolment.enrolled_on is not None and p.enrolment.enrolled_on <= as_of
    ]
    if not enrolled:
        return ()
    contract = facts.contract
    lean = dataclasses.replace(contract, metrics=(contract.success_metric,))
    return tuple(
        QuarterPoint(
            label, day, compute(lean, facts.participants, day, facts.project_key).success.succeeded
        )
        for label, day in quarter_ends(min(enrolled), as_of)
    )
