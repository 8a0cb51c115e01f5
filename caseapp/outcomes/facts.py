"""The plain facts the outcome engine reads: one participant's enrolment in a project and spells.

Callers (storage, the dataset loader, tests) build these; the engine never touches a database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class ActivitySpell:
    """A job or education spell; `end` None means still running, missing hours count as 0."""

    type: str
    start: date
    end: date | None = None
    hours_per_week: float | None = None
    verified: bool = False


@dataclass(frozen=True, slots=True)
class HousingSpell:
    """Where the person lived from `start` to `end` (None: still lives there)."""

    type: str
    start: date
    end: date | None = None


@dataclass(frozen=True, slots=True)
class Enrolment:
    """The participant's enrolment in the project the figures are computed for."""

    referred_on: date
    enrolled_on: date | None = None
    exited_on: date | None = None
    exit_reason: str | None = None


@dataclass(frozen=True, slots=True)
class ParticipantFacts:
    """One participant as the engine sees them.

    `enrolment` is the enrolment in the project being computed; `activities` and `housing` are all
    of the person's spells, whichever project recorded them (rule 3).
    """

    key: str
    enrolment: Enrolment
    activities: tuple[ActivitySpell, ...] = ()
    housing: tuple[HousingSpell, ...] = ()
