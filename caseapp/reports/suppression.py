"""Small-number suppression for tables of person counts published to the council.

Primary suppression hides every count from 1 to 4. Secondary suppression then hides more cells
until no hidden cell can be worked out exactly from the row and column totals (or any other sum
the table states), by checking the table's sums as a system of linear equations.

Decisions (documented in the report's method section):
- Zero is shown as 0: "nobody" identifies no one, and hiding zeros would blank most tables.
  A zero is used as a complementary cell only when no non-zero cell can do the job.
- Totals are hidden only when no inner cell can protect a hidden cell, and a cell marked
  `fixed` (a figure published exactly elsewhere, such as the counted participants the payer pays
  on) is never hidden.
- Every hidden cell shows the same mark, so a reader cannot tell the small cell from its
  complement.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from fractions import Fraction

from caseapp.domain.formatting import SUPPRESSED

THRESHOLD = 5
MARK = SUPPRESSED

Cell = Hashable


@dataclass(frozen=True)
class Line:
    """A sum the table states: the `members` add up to `total`."""

    members: tuple[Cell, ...]
    total: Cell


@dataclass(frozen=True)
class Suppression:
    """Which cells are hidden; `exposed` lists hidden cells that could not be protected."""

    values: Mapping[Cell, int]
    primary: frozenset[Cell]
    secondary: frozenset[Cell]
    exposed: frozenset[Cell] = frozenset()

    def hidden(self, cell: Cell) -> bool:
        return cell in self.primary or cell in self.secondary

    def shown(self, cell: Cell) -> int | None:
        """The value to print, or None where the table shows MARK."""
        return None if self.hidden(cell) else self.values[cell]


def is_small(value: int, threshold: int = THRESHOLD) -> bool:
    """A count of people too small to publish (zero is not small: it identifies nobody)."""
    return 0 < value < threshold


def shown_count(value: int, threshold: int = THRESHOLD) -> int | None:
    """A single person count outside any table: None (print MARK) when it is small."""
    return None if is_small(value, threshold) else value


def suppress(
    values: Mapping[Cell, int],
    lines: Sequence[Line] = (),
    fixed: Iterable[Cell] = (),
    threshold: int = THRESHOLD,
) -> Suppression:
    """Primary and secondary suppression of `values` under the sums `lines` states."""
    fixed_cells = frozenset(fixed)
    primary = {c for c, v in values.items() if c not in fixed_cells and is_small(v, threshold)}
    hidden = set(primary)
    exposed: set[Cell] = set()
    totals = {line.total for line in lines}
    while True:
        leaking = set(_determined(hidden, lines)) - exposed
        if not leaking:
            break
        complement = _best_complement(leaking, hidden, exposed, lines, values, fixed_cells, totals)
        if complement is None:
            exposed |= leaking  # equal to published figures; nothing in the table can hide them
        else:
            hidden.add(complement)
    return Suppression(
        values=dict(values),
        primary=frozenset(primary),
        secondary=frozenset(hidden - primary),
        exposed=frozenset(exposed),
    )


def _in_line(cell: Cell, line: Line) -> bool:
    return cell in line.members or cell == line.total


def _best_complement(
    leaking: set[Cell],
    hidden: set[Cell],
    exposed: set[Cell],
    lines: Sequence[Line],
    values: Mapping[Cell, int],
    fixed: frozenset[Cell],
    totals: set[Cell],
) -> Cell | None:
    """The cell to hide next: the one that leaves the fewest hidden cells recoverable.

    Looks first in the sums that give a hidden cell away, then in every sum that hides
    something. Ties go to inner cells before totals, non-zero cells before zeros (a zero is used
    only when nothing else can do the job), then the smallest value.
    """
    order = {cell: i for i, cell in enumerate(values)}

    def free_cells(near: set[Cell]) -> set[Cell]:
        return {
            c
            for line in lines
            if any(_in_line(h, line) for h in near)
            for c in (*line.members, line.total)
            if c not in hidden and c not in fixed
        }

    def still_leaking(c: Cell) -> int:
        return len(set(_determined(hidden | {c}, lines)) - exposed)

    for candidates in (free_cells(leaking), free_cells(hidden)):
        if candidates:
            return min(
                candidates,
                key=lambda c: (
                    c in totals,
                    still_leaking(c),
                    values[c] == 0,
                    values[c],
                    order[c],
                ),
            )
    return None


def _determined(hidden: set[Cell], lines: Sequence[Line]) -> list[Cell]:
    """Hidden cells whose value follows exactly from the visible cells and the sums.

    Each sum is an equation over the hidden cells; a hidden cell is determined exactly when the
    row-reduced system has a row naming only that cell.
    """
    unknowns = sorted(hidden, key=repr)
    column = {c: i for i, c in enumerate(unknowns)}
    rows: list[list[Fraction]] = []
    for line in lines:
        row = [Fraction(0)] * len(unknowns)
        for m in line.members:
            if m in column:
                row[column[m]] += 1
        if line.total in column:
            row[column[line.total]] -= 1
        if any(row):
            rows.append(row)
    pivots = _row_reduce(rows, len(unknowns))
    found = []
    for r, col in pivots:
        if all(v == 0 for i, v in enumerate(rows[r]) if i != col):
            found.append(unknowns[col])
    return found


def _row_reduce(rows: list[list[Fraction]], width: int) -> list[tuple[int, int]]:
    """Reduced row echelon form in place; returns (row, pivot column) pairs."""
    pivots: list[tuple[int, int]] = []
    r = 0
    for col in range(width):
        pick = next((i for i in range(r, len(rows)) if rows[i][col] != 0), None)
        if pick is None:
            continue
        rows[r], rows[pick] = rows[pick], rows[r]
        lead = rows[r][col]
        rows[r] = [v / lead for v in rows[r]]
        for i in range(len(rows)):
            if i != r and rows[i][col] != 0:
                factor = rows[i][col]
                rows[i] = [a - factor * b for a, b in zip(rows[i], rows[r], strict=True)]
        pivots.append((r, col))
        r += 1
        if r == len(rows):
            break
    return pivots


@dataclass(frozen=True)
class CountTable:
    """A table of person counts after suppression: None marks a hidden cell.

    `row_totals`, `column_totals` and `grand_total` are present when the table states them.
    """

    cells: list[list[int | None]]
    row_totals: list[int | None] | None = None
    column_totals: list[int | None] | None = None
    grand_total: int | None = None
    has_grand_total: bool = False
    suppression: Suppression | None = field(default=None, compare=False, repr=False)

    @property
    def any_hidden(self) -> bool:
        cells = [v for row in self.cells for v in row]
        cells += list(self.row_totals or []) + list(self.column_totals or [])
        if self.has_grand_total:
            cells.append(self.grand_total)
        return any(v is None for v in cells)


def suppress_table(
    grid: Sequence[Sequence[int]],
    *,
    row_totals: bool = False,
    column_totals: bool = False,
    fixed_column_totals: bool = False,
    fixed_row_totals: bool = False,
    additive: bool = True,
    threshold: int = THRESHOLD,
) -> CountTable:
    """Suppress a grid of person counts, with the totals the table will print.

    `additive=False` is for tables whose rows overlap (one person in several rows): no sums are
    stated, so only primary suppression applies and no totals may be printed.
    """
    if not additive and (row_totals or column_totals):
        raise ValueError("a table whose rows overlap has no totals to print")
    n_rows = len(grid)
    n_cols = len(grid[0]) if grid else 0
    values: dict[Cell, int] = {}
    for i, row in enumerate(grid):
        if len(row) != n_cols:
            raise ValueError("every row needs the same number of cells")
        for j, v in enumerate(row):
            values[("c", i, j)] = int(v)
    lines: list[Line] = []
    fixed: list[Cell] = []
    if row_totals:
        for i in range(n_rows):
            values[("r", i)] = sum(grid[i])
            lines.append(Line(tuple(("c", i, j) for j in range(n_cols)), ("r", i)))
            if fixed_row_totals:
                fixed.append(("r", i))
    if column_totals:
        for j in range(n_cols):
            values[("k", j)] = sum(grid[i][j] for i in range(n_rows))
            lines.append(Line(tuple(("c", i, j) for i in range(n_rows)), ("k", j)))
            if fixed_column_totals:
                fixed.append(("k", j))
    has_grand = row_totals and column_totals
    if has_grand:
        values[("g",)] = sum(sum(r) for r in grid)
        lines.append(Line(tuple(("r", i) for i in range(n_rows)), ("g",)))
        lines.append(Line(tuple(("k", j) for j in range(n_cols)), ("g",)))
        if fixed_row_totals or fixed_column_totals:
            fixed.append(("g",))
    result = suppress(values, lines, fixed, threshold)
    return CountTable(
        cells=[[result.shown(("c", i, j)) for j in range(n_cols)] for i in range(n_rows)],
        row_totals=[result.shown(("r", i)) for i in range(n_rows)] if row_totals else None,
        column_totals=[result.shown(("k", j)) for j in range(n_cols)] if column_totals else None,
        grand_total=result.shown(("g",)) if has_grand else None,
        has_grand_total=has_grand,
        suppression=result,
    )
