"""Rule 15: housed now, 12-month retention of the first stable run, and shelter-free last year."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from caseapp.domain.codes import SHELTER_HOUSING
from caseapp.outcomes.prepared import Prepared
from caseapp.outcomes.result import HousingFigures
from caseapp.outcomes.sustained import housing_runs


def housing_figures(
    people: Sequence[Prepared], stable_housing: Iterable[str], as_of: int
) -> HousingFigures:
    """The housing figures over counted participants; `as_of` is a day ordinal."""
    stable = frozenset(stable_housing)
    housed_now = eligible = retained = shelter_free = 0
    for person in people:
        if any(k in stable and s <= as_of <= e for k, s, e in person.housing):
            housed_now += 1
        runs = housing_runs(stable, person, person.enrolled, as_of)
        if runs:
            # Runs come sorted, so the first is the earliest ("first stable run").
            first, last = runs[0]
            if first <= as_of - 364:
                eligible += 1
                if last - first + 1 >= 365:
                    retained += 1
        since = max(person.enrolled, as_of - 364)
        if not any(
            k in SHELTER_HOUSING and s <= as_of and e >= since for k, s, e in person.housing
        ):
            shelter_free += 1
    return HousingFigures(housed_now, eligible, retained, shelter_free)
