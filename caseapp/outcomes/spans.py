"""Interval arithmetic on day ordinals and week indices, shared by the engine and the ledger.

All intervals are closed: (first, last) with both ends included, as the rules count days.
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Iterator
from datetime import date
from decimal import Decimal
from itertools import pairwise
from typing import Protocol

from caseapp.outcomes.prepared import ActivityRow
from caseapp.outcomes.weeks import OPEN_END


def window_bounds(
    enrolled_on: date, as_of: date, payment_end: date, window_weeks: int | None
) -> tuple[int, int]:
    """Rule 2: the window (first, last) as day ordinals; empty when last < first."""
    first = enrolled_on.toordinal()
    last = min(as_of.toordinal(), payment_end.toordinal())
    if window_weeks is not None:
        last = min(last, first + 7 * window_weeks - 1)
    return first, last


def end_ordinal(end: date | None) -> int:
    """A spell's last day as an ordinal; an open end runs to the end of time (rule 3)."""
    return OPEN_END if end is None else end.toordinal()


class QualifyingSpell(Protocol):
    """What rule 4 looks at: an `ActivitySpell`, or the engine's `prepared.ActivityRow`."""

    @property
    def type(self) -> str: ...
    @property
    def hours_per_week(self) -> float | None: ...
    @property
    def verified(self) -> bool: ...


# Rule 4's checks in its order: the codes `activity_failure` answers with.
RULE_4_CHECKS = ("wrong_type", "too_few_hours", "unverified")


def activity_failure(
    spell: QualifyingSpell, types: Container[str], min_hours: float, require_verified: bool
) -> str | None:
    """Rule 4, checked in the rule's order: the first condition the spell fails ("wrong_type",
    "too_few_hours" with missing hours as 0, "unverified" when required), None when it qualifies.
    """
    if spell.type not in types:
        return "wrong_type"
    if (spell.hours_per_week or 0) < min_hours:
        return "too_few_hours"
    if require_verified and not spell.verified:
        return "unverified"
    return None


def activity_qualifies(
    spell: QualifyingSpell, types: Container[str], min_hours: float, require_verified: bool
) -> bool:
    """Rule 4: type listed, enough hours (missing counts as 0), verified when required."""
    return activity_failure(spell, types, min_hours, require_verified) is None


def qualifying_weeks(
    activities: Iterable[ActivityRow],
    types: Container[str],
    min_hours: float,
    require_verified: bool,
    first: int,
    last: int,
) -> Iterator[tuple[int, int, str]]:
    """Rules 4-5: each qualifying spell clipped to the window `first`..`last` (day ordinals), as
    (first week, last week, type). A week qualifies only through a day that lies both in the
    week and in the window."""
    for spell in activities:
        if not activity_qualifies(spell, types, min_hours, require_verified):
            continue
        start = max(spell.start, first)
        end = min(spell.end, last)
        if start <= end:
            yield (start - 1) // 7, (end - 1) // 7, spell.type


def join_runs(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Rules 10, 11, 15: join spans into runs; a span starting the day after a run extends it."""
    if len(spans) <= 1:
        return spans
    spans = sorted(spans)
    runs = [spans[0]]
    for first, last in spans[1:]:
        run_first, run_last = runs[-1]
        if first <= run_last + 1:
            if last > run_last:
                runs[-1] = (run_first, last)
        else:
            runs.append((first, last))
    return runs


def first_run_reaching(runs: list[tuple[int, int]], length: int) -> int | None:
    """The start of the first run at least `length` long (runs sorted and disjoint)."""
    for first, last in runs:
        if last - first + 1 >= length:
            return first
    return None


def max_tariff_segments(segments: list[tuple[int, int, Decimal]]) -> list[tuple[int, int, Decimal]]:
    """Rules 5-6: cover the union of week ranges, each week at the highest tariff covering it.

    Returns disjoint (first, last, tariff) segments in time order. Overlaps are rare (a second
    job beside the first), so the common disjoint case returns at once.
    """
    if len(segments) <= 1:
        return segments
    segments = sorted(segments, key=lambda s: (s[0], s[1]))
    if all(segments[i][0] > segments[i - 1][1] for i in range(1, len(segments))):
        return segments
    cuts = sorted({s[0] for s in segments} | {s[1] + 1 for s in segments})
    out: list[tuple[int, int, Decimal]] = []
    for lo, hi in pairwise(cuts):
        covering = [t for first, last, t in segments if first <= lo and last >= hi - 1]
        if not covering:
            continue
        best = max(covering)
        if out and out[-1][1] == lo - 1 and out[-1][2] == best:
            out[-1] = (out[-1][0], hi - 1, best)
        else:
            out.append((lo, hi - 1, best))
    return out
