"""The disclosure layer on its own: nothing from 1 to 4 is printed, and no hidden group can be
pinned down by a reader who knows the sums and that "<5" is 1 to 4."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from caseapp.reports.disclosure import Register, is_small, protect
from tests.reports.attacker import Reader


def _one_way(values: list[int], total: int | None = None) -> Register:
    r = Register()
    r.count("total", sum(values) if total is None else total, fixed=True)
    r.total("total", [r.count(f"row{i}", v) for i, v in enumerate(values)])
    return r


def _reader(r: Register) -> Reader:
    reader = Reader()
    reader.read_printed(protect(r))
    for eq in r.equations:
        reader.equal(dict(eq.terms), eq.constant)
    return reader


def test_the_issue_observation_two_ones_beside_their_total_are_protected() -> None:
    # Total 33, 6 + 25 shown, two cells "<5": zero is printed as 0, so both were 1.
    d = protect(_one_way([6, 25, 1, 1, 0]))
    assert d.mark("row2") == d.mark("row3") == "<5"
    assert d.hidden("row0")  # the 6 goes too: now the two small cells can be 1+1 or 1+2 ...
    assert d.shown("row4") == 0 and d.shown("total") == 33
    assert _reader(_one_way([6, 25, 1, 1, 0])).recovered(["row2", "row3"]) == {}


def test_a_hidden_complement_is_never_a_zero_and_its_mark_says_five_or_more() -> None:
    d = protect(_one_way([3, 0, 0, 12]))
    assert d.shown("row1") == 0 and d.shown("row2") == 0
    assert d.hidden("row3") and d.mark("row3") == "x"


def test_an_attribute_over_fewer_than_five_people_is_hidden() -> None:
    r = Register()
    r.figure("weeks", 99, people=1)
    r.figure("hours", 400, people=5)
    r.figure("none", 0, people=0)
    d = protect(r)
    assert d.hidden("weeks") and d.mark("weeks") == "x"
    assert d.shown("hours") == 400 and d.shown("none") == 0


def test_one_figure_printed_in_two_places_is_one_cell() -> None:
    r = Register()
    r.count("housed_now", 2)
    r.count("housed_now", 2)
    d = protect(r)
    assert d.mark("housed_now") == "<5"


def test_a_small_fixed_figure_is_reported_as_exposed() -> None:
    d = protect(_one_way([2, 1]))
    assert d.shown("total") == 3
    assert d.hidden("row0") and d.hidden("row1")
    assert "total" in d.exposed


@settings(max_examples=120, deadline=None)
@given(
    st.integers(2, 4).flatmap(
        lambda rows: st.integers(2, 3).flatmap(
            lambda cols: st.lists(
                st.lists(st.integers(0, 12), min_size=cols, max_size=cols),
                min_size=rows,
                max_size=rows,
            )
        )
    )
)
def test_no_hidden_cell_of_a_two_way_table_can_be_worked_out(grid: list[list[int]]) -> None:
    r = Register()
    cells = [[r.count(f"c{i}{j}", v) for j, v in enumerate(row)] for i, row in enumerate(grid)]
    rows = [r.count(f"r{i}", sum(row)) for i, row in enumerate(grid)]
    cols = [r.count(f"k{j}", sum(row[j] for row in grid)) for j in range(len(grid[0]))]
    grand = r.count("g", sum(map(sum, grid)), fixed=True)
    for i, row in enumerate(cells):
        r.total(rows[i], row)
    for j, col in enumerate(cols):
        r.total(col, [row[j] for row in cells])
    r.total(grand, rows)
    r.total(grand, cols)
    d = protect(r)
    small = [k for k, c in d.cells.items() if is_small(c.value) and not c.fixed]
    for key in small:
        assert d.mark(key) == "<5"
    for key, cell in d.cells.items():
        assert d.shown(key) in (None, cell.value)
    if not d.exposed:
        assert _reader(r).recovered(small) == {}
