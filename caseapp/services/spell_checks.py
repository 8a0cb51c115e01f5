"""Spotting what a file's spells get wrong: overlapping or gapped housing, unverified jobs.

Days count inclusively, as in the outcome rules: a spell ending on the 4th and the next starting
on the 5th leave no gap; one starting on the 4th overlaps by a day.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from caseapp.services.caseload import EVIDENCE_TYPES


@dataclass(frozen=True)
class SpellFlag:
    """`code` is "overlap", "gap" or "unverified"; `days` how long an overlap or gap is."""

    code: str
    days: int | None = None


@dataclass(frozen=True)
class Span:
    uuid: str
    start: date
    end: date | None


def housing_flags(spells: Sequence[Span]) -> dict[str, list[SpellFlag]]:
    """Overlaps (flagged on both spells) and gaps (flagged on the spell after the gap)."""
    flags: dict[str, list[SpellFlag]] = {}
    ordered = sorted(spells, key=lambda s: (s.start, s.end or date.max))
    reach: Span | None = None  # the spell seen so far that reaches furthest
    for spell in ordered:
        if reach is not None:
            until = reach.end
            if until is None or spell.start <= until:
                last = min(until or date.max, spell.end or date.max)
                days = None if last == date.max else (last - spell.start).days + 1
                _add(flags, spell.uuid, SpellFlag("overlap", days))
                _add(flags, reach.uuid, SpellFlag("overlap", days))
            elif spell.start > until + timedelta(days=1):
                _add(flags, spell.uuid, SpellFlag("gap", (spell.start - until).days - 1))
        if reach is None or (
            reach.end is not None and (spell.end is None or spell.end > reach.end)
        ):
            reach = spell
    return flags


def activity_flags(type_code: str, verified: bool) -> list[SpellFlag]:
    """A job or education without evidence earns nothing: flag it until it is verified."""
    if type_code in EVIDENCE_TYPES and not verified:
        return [SpellFlag("unverified")]
    return []


def _add(flags: dict[str, list[SpellFlag]], uuid: str, flag: SpellFlag) -> None:
    bucket = flags.setdefault(uuid, [])
    if not any(f.code == flag.code for f in bucket):
        bucket.append(flag)
