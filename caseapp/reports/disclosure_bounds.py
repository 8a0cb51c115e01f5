"""What a reader can work out about hidden figures: integer bounds pushed through the sums a
report states, until nothing moves.

Every figure is a whole number of at least 0 (people, weeks, øre). A sum is a linear equation
`Σ coefficient·figure = constant`; each equation narrows each of its unknowns to what the others
leave room for. `probe` then tries every value of a narrow unknown on its own, which also finds
what only a combination of equations gives away (a cell that is at least 1 in a sum of 2 with
another cell that is at least 1).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

Key = str
# Inclusive bounds; None as the upper bound means no upper bound.
Bounds = dict[Key, tuple[int, int | None]]

# Rounds of narrowing before giving up on a fixpoint (each round visits every equation).
MAX_ROUNDS = 60
# Unknowns whose range holds at most this many values are probed value by value.
PROBE_WIDTH = 8


@dataclass(frozen=True)
class Equation:
    """`Σ terms[key]·key = constant` over whole numbers."""

    terms: tuple[tuple[Key, int], ...]
    constant: int = 0


class Infeasible(Exception):
    """The bounds and the equations admit no solution."""


def _ceil_div(a: int, b: int) -> int:
    return -((-a) // b)


def _narrow_once(eq: Equation, bounds: Bounds) -> list[Key]:
    """Narrow each unknown of one equation; returns the keys whose bounds changed."""
    # Each term's least and greatest contribution; None is unbounded (below or above).
    lows: list[int | None] = []
    highs: list[int | None] = []
    for key, c in eq.terms:
        lo, hi = bounds[key]
        if c > 0:
            lows.append(c * lo)
            highs.append(None if hi is None else c * hi)
        else:
            lows.append(None if hi is None else c * hi)
            highs.append(c * lo)
    changed = []
    for i, (key, c) in enumerate(eq.terms):
        rest_lo: int | None = 0
        rest_hi: int | None = 0
        for j in range(len(eq.terms)):
            if j == i:
                continue
            low, high = lows[j], highs[j]
            rest_lo = None if rest_lo is None or low is None else rest_lo + low
            rest_hi = None if rest_hi is None or high is None else rest_hi + high
        # c·x lies in [constant - rest_hi, constant - rest_lo]
        span_lo = None if rest_hi is None else eq.constant - rest_hi
        span_hi = None if rest_lo is None else eq.constant - rest_lo
        lo, hi = bounds[key]
        new_lo, new_hi = lo, hi
        if c > 0:
            if span_lo is not None:
                new_lo = max(new_lo, _ceil_div(span_lo, c))
            if span_hi is not None:
                cand = span_hi // c
                new_hi = cand if new_hi is None else min(new_hi, cand)
        else:
            if span_hi is not None:
                new_lo = max(new_lo, _ceil_div(span_hi, c))
            if span_lo is not None:
                cand = span_lo // c
                new_hi = cand if new_hi is None else min(new_hi, cand)
        if new_hi is not None and new_lo > new_hi:
            raise Infeasible(key)
        if (new_lo, new_hi) != (lo, hi):
            bounds[key] = (new_lo, new_hi)
            changed.append(key)
    return changed


def propagate(equations: Sequence[Equation], bounds: Bounds) -> Bounds:
    """Narrow `bounds` (a copy) through the equations until nothing changes."""
    out = dict(bounds)
    by_key: dict[Key, list[int]] = {}
    for n, eq in enumerate(equations):
        for key, _ in eq.terms:
            by_key.setdefault(key, []).append(n)
    todo = list(range(len(equations)))
    queued = set(todo)
    visits = 0
    limit = MAX_ROUNDS * max(len(equations), 1)
    while todo and visits < limit:
        n = todo.pop()
        queued.discard(n)
        visits += 1
        for key in _narrow_once(equations[n], out):
            for m in by_key[key]:
                if m not in queued:
                    queued.add(m)
                    todo.append(m)
    return out


def probe(equations: Sequence[Equation], bounds: Bounds, key: Key) -> list[int] | None:
    """The values of `key` that survive narrowing when it is set to each in turn; None when
    its range is too wide to try value by value."""
    lo, hi = bounds[key]
    if hi is None or hi - lo + 1 > PROBE_WIDTH:
        return None
    possible = []
    for value in range(lo, hi + 1):
        trial = dict(bounds)
        trial[key] = (value, value)
        try:
            propagate(equations, trial)
        except Infeasible:
            continue
        possible.append(value)
    return possible


def worked_out(
    equations: Sequence[Equation], bounds: Mapping[Key, tuple[int, int | None]], keys: Sequence[Key]
) -> set[Key]:
    """Those of `keys` a reader can pin to a single value."""
    narrowed = propagate(equations, dict(bounds))
    found = set()
    for key in keys:
        lo, hi = narrowed[key]
        if hi == lo:
            found.add(key)
            continue
        values = probe(equations, narrowed, key)
        if values is not None and len(values) <= 1:
            found.add(key)
    return found
