"""Errors that services raise and every front end (GUI, command line) knows how to show."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from caseapp.domain.cpr import mask_all


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input: where it is (a field or a dataset path) and what is wrong."""

    where: str
    message: str

    def __post_init__(self) -> None:
        # A CPR number typed where a key or a value belongs must never be repeated back.
        object.__setattr__(self, "where", mask_all(self.where))
        object.__setattr__(self, "message", mask_all(self.message))

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message


class CaseappError(Exception):
    """Base of the errors a user is meant to read; anything shaped like a CPR number in the
    message is masked, whatever a service put in it (a key typed by a user, say)."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*(mask_all(a) if isinstance(a, str) else a for a in args))


class ValidationFailed(CaseappError):
    """Input was refused; nothing was written. Carries every problem found, not only the first."""

    def __init__(self, problems: list[Problem] | Problem, warnings: list[Problem] | None = None):
        self.problems = [problems] if isinstance(problems, Problem) else list(problems)
        self.warnings = list(warnings or [])
        super().__init__("; ".join(str(p) for p in self.problems))


class NotAllowed(CaseappError):
    """The acting account may not do this (wrong password, disabled, or missing permission)."""


class NotFound(CaseappError):
    """A record named by key or id does not exist."""


class StaleEdit(CaseappError):
    """The record was changed by someone else since it was read; the edit was not saved."""


class DatabaseUnusable(CaseappError):
    """The database cannot be used: newer than the program, locked, damaged or missing."""


class ConnectionLost(DatabaseUnusable):
    """The connection to the database server broke; the unfinished transaction wrote nothing."""
