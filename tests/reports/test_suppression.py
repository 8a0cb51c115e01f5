"""Small-number suppression: nothing from 1 to 4 is printed, and nothing printed gives one away."""

from __future__ import annotations

from collections import defaultdict

from hypothesis import given, settings
from hypothesis import strategies as st

from caseapp.reports.suppression import (
    MARK,
    CountTable,
    Line,
    is_small,
    shown_count,
    suppress,
    suppress_table,
)


def _recoverable_by_bridge(table: CountTable, n_rows: int, n_cols: int) -> list[tuple[int, int]]:
    """Independent check for full tables with both margins: a hidden cell can be worked out
    exactly when, in the graph of hidden cells (rows and columns as nodes, the total row and
    column included), no cycle runs through it, i.e. it is a bridge."""
    edges: list[tuple[tuple[str, int], tuple[str, int], tuple[int, int]]] = []
    for i in range(n_rows + 1):
        for j in range(n_cols + 1):
            if i < n_rows and j < n_cols:
                value = table.cells[i][j]
            elif i < n_rows:
                value = table.row_totals[i] if table.row_totals else 0
            elif j < n_cols:
                value = table.column_totals[j] if table.column_totals else 0
            else:
                value = table.grand_total
            if value is None:
                edges.append((("r", i), ("c", j), (i, j)))
    found = []
    for skip in range(len(edges)):
        a, b, cell = edges[skip]
        graph = defaultdict(set)
        for k, (x, y, _) in enumerate(edges):
            if k != skip:
                graph[x].add(y)
                graph[y].add(x)
        seen, todo = {a}, [a]
        while todo:
            for nxt in graph[todo.pop()]:
                if nxt not in seen:
                    seen.add(nxt)
                    todo.append(nxt)
        if b not in seen:
            found.append(cell)
    return found


def test_a_group_of_two_next_to_its_total_hides_its_neighbour_too() -> None:
    # 2 lost contact, 6 completed, 8 exited in all: printing 6 and 8 would give away the 2.
    table = suppress_table([[2], [6], [0]], column_totals=True, fixed_column_totals=True)
    assert table.cells == [[None], [None], [0]]
    assert table.column_totals == [8]


def test_counts_of_five_or_more_and_zeros_are_printed() -> None:
    table = suppress_table([[5, 0], [12, 7]], row_totals=True, column_totals=True)
    assert table.cells == [[5, 0], [12, 7]]
    assert table.row_totals == [5, 19]
    assert table.grand_total == 24
    assert not table.any_hidden


def test_one_small_cell_in_a_two_way_table_takes_a_rectangle_of_cells_with_it() -> None:
    table = suppress_table(
        [[3, 10, 12], [9, 11, 14], [20, 6, 30]], row_totals=True, column_totals=True
    )
    hidden = [(i, j) for i, row in enumerate(table.cells) for j, v in enumerate(row) if v is None]
    assert (0, 0) in hidden
    assert len(hidden) == 4  # the small cell and three complements closing one rectangle
    rows = {i for i, _ in hidden}
    cols = {j for _, j in hidden}
    assert len(rows) == 2 and len(cols) == 2
    assert table.row_totals == [25, 34, 56] and table.grand_total == 115
    assert _recoverable_by_bridge(table, 3, 3) == []


def test_the_smallest_non_zero_neighbour_is_chosen_as_complement() -> None:
    table = suppress_table([[1], [0], [40], [9]], column_totals=True)
    assert table.cells == [[None], [0], [40], [None]]


def test_zeros_protect_when_nothing_else_can() -> None:
    # Everyone who exited gave the same reason: the only other cells are zeros.
    table = suppress_table([[3], [0], [0]], column_totals=True, fixed_column_totals=True)
    assert table.column_totals == [3]
    assert table.cells[0] == [None]
    assert sum(1 for row in table.cells if row[0] is None) == 2


def test_a_fixed_total_is_printed_even_when_small() -> None:
    table = suppress_table([[2], [1]], column_totals=True, fixed_column_totals=True)
    assert table.column_totals == [3]
    assert table.cells == [[None], [None]]


def test_a_cell_that_only_a_published_total_could_hide_is_reported_as_exposed() -> None:
    result = suppress({"a": 2, "t": 2}, [Line(("a",), "t")], fixed=["t"])
    assert result.hidden("a")
    assert result.exposed == frozenset({"a"})


def test_overlapping_rows_get_primary_suppression_only() -> None:
    table = suppress_table([[3, 20], [15, 2]], additive=False)
    assert table.cells == [[None, 20], [15, None]]


def test_single_counts_outside_tables() -> None:
    assert shown_count(4) is None
    assert shown_count(0) == 0
    assert shown_count(5) == 5
    assert is_small(1) and not is_small(0) and not is_small(5)
    assert MARK == "<5"


@settings(max_examples=150, deadline=None)
@given(
    st.integers(2, 5).flatmap(
        lambda rows: st.integers(2, 4).flatmap(
            lambda cols: st.lists(
                st.lists(st.integers(0, 12), min_size=cols, max_size=cols),
                min_size=rows,
                max_size=rows,
            )
        )
    )
)
def test_no_hidden_cell_of_a_two_way_table_can_be_worked_out(grid: list[list[int]]) -> None:
    table = suppress_table(grid, row_totals=True, column_totals=True)
    n_rows, n_cols = len(grid), len(grid[0])
    for i in range(n_rows):
        for j in range(n_cols):
            if is_small(grid[i][j]):
                assert table.cells[i][j] is None
            elif table.cells[i][j] is not None:
                assert table.cells[i][j] == grid[i][j]
    assert table.suppression is not None and not table.suppression.exposed
    assert _recoverable_by_bridge(table, n_rows, n_cols) == []
