"""Counted participants reduced to day ordinals once, so each metric works on plain integers."""

from __future__ import annotations

from typing import NamedTuple

from caseapp.outcomes.facts import ParticipantFacts
from caseapp.outcomes.weeks import OPEN_END


class ActivityRow(NamedTuple):
    """An activity spell on day ordinals, with missing hours as 0; named as `ActivitySpell` is,
    so rule 4 (`spans.activity_qualifies`) reads both."""

    type: str
    start: int
    end: int
    hours_per_week: float
    verified: bool


# (type, first day, last day)
HousingRow = tuple[str, int, int]


class Prepared(NamedTuple):
    """A counted participant: key, enrolment day and spells as ordinals (open end = OPEN_END)."""

    key: str
    enrolled: int
    activities: tuple[ActivityRow, ...]
    housing: tuple[HousingRow, ...]


def prepare(facts: ParticipantFacts, enrolled: int) -> Prepared:
    """Reduce one participant's spells to ordinals; a spell ending before it starts is dropped."""
    # Written as comprehensions with the open end inlined: this runs once per participant and
    # was the engine's largest single cost.
    activities = tuple(
        ActivityRow(a.type, first, last, float(a.hours_per_week or 0), a.verified)
        for a in facts.activities
        if (first := a.start.toordinal())
        <= (last := OPEN_END if a.end is None else a.end.toordinal())
    )
    housing = tuple(
        (h.type, first, last)
        for h in facts.housing
        if (first := h.start.toordinal())
        <= (last := OPEN_END if h.end is None else h.end.toordinal())
    )
    return Prepared(facts.key, enrolled, activities, housing)
