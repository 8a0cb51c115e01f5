"""The outcome engine: pure functions from a contract and participants' spells to the figures.

No database, no Qt, no files: callers hand in plain facts and get plain results back.
"""

from caseapp.outcomes.contract import (
    ActivitySustainedMetric,
    Contract,
    HousingSustainedMetric,
    Metric,
    SuccessRule,
    WeeklyActivityMetric,
    contract_problems,
    contract_to_dict,
    parse_contract,
)
from caseapp.outcomes.engine import compute
from caseapp.outcomes.facts import ActivitySpell, Enrolment, HousingSpell, ParticipantFacts
from caseapp.outcomes.ledger import Ledger, LedgerNote, LedgerRow, Milestone, participant_ledger
from caseapp.outcomes.result import (
    HousingFigures,
    MetricResult,
    OneOffQuarter,
    OutcomeResult,
    ParticipantCounts,
    SuccessFigures,
    SustainedParticipant,
    SustainedResult,
    WeeklyParticipant,
    WeeklyQuarter,
    WeeklyResult,
    to_json_dict,
)

__all__ = [
    "ActivitySpell",
    "ActivitySustainedMetric",
    "Contract",
    "Enrolment",
    "HousingFigures",
    "HousingSpell",
    "HousingSustainedMetric",
    "Ledger",
    "LedgerNote",
    "LedgerRow",
    "Metric",
    "MetricResult",
    "Milestone",
    "OneOffQuarter",
    "OutcomeResult",
    "ParticipantCounts",
    "ParticipantFacts",
    "SuccessFigures",
    "SuccessRule",
    "SustainedParticipant",
    "SustainedResult",
    "WeeklyActivityMetric",
    "WeeklyParticipant",
    "WeeklyQuarter",
    "WeeklyResult",
    "compute",
    "contract_problems",
    "contract_to_dict",
    "parse_contract",
    "participant_ledger",
    "to_json_dict",
]
