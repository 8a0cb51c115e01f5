"""Spell arithmetic for the check: where spells of one person overlap and where days between
them are missing. Days count inclusively, as the records do."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta


@dataclass(frozen=True)
class Span:
    uuid: str
    start: date
    end: date | None


def known_on(spans: Sequence[Span], as_of: date) -> list[Span]:
    """The spells as they stood on `as_of`: those begun by then, an end after it not yet
    reached (open), so a check as of a day sees only what was valid on it."""
    return [
        Span(s.uuid, s.start, None if s.end is None or s.end > as_of else s.end)
        for s in spans
        if s.start <= as_of
    ]


def overlaps(spans: Sequence[Span]) -> list[tuple[Span, Span, int | None]]:
    """(earlier, later, days) for each spell that starts inside one before it; days None when
    both are open. Days count inclusively: ending on the 4th and starting on the 4th overlap."""
    out = []
    reach: Span | None = None  # the spell seen so far that reaches furthest
    for spell in sorted(spans, key=lambda s: (s.start, s.end or date.max, s.uuid)):
        if reach is not None and (reach.end is None or spell.start <= reach.end):
            last = min(reach.end or date.max, spell.end or date.max)
            days = None if last == date.max else (last - spell.start).days + 1
            out.append((reach, spell, days))
        if reach is None or (
            reach.end is not None and (spell.end is None or spell.end > reach.end)
        ):
            reach = spell
    return out


def gaps(spans: Sequence[Span]) -> list[tuple[Span, date, date]]:
    """(spell after the gap, first missing day, last missing day) between spells."""
    out: list[tuple[Span, date, date]] = []
    ordered = sorted(spans, key=lambda s: (s.start, s.end or date.max, s.uuid))
    if not ordered:
        return out
    reach = ordered[0].end  # the furthest end so far; None once an open spell has begun
    for spell in ordered[1:]:
        if reach is None:
            break
        if spell.start > reach + timedelta(days=1):
            out.append((spell, reach + timedelta(days=1), spell.start - timedelta(days=1)))
        reach = None if spell.end is None else max(reach, spell.end)
    return out
