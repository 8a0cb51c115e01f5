"""Searching, filtering and sorting the participant list in memory, as the user types.

The rows come from `caseload.participant_rows` once; every keystroke then only walks a list of
precomputed search texts, which stays well under a millisecond per thousand participants.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from caseapp.domain import danish_text
from caseapp.services.caseload import NOT_SEEN_DAYS, ParticipantRow

COLUMNS: tuple[str, ...] = (
    "key",
    "name",
    "age",
    "project",
    "status",
    "key_worker",
    "housing",
    "activity",
    "days_since_contact",
    "next_task",
)
# Columns holding a code: they sort by the label the user reads, not by the code.
CODE_COLUMNS = frozenset({"project", "status", "housing", "activity"})

Labeller = Callable[[str, str], str]
# A text's place in the order: Danish collation by default; the GUI passes Qt's collator.
TextKey = Callable[[str], Any]


@dataclass(frozen=True)
class ListFilter:
    text: str = ""
    project: str | None = None
    status: str | None = None
    key_worker: str | None = None
    not_seen: bool = False
    unverified_job: bool = False


def _no_label(column: str, code: str) -> str:
    return code


class CaseloadIndex:
    """The rows plus what makes each search cheap; immutable once built."""

    def __init__(self, rows: Sequence[ParticipantRow]) -> None:
        self.rows: tuple[ParticipantRow, ...] = tuple(rows)
        # Folded once, so "soren" finds Søren and "aase" Åse as the user types.
        self._text = [danish_text.search_text(f"{r.key} {r.name}") for r in self.rows]
        self._position = {r.key: i for i, r in enumerate(self.rows)}
        # Sort keys per (column, day, label language), made on first use of each, with the
        # function that made them (to remake a changed row's key alone).
        self._keys: dict[tuple[str, date, str], tuple[Callable[[ParticipantRow], Any], list[Any]]]
        self._keys = {}

    def replaced(self, rows: Sequence[ParticipantRow]) -> CaseloadIndex:
        """A new index with `rows` in the places of the rows of the same keys (every key must
        be in this index): what a change to a few people makes of the list, without remaking
        the search texts and sort keys of everyone else."""
        out = CaseloadIndex.__new__(CaseloadIndex)
        out.rows, out._text, out._position = self.rows, list(self._text), self._position
        out._keys = {name: (value, list(keys)) for name, (value, keys) in self._keys.items()}
        changed = list(out.rows)
        for row in rows:
            i = self._position[row.key]
            changed[i] = row
            out._text[i] = danish_text.search_text(f"{row.key} {row.name}")
            for value, keys in out._keys.values():
                keys[i] = value(row)
        out.rows = tuple(changed)
        return out

    def __len__(self) -> int:
        return len(self.rows)

    def position(self, key: str) -> int | None:
        return self._position.get(key)

    def select(self, f: ListFilter, today: date) -> list[int]:
        """Positions of the rows that match every part of the filter, in index order."""
        tokens = danish_text.search_terms(f.text)
        out: list[int] = []
        rows, texts = self.rows, self._text
        for i, row in enumerate(rows):
            if f.project is not None and row.project != f.project:
                continue
            if f.status is not None and row.status != f.status:
                continue
            if f.key_worker is not None and row.key_worker != f.key_worker:
                continue
            if f.unverified_job and not row.unverified_job:
                continue
            if f.not_seen and not row.not_seen(today, NOT_SEEN_DAYS):
                continue
            if tokens and not _matches(tokens, texts[i], row.cpr_tail):
                continue
            out.append(i)
        return out

    def order(
        self,
        positions: Sequence[int],
        column: str,
        descending: bool,
        today: date,
        label: Labeller = _no_label,
        label_key: str = "",
        text_key: TextKey = danish_text.sort_key,
    ) -> list[int]:
        """`positions` sorted on a column; rows without a value come last either way.

        `label_key` names the labels and the order of texts (their language) so sort keys can
        be reused.
        """
        known = self._keys.get((column, today, label_key))
        if known is None:
            value = _sort_value(column, today, label, text_key)
            known = (value, [value(row) for row in self.rows])
            self._keys[(column, today, label_key)] = known
        keys = known[1]
        present = [i for i in positions if keys[i] is not None]
        missing = [i for i in positions if keys[i] is None]
        present.sort(key=keys.__getitem__, reverse=descending)
        return present + missing


def _matches(tokens: list[str], text: str, cpr_tail: str) -> bool:
    for token in tokens:
        if token in text:
            continue
        # Digits alone may be the end of a CPR number ("4321" or "-4321").
        digits = token.lstrip("-")
        if digits.isdigit() and cpr_tail and cpr_tail.endswith(digits):
            continue
        return False
    return True


def _sort_value(
    column: str, today: date, label: Labeller, text_key: TextKey
) -> Callable[[ParticipantRow], Any]:
    def text(value: str | None) -> Any:
        return text_key(value) if value else None

    if column in CODE_COLUMNS:

        def by_label(row: ParticipantRow) -> Any:
            code = getattr(row, column)
            return None if code is None else text(label(column, code))

        return by_label
    if column == "name":
        return lambda row: text(row.name)
    if column == "key_worker":
        return lambda row: text(row.key_worker_name or row.key_worker)
    if column == "key":
        return lambda row: text(row.key)  # natural order: P-1000 < P-1001 < P-10000
    if column == "days_since_contact":
        return lambda row: row.days_since_contact(today)
    if column == "next_task":
        # Undated tasks after dated ones; people without an open task last.
        return lambda row: (
            None
            if row.next_task_title is None
            else (row.next_task_due is None, row.next_task_due or date.max)
        )
    if column == "age":
        return lambda row: row.age
    raise KeyError(column)
