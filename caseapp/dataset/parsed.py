"""A dataset document after its checks: parsed Python values, ready to be written."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from caseapp.domain.errors import Problem


@dataclass
class ParsedParticipant:
    values: dict[str, Any]
    # List name of the dataset format ("contacts", "housing", ...) -> each record's parsed values.
    lists: dict[str, list[dict[str, Any]]]


@dataclass
class CheckedDocument:
    """Every problem and warning of a document, and (when there are no problems) its values."""

    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    staff: list[dict[str, Any]] = field(default_factory=list)
    # Each project's parsed fields, with its contract (as in the file) under "contract".
    projects: list[dict[str, Any]] = field(default_factory=list)
    participants: list[ParsedParticipant] = field(default_factory=list)
    pseudonymised: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems
