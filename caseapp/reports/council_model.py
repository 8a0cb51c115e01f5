"""What the council report says, before any layout or language: figures, suppressed tables of
person counts, chart series and the method's fingerprint.

The PDF, the GUI's preview and the tests all read this one model; person counts in breakdown
tables are already suppressed here, so no renderer can print a small number by mistake.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from caseapp.outcomes import Contract, OutcomeResult
from caseapp.reports.plan import CurvePoint, PlanPeriod, Verdict
from caseapp.reports.project_queries import ContactVolume
from caseapp.reports.suppression import CountTable

# A row code's label comes from `caseapp.domain.labels` for these groups, else from `wording`.
WORDING = "wording"


@dataclass(frozen=True)
class PeopleTable:
    """Person counts by code, suppressed. `group` names where the row labels come from; a None
    code is "not recorded". `columns` are wording keys of the column headings."""

    group: str
    codes: tuple[str | None, ...]
    columns: tuple[str, ...]
    counts: CountTable


@dataclass(frozen=True)
class ActivityRow:
    """One activity type: person counts suppressed (None), weeks exact, hours only for 5+."""

    code: str
    ever: int | None
    now: int | None
    weeks: int
    avg_hours_now: float | None


@dataclass(frozen=True)
class SupportRow:
    code: str
    ever: int | None
    now: int | None
    hours: float


@dataclass(frozen=True)
class QualityRow:
    """Findings of one kind; the count is suppressed like a person count, money is exact."""

    kind: str
    count: int | None
    amount: Decimal | None


@dataclass(frozen=True)
class CouncilReport:
    project_key: str
    project_name: str
    municipality: str | None
    project_start: date | None
    project_end: date | None
    as_of: date
    produced_by: str
    produced_role: str
    produced_at: datetime
    program_version: str
    contract: Contract
    figures: OutcomeResult
    figures_json: dict[str, Any]
    period: PlanPeriod
    verdict: Verdict
    curve: tuple[CurvePoint, ...]
    exit_reasons: PeopleTable
    referral_sources: PeopleTable
    housing: PeopleTable
    shelter_nights: int
    activities: tuple[ActivityRow, ...]
    supports: tuple[SupportRow, ...]
    contacts: ContactVolume
    quality: tuple[QualityRow, ...]
    quality_at_stake: Decimal
    fingerprint: str

    @property
    def metric_names(self) -> dict[str, str]:
        return {m.id: m.name for m in self.contract.metrics}
