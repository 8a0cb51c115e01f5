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
    # The sum of the terms' least and greatest contributions, and how many are unbounded.
    low_sum = high_sum = 0
    low_inf = high_inf = 0
    parts: list[tuple[int | None, int | None]] = []
    for key, c in eq.terms:
        lo, hi = bounds[key]
        low: int | None
        high: int | None
        if c > 0:
            low, high = c * lo, (None if hi is None else c * hi)
        else:
            low, high = (None if hi is None else c * hi), c * lo
        parts.append((low, high))
        if low is None:
            low_inf += 1
        else:
            low_sum += low
        if high is None:
            high_inf += 1
        else:
            high_sum += high
    changed = []
    for (key, c), (own_low, own_high) in zip(eq.terms, parts, strict=True):
        # The other terms' range: this term's own contribution taken out.
        others_inf_low = low_inf - (own_low is None)
        others_inf_high = high_inf - (own_high is None)
        rest_lo = None if others_inf_low else low_sum - (own_low or 0)
        rest_hi = None if others_inf_high else high_sum - (own_high or 0)
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


def _index(equations: Sequence[Equation]) -> dict[Key, list[int]]:
    by_key: dict[Key, list[int]] = {}
    for n, eq in enumerate(equations):
        for key, _ in eq.terms:
            by_key.setdefault(key, []).append(n)
    return by_key


def propagate(
    equations: Sequence[Equation],
    bounds: Bounds,
    start: Sequence[Key] | None = None,
    index: Mapping[Key, list[int]] | None = None,
) -> Bounds:
    """Narrow `bounds` (a copy) through the equations until nothing changes; with `start`, only
    from the equations of those keys on (the rest are known to be narrowed already)."""
    out = dict(bounds)
    by_key = _index(equations) if index is None else index
    if start is None:
        todo = list(range(len(equations)))
    else:
        todo = sorted({n for key in start for n in by_key.get(key, ())})
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


def probe(
    equations: Sequence[Equation],
    bounds: Bounds,
    key: Key,
    index: Mapping[Key, list[int]] | None = None,
) -> list[int] | None:
    """The values of `key` that survive narrowing when it is set to each in turn; None when
    its range is too wide to try value by value. `bounds` must already be narrowed."""
    lo, hi = bounds[key]
    if hi is None or hi - lo + 1 > PROBE_WIDTH:
        return None
    by_key = _index(equations) if index is None else index
    possible = []
    for value in range(lo, hi + 1):
        trial = dict(bounds)
        trial[key] = (value, value)
        try:
            propagate(equations, trial, start=[key], index=by_key)
        except Infeasible:
            continue
        possible.append(value)
    return possible


def worked_out(
    equations: Sequence[Equation], bounds: Mapping[Key, tuple[int, int | None]], keys: Sequence[Key]
) -> set[Key]:
    """Those of `keys` a reader can pin to a single value."""
    index = _index(equations)
    narrowed = propagate(equations, dict(bounds), index=index)
    found = set()
    for key in keys:
        lo, hi = narrowed[key]
        if hi == lo:
            found.add(key)
            continue
        values = probe(equations, narrowed, key, index)
        if values is not None and len(values) <= 1:
            found.add(key)
    return found
