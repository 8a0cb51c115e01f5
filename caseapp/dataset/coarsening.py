"""Coarsening a pseudonymised export so that what others know of a person does not single them out.

The quasi-identifiers are what people around a participant can know from outside the project:
the birth year and how they came in (the project, the referral source and date); the intake and
consent dates, close to the referral and of no use to the figures, are left out of the export.
Each enrolment with its person's birth year is one combination. They are coarsened together,
step by step (birth years to 5, 10, 20-year bands, referral dates to the first day of their
month, quarter, half-year, year), until every combination is shared by at least K enrolments;
what is then still in a smaller group loses its birth year and referral source, and last its
referral year (the project's first). Enrolment, exit and spell dates stay exact: the outcome
figures rest on them, and an evaluator must be able to recompute the figures from the file.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import date
from typing import Any

from caseapp.outcomes.weeks import quarter_start

K = 5

Period = Callable[[date], date]


def _month(d: date) -> date:
    return d.replace(day=1)


def _half(d: date) -> date:
    return date(d.year, 1 if d.month <= 6 else 7, 1)


def _year(d: date) -> date:
    return date(d.year, 1, 1)


# (birth-year band in years, date period and its name), from the least coarse to the most.
LEVELS: tuple[tuple[int, Period, str], ...] = (
    (5, _month, "month"),
    (5, quarter_start, "quarter"),
    (10, quarter_start, "quarter"),
    (10, _half, "half-year"),
    (10, _year, "year"),
    (20, _year, "year"),
)
DATES = ("referred_on",)


def _band(year: int, width: int) -> int:
    return year - year % width


def _coarsened(person: dict[str, Any], width: int, period: Period) -> dict[str, Any]:
    out = dict(person)
    if isinstance(out.get("birth_year"), int):
        out["birth_year"] = _band(out["birth_year"], width)
    enrolments = []
    for enrolment in person.get("enrolments", []):
        e = dict(enrolment)
        for name in DATES:
            if isinstance(e.get(name), str):
                e[name] = period(date.fromisoformat(e[name])).isoformat()
        enrolments.append(e)
    if enrolments:
        out["enrolments"] = enrolments
    return out


def _combinations(people: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    return [
        (p.get("birth_year"), e.get("project"), e.get("referral_source"), e.get("referred_on"))
        for p in people
        for e in p.get("enrolments", [])
    ]


def smallest_group(people: list[dict[str, Any]]) -> int:
    """k: the fewest enrolments sharing one combination of quasi-identifiers (0 for none)."""
    return min(Counter(_combinations(people)).values(), default=0)


def coarsen(people: list[dict[str, Any]], k: int = K) -> tuple[list[dict[str, Any]], str]:
    """The people coarsened until each combination is shared by at least k enrolments, and a
    note of what was done, for the file's readers."""
    for width, period, name in LEVELS:
        out = [_coarsened(p, width, period) for p in people]
        if smallest_group(out) >= k:
            return out, f"birth years in {width}-year bands, referral dates by {name}"
    note = f"birth years in {width}-year bands, referral dates by {name}"
    small = _small(out, k)
    for person in out:
        if any(_key(person, e) in small for e in person.get("enrolments", [])):
            person.pop("birth_year", None)
            for e in person.get("enrolments", []):
                e.pop("referral_source", None)
    small = _small(out, k)
    first: dict[Any, str] = {}
    for person in out:
        for e in person.get("enrolments", []):
            project, referred = e.get("project"), e.get("referred_on")
            if isinstance(referred, str):
                first[project] = min(first.get(project, referred), referred)
    for person in out:
        for e in person.get("enrolments", []):
            if _key(person, e) in small and e.get("project") in first:
                e["referred_on"] = first[e["project"]]
    return out, (
        f"{note}; where fewer than {k} shared them, birth year and referral source left out "
        "and the referral put at the project's first"
    )


def _key(person: dict[str, Any], e: dict[str, Any]) -> tuple[Any, ...]:
    return (
        person.get("birth_year"),
        e.get("project"),
        e.get("referral_source"),
        e.get("referred_on"),
    )


def _small(people: list[dict[str, Any]], k: int) -> set[tuple[Any, ...]]:
    return {c for c, n in Counter(_combinations(people)).items() if n < k}
