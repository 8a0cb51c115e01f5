"""What the council report says, before any layout or language: figures, suppressed tables of
person counts, chart series and the method's fingerprint.

The PDF, the GUI's preview and the tests all read this one model; every figure about people is
printed through `disclosure` (by key), so no renderer can print a small number by mistake.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from caseapp.outcomes import Contract, OutcomeResult
from caseapp.reports.council_disclosure import PaymentPeriods
from caseapp.reports.disclosure import Disclosure
from caseapp.reports.forecast import Forecast, Investor
from caseapp.reports.forecast_marking import is_forecast
from caseapp.reports.investment_group import InvestmentGroup
from caseapp.reports.plan import CurvePoint, PlanPeriod
from caseapp.reports.project_queries import ContactVolume
from caseapp.reports.restatement import Restatement
from caseapp.reports.success_by_months import Cohort

# A row code's label comes from `caseapp.domain.labels` for these groups, else from `wording`.
WORDING = "wording"


@dataclass(frozen=True)
class PeopleTable:
    """Person counts by code. `group` names where the row labels come from; a None code is
    "not recorded". `columns` are wording keys of the column headings; `keys[i][j]` is the
    disclosure key of row i, column j, and `totals[j]` that of column j's total."""

    group: str
    codes: tuple[str | None, ...]
    columns: tuple[str, ...]
    keys: tuple[tuple[str, ...], ...]
    totals: tuple[str, ...]


@dataclass(frozen=True)
class ActivityRow:
    """One activity type; its counts and weeks are in the disclosure under the code's keys.
    `avg_hours_now` only where five or more are in it now and that count is shown."""

    code: str
    avg_hours_now: float | None


@dataclass(frozen=True)
class QualityRow:
    """Findings of one kind (count in the disclosure); the money they hold back."""

    kind: str
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
    forecast: Forecast
    investor: Investor
    curve: tuple[CurvePoint, ...]
    exit_reasons: PeopleTable
    referral_sources: PeopleTable
    not_enrolled: PeopleTable
    housing: PeopleTable
    activities: tuple[ActivityRow, ...]
    supports: tuple[str, ...]
    contacts: ContactVolume
    quality: tuple[QualityRow, ...]
    quality_at_stake: Decimal
    fingerprint: str
    disclosure: Disclosure
    # The quarters of the payments tables, joined into periods (`disclosure_periods`).
    periods: PaymentPeriods
    # The head of the audit chain when the report was made, printed beside the fingerprint.
    audit_head: str
    restatement: Restatement | None
    cohorts: tuple[Cohort, ...]
    investment_group: InvestmentGroup | None = None

    @property
    def is_forecast(self) -> bool:
        """Made for a day after the day it was made: open spells counted as running until then,
        so every page says it is a forecast."""
        return is_forecast(self.as_of, self.produced_at.date())

    @property
    def metric_names(self) -> dict[str, str]:
        return {m.id: m.name for m in self.contract.metrics}
