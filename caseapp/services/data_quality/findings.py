"""What the data-quality check reports: one finding, and the result of a run with counts per
kind and the money at stake."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from caseapp.domain.formatting import half_up

# In the order a report lists them: first what changes money, then what blurs the figures.
KINDS: tuple[str, ...] = (
    "unverified_earning",
    "housing_overlap",
    "housing_gap",
    "activity_overlap",
    "no_consent",
    "exit_no_reason",
    "future_contact",
    "not_seen",
)


@dataclass(frozen=True)
class Finding:
    """One thing to look at. `record_kind` is a case-record kind or "participant".

    `start`/`end`: the period concerned (an overlap, a gap, a spell); `days` its length;
    `other_uuid` the other spell of an overlap; `code` the spell type or contact mode;
    `amount` the money verifying the spell would earn; `last_seen` the last contact's day.
    """

    kind: str
    participant: str
    record_kind: str
    record_uuid: str
    project: str | None = None
    start: date | None = None
    end: date | None = None
    days: int | None = None
    other_uuid: str | None = None
    code: str | None = None
    amount: Decimal | None = None
    last_seen: date | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            if isinstance(value, date):
                value = value.isoformat()
            elif isinstance(value, Decimal):
                value = float(half_up(value, 2))
            out[f.name] = value
        return out


@dataclass(frozen=True)
class CheckResult:
    as_of: date
    project: str | None
    findings: tuple[Finding, ...]

    def counts(self) -> dict[str, int]:
        """Findings per kind, every kind listed (0 when none)."""
        out = dict.fromkeys(KINDS, 0)
        for f in self.findings:
            out[f.kind] += 1
        return out

    def participants(self, kind: str) -> int:
        """How many different participants have a finding of this kind."""
        return len({f.participant for f in self.findings if f.kind == kind})

    def amount_at_stake(self) -> Decimal:
        return sum((f.amount or Decimal(0) for f in self.findings), Decimal(0))

    def to_json(self) -> dict[str, Any]:
        return {
            "as_of": self.as_of.isoformat(),
            "project": self.project,
            "counts": self.counts(),
            "amount_at_stake": float(half_up(self.amount_at_stake(), 2)),
            "findings": [f.to_json() for f in self.findings],
        }
