"""The disclosure layer: every figure about people that goes to the council passes through here,
all figures of one report at once, so that no count from 1 to 4 can be read or worked out.

A report registers each figure it prints under one key (a figure printed twice, as a tile and in
a table, is one key), the sums that hold between them, and the groups it implies without
printing them (referred but not enrolled: referred minus counted). `protect` then decides what
is shown:

- Primary: a count of 1 to 4 people shows as "<5" (a reader knows it is 1 to 4; zero is shown
  as 0, so a hidden count is at least 1 and the reasoning here assumes so). A sum or mean of an
  attribute (weeks, hours, money) over fewer than 5 people shows as "x".
- Secondary: more figures show as "x" until no hidden count, no hidden attribute and no implied
  group of 1 to 4 can be pinned to one value by the bounds and every stated sum of the report
  together (`disclosure_bounds`). A hidden count shown as "x" is 5 or more; zeros are never
  hidden, so "x" never stands for 0 people and "<5" never for 5 or more.
- A figure registered as `fixed` (the counted participants the rates rest on, the total earned)
  is always shown; what only it could protect is listed in `exposed`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from caseapp.reports.disclosure_bounds import Bounds, Equation, worked_out

THRESHOLD = 5
SMALL_MARK = "<5"
HIDDEN_MARK = "x"

COUNT = "count"
FIGURE = "figure"


@dataclass(frozen=True)
class Cell:
    """One figure. `people` is how many people a figure (not a count) sums over; `shown` is
    False for a group the report implies but does not print."""

    key: str
    value: int
    kind: str
    fixed: bool = False
    printed: bool = True
    people: int | None = None


def is_small(value: int) -> bool:
    """A count of people too small to publish (zero is not small: it identifies nobody)."""
    return 0 < value < THRESHOLD


def cents(amount: Decimal | float | int) -> int:
    """Money as whole øre, so amounts join the sums over whole numbers."""
    return int((Decimal(str(amount)) * 100).to_integral_value())


@dataclass
class Register:
    """The figures of one report and the sums between them, before protection."""

    cells: dict[str, Cell] = field(default_factory=dict)
    equations: list[Equation] = field(default_factory=list)

    def _add(self, cell: Cell) -> str:
        old = self.cells.get(cell.key)
        if old is not None and old.value != cell.value:
            raise ValueError(f"{cell.key} registered twice with different values")
        if old is None or (cell.printed and not old.printed) or cell.fixed:
            self.cells[cell.key] = cell
        return cell.key

    def count(self, key: str, value: int, *, fixed: bool = False) -> str:
        """A printed count of people."""
        return self._add(Cell(key, int(value), COUNT, fixed=fixed))

    def implied(self, key: str, value: int) -> str:
        """A group of people the printed figures imply but do not print."""
        return self._add(Cell(key, int(value), COUNT, printed=False))

    def figure(
        self, key: str, value: int, *, people: int | None = None, fixed: bool = False
    ) -> str:
        """A printed whole-number figure that is not a count of people (weeks, øre, hours):
        `people` is how many people it sums over, when it describes people."""
        return self._add(Cell(key, int(value), FIGURE, fixed=fixed, people=people))

    def unknown(self, key: str) -> str:
        """A quantity the reader knows exists but never sees (weeks at one tariff)."""
        return self._add(Cell(key, 0, FIGURE, printed=False))

    def relate(self, terms: Mapping[str, int], constant: int = 0) -> None:
        """State that `Σ terms[key]·key = constant` holds between registered figures."""
        for key in terms:
            if key not in self.cells:
                raise KeyError(key)
        items = tuple((k, c) for k, c in terms.items() if c)
        if items:
            self.equations.append(Equation(items, constant))

    def total(self, total: str, parts: Iterable[str]) -> None:
        """`total` is the sum of `parts`."""
        terms: dict[str, int] = {}
        for p in parts:
            terms[p] = terms.get(p, 0) + 1
        terms[total] = terms.get(total, 0) - 1
        self.relate(terms)


@dataclass(frozen=True)
class Disclosure:
    """What the report may print: `shown(key)` is the value, or None where it shows a mark."""

    cells: Mapping[str, Cell]
    primary: frozenset[str]
    secondary: frozenset[str]
    exposed: frozenset[str] = frozenset()

    def hidden(self, key: str) -> bool:
        return key in self.primary or key in self.secondary

    def shown(self, key: str) -> int | None:
        return None if self.hidden(key) else self.cells[key].value

    def mark(self, key: str) -> str:
        """The mark printed for a hidden figure."""
        cell = self.cells[key]
        return SMALL_MARK if cell.kind == COUNT and is_small(cell.value) else HIDDEN_MARK

    def all_shown(self, *keys: str) -> bool:
        return not any(self.hidden(k) for k in keys)

    @property
    def any_hidden(self) -> bool:
        return bool(self.primary or self.secondary)


def reader_bounds(cells: Mapping[str, Cell], hidden: Iterable[str]) -> Bounds:
    """What a reader knows of each figure: printed ones exactly, "<5" as 1 to 4, a count shown
    as "x" as 5 or more, anything else hidden or implied only as at least 0."""
    hide = set(hidden)
    bounds: Bounds = {}
    for key, cell in cells.items():
        if cell.printed and key not in hide:
            bounds[key] = (cell.value, cell.value)
        elif cell.printed and cell.kind == COUNT:
            bounds[key] = (1, THRESHOLD - 1) if is_small(cell.value) else (THRESHOLD, None)
        else:
            bounds[key] = (0, None)
    return bounds


def _needs_protection(cell: Cell) -> bool:
    if cell.kind == COUNT:
        return is_small(cell.value)
    return cell.printed and cell.people is not None and is_small(cell.people)


def _links(equations: list[Equation]) -> dict[str, set[str]]:
    """Each figure's companions in some sum."""
    direct: dict[str, set[str]] = {}
    for eq in equations:
        keys = [k for k, _ in eq.terms]
        for k in keys:
            direct.setdefault(k, set()).update(keys)
    return direct


def _reachable(
    start: Iterable[str], links: Mapping[str, set[str]], unknown: Callable[[str], bool]
) -> set[str]:
    """The known figures a reader combines with `start`: those in a sum with it, also through
    figures the reader does not know (hidden, or never printed)."""
    seen = set(start)
    todo = list(seen)
    found = set()
    while todo:
        for k in links.get(todo.pop(), ()):
            if k in seen:
                continue
            seen.add(k)
            if unknown(k):
                todo.append(k)
            else:
                found.add(k)
    return found


def protect(register: Register) -> Disclosure:
    """Primary and secondary suppression over every figure and sum of the report together."""
    cells = register.cells
    equations = register.equations
    primary = {k for k, c in cells.items() if c.printed and not c.fixed and _needs_protection(c)}
    guarded = [k for k, c in cells.items() if _needs_protection(c) and not c.fixed]
    order = {k: i for i, k in enumerate(cells)}
    links = _links(equations)
    hidden = set(primary)
    # A small fixed figure is printed as it is: nothing can protect it.
    exposed = {k for k, c in cells.items() if c.fixed and _needs_protection(c)}

    def leaking(with_hidden: set[str]) -> set[str]:
        return worked_out(equations, reader_bounds(cells, with_hidden), guarded) - exposed

    def unknown(key: str) -> bool:
        return key in hidden or not cells[key].printed

    def hideable(key: str) -> bool:
        c = cells[key]
        return not c.fixed and c.value != 0

    added: list[str] = []
    found = leaking(hidden)
    while found:
        # The figures that, with the leaking ones, pin them down; each step hides one more
        # figure, so this always ends.
        candidates = {k for k in _reachable(found, links, unknown) if hideable(k)}
        if not candidates:
            exposed |= found
            break
        leaks = found
        best = min(
            candidates,
            key=lambda k: (
                -len(_reachable([k], links, unknown) & leaks),
                cells[k].kind != COUNT,
                cells[k].value,
                order[k],
            ),
        )
        hidden.add(best)
        added.append(best)
        found = leaking(hidden)
    # Greedy steps can leave a figure hidden that later ones made unnecessary: show again,
    # latest first, each one whose showing gives nothing away.
    for key in reversed(added):
        trial = hidden - {key}
        if not leaking(trial) - exposed:
            hidden = trial
    return Disclosure(
        cells=dict(cells),
        primary=frozenset(primary),
        secondary=frozenset(hidden - primary),
        exposed=frozenset(exposed),
    )
