"""Paths into a dataset document, as users read them: `participants[3].activities[0].end`."""

from __future__ import annotations

import re
from collections.abc import Iterable

_PART = re.compile(r"\[(\d+)\]|([^.\[\]]+)")


def join_path(parts: Iterable[str | int]) -> str:
    """`("participants", 3, "end")` -> `participants[3].end`."""
    out = ""
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def child(path: str, name: str) -> str:
    if not name:
        return path
    return f"{path}.{name}" if path else name


def sort_key(path: str) -> tuple[tuple[int, int | str], ...]:
    """Document order for list positions (`[10]` after `[9]`), names in a fixed order."""
    return tuple((0, int(index)) if index else (1, name) for index, name in _PART.findall(path))
