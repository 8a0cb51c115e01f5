"""A careful reader of a published report who tries to work out hidden counts.

Written apart from the product's disclosure layer on purpose: the reader knows only what is
printed (a number, "<5" or "x") and what any reader knows of the report's structure (a table's
rows add up to its total, the tile "in stable housing now" is the table's "housed: stable" row,
a one-off payment is its tariff times the achievements). Unknowns are whole numbers of at least
0; "<5" is 1 to 4, because zero is printed as 0. The reader narrows every unknown through every
sum until nothing moves, then tries each value of every narrow unknown in turn and drops those
that lead to a contradiction.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

INF = None


@dataclass
class Reader:
    """Knowledge: `known` printed values, `ranges` of hidden ones, `sums` stated or implied."""

    known: dict[str, int] = field(default_factory=dict)
    ranges: dict[str, tuple[int, int | None]] = field(default_factory=dict)
    sums: list[tuple[dict[str, int], int]] = field(default_factory=list)

    def read(self, key: str, printed: int | str | None) -> None:
        """A printed figure: a number, "<5", "x" (a count of 5 or more, or a hidden figure),
        or None for a figure the reader only infers."""
        if isinstance(printed, int):
            self.known[key] = printed
        elif printed == "<5":
            self.ranges[key] = (1, 4)
        else:
            self.ranges[key] = (0, None)

    def read_printed(self, disclosure: Any) -> None:
        """Every printed figure of a report as the reader sees it: a number, "<5", or "x" (a
        count shown as "x" is 5 or more, another figure anything)."""
        for key, cell in disclosure.cells.items():
            if not cell.printed:
                continue
            shown = disclosure.shown(key)
            if shown is not None:
                self.read(key, shown)
            elif disclosure.mark(key) == "<5":
                self.read(key, "<5")
            elif cell.kind == "count":
                self.hidden_count(key)
            else:
                self.read(key, "x")

    def hidden_count(self, key: str) -> None:
        """A count printed as "x": hidden to protect another, so 5 or more."""
        self.ranges[key] = (5, None)

    def equal(self, terms: Mapping[str, int], constant: int = 0) -> None:
        for k in terms:
            if k not in self.known and k not in self.ranges:
                self.ranges[k] = (0, None)
        self.sums.append((dict(terms), constant))

    def total(self, total: str, parts: Sequence[str]) -> None:
        terms = {p: 1 for p in parts}
        terms[total] = terms.get(total, 0) - 1
        self.equal(terms)

    def recovered(self, targets: Sequence[str]) -> dict[str, int]:
        """The targets pinned to one value, with that value."""
        base = _solve(self.known, self.ranges, self.sums)
        assert base is not None, "the published figures contradict each other"
        out = {}
        for key in targets:
            if key in self.known:
                out[key] = self.known[key]
                continue
            lo, hi = base[key]
            if lo == hi:
                out[key] = lo
                continue
            if hi is None or hi - lo > 12:
                continue
            alive = []
            for value in range(lo, hi + 1):
                trial = dict(base)
                trial[key] = (value, value)
                if _solve(self.known, trial, self.sums) is not None:
                    alive.append(value)
            if len(alive) == 1:
                out[key] = alive[0]
        return out


def _solve(
    known: Mapping[str, int],
    ranges: Mapping[str, tuple[int, int | None]],
    sums: Sequence[tuple[dict[str, int], int]],
) -> dict[str, tuple[int, int | None]] | None:
    """Ranges narrowed to a fixpoint; None on a contradiction."""
    r = dict(ranges)
    for _ in range(200):
        moved = False
        for terms, constant in sums:
            rest = constant - sum(c * known[k] for k, c in terms.items() if k in known)
            unknown = [(k, c) for k, c in terms.items() if k not in known]
            for k, c in unknown:
                lo_sum, hi_sum = 0, 0
                lo_inf = hi_inf = False
                for k2, c2 in unknown:
                    if k2 == k:
                        continue
                    lo2, hi2 = r[k2]
                    a, b = (c2 * lo2, None if hi2 is None else c2 * hi2)
                    if c2 < 0:
                        a, b = (None if hi2 is None else c2 * hi2), c2 * lo2
                    if a is None:
                        lo_inf = True
                    else:
                        lo_sum += a
                    if b is None:
                        hi_inf = True
                    else:
                        hi_sum += b
                # c*k = rest - others, others in [lo_sum, hi_sum]
                top = None if lo_inf else rest - lo_sum
                bottom = None if hi_inf else rest - hi_sum
                lo, hi = r[k]
                if c > 0:
                    new_lo = lo if bottom is None else max(lo, -((-bottom) // c))
                    new_hi = hi if top is None else (top // c if hi is None else min(hi, top // c))
                else:
                    new_lo = lo if top is None else max(lo, -((-top) // c))
                    new_hi = (
                        hi
                        if bottom is None
                        else (bottom // c if hi is None else min(hi, bottom // c))
                    )
                if new_hi is not None and new_lo > new_hi:
                    return None
                if (new_lo, new_hi) != (lo, hi):
                    r[k] = (new_lo, new_hi)
                    moved = True
        if not moved:
            break
    return r
