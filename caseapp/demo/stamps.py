"""The columns every stored record carries (uuid, created_at, updated_at, version), made cheaply.

A million rows need a million UUIDs: they are drawn from the demo's own random streams (so a seed
gives the same demo) and formatted directly, with the version-4 and variant bits set.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from random import Random
from typing import Any

_CLEAR = ~((0xF << 76) | (0x3 << 62))
_SET = (0x4 << 76) | (0x2 << 62)


def uuid_text(rng: Random) -> str:
    """A random version-4 UUID in its usual text form (as str(uuid.uuid4()) gives)."""
    h = f"{rng.getrandbits(128) & _CLEAR | _SET:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def at_office(day: date, hour: int = 10) -> datetime:
    """When something about `day` was written down: that morning, in UTC."""
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC)


def stamped(row: dict[str, Any], rng: Random, written: datetime) -> dict[str, Any]:
    """The row with its record columns: a fresh uuid, written (and last changed) at `written`."""
    row["uuid"] = uuid_text(rng)
    row["created_at"] = written
    row["updated_at"] = written
    row["version"] = 1
    return row
