"""What the outcome ledger page fetches, through the services and without Qt, so it runs in a
background thread: the person's projects and metrics, and one metric's week-by-week ledger."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from caseapp.outcomes import Contract, Ledger, Metric
from caseapp.services import contracts, outcome_figures
from caseapp.services.actor import Actor
from caseapp.services.contracts import ContractChoice
from caseapp.storage.database import Database


@dataclass(frozen=True)
class LedgerAnswer:
    """One metric's ledger for one person, with the contract that explains it."""

    project_key: str
    as_of: date
    contract: Contract
    ledger: Ledger

    @property
    def metric(self) -> Metric:
        return self.contract.metric(self.ledger.metric)

    @property
    def currency(self) -> str:
        return self.contract.currency


def choices(db: Database, actor: Actor, participant_key: str) -> list[ContractChoice]:
    with db.reader() as session:
        return contracts.for_participant(session, actor, participant_key)


def load(
    db: Database,
    actor: Actor,
    choice: ContractChoice,
    participant_key: str,
    metric_id: str,
    as_of: date,
) -> LedgerAnswer:
    """The ledger as the service gives it (the viewing is audit-logged), with the contract read
    in the same transaction, so the explanation fits the figures even just after an edit."""
    with db.unit_of_work() as session:
        ledger = outcome_figures.ledger(
            session, actor, choice.project_key, participant_key, metric_id, as_of
        )
        now = contracts.for_participant(session, actor, participant_key)
    contract = next((c.contract for c in now if c.project_key == choice.project_key), None)
    return LedgerAnswer(choice.project_key, as_of, contract or choice.contract, ledger)
