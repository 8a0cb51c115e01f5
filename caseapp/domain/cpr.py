"""Danish CPR numbers: format, birth date, the modulus-11 check, and masking.

A failed modulus-11 check is only a warning: valid numbers without it are issued since 2007.
Gender is never derived from the number.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from caseapp.domain.errors import Message

# The one CPR pattern: six digits (the birth date, DDMMYY), an optional hyphen or space,
# and four more, not inside a longer number. Masking finds it in any text with any Unicode digit
# (full-width digits must not slip through); a number given as a value must be the written form
# `DDMMYY-SSSS` in ASCII digits, all of it (`fullmatch`: no trailing newline).
_SHAPE = r"(?<!\d)(\d{6})[- ]?(\d{4})(?!\d)"
SHAPED = re.compile(_SHAPE)
_WRITTEN = re.compile(_SHAPE.replace("[- ]?", "-"), re.ASCII)
_WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)


def birth_century(yy: int, seventh: int) -> int:
    """The century (e.g. 1900) of a CPR number's year from its 7th digit (the official table)."""
    if seventh in (0, 1, 2, 3):
        return 1900
    if seventh in (4, 9):
        return 2000 if yy <= 36 else 1900
    # 5, 6, 7, 8
    return 2000 if yy <= 57 else 1800


def birth_date(cpr: str) -> date | None:
    """The birth date a CPR number encodes, or None if it is not `DDMMYY-SSSS` with a real date."""
    m = _WRITTEN.fullmatch(cpr)
    if not m:
        return None
    dd, mm, yy, serial = int(m[1][:2]), int(m[1][2:4]), int(m[1][4:]), m[2]
    year = birth_century(yy, int(serial[0])) + yy
    try:
        return date(year, mm, dd)
    except ValueError:
        return None


def format_problem(cpr: str) -> Message | None:
    """Why a CPR number is unacceptable, or None (the modulus-11 check may still fail)."""
    # Here, not at the top: the errors module masks CPR numbers with this one's patterns.
    from caseapp.domain.errors import Message

    if not _WRITTEN.fullmatch(cpr):
        return Message("must be DDMMYY-SSSS")
    if birth_date(cpr) is None:
        return Message("does not hold a real date")
    return None


def passes_modulus11(cpr: str) -> bool:
    digits = [int(c) for c in cpr.replace("-", "")]
    if len(digits) != 10:
        return False
    return sum(d * w for d, w in zip(digits, _WEIGHTS, strict=True)) % 11 == 0


def mask(cpr: str | None) -> str:
    """`010203-XXXX`: the birth date part stays readable, the serial never."""
    if not cpr:
        return ""
    return cpr[:6] + "-XXXX" if len(cpr) >= 6 else "XXXXXX-XXXX"


# Six digits in a row may be part of a CPR number typed wrong (a digit too many or too few).
_PART = re.compile(r"\d{6}(?:[- ]?\d)*")


def looks_like(text: str) -> bool:
    """Whether a text may hold (part of) a CPR number: such a value is never repeated."""
    return _PART.search(text) is not None


def mask_parts(text: str) -> str:
    """Every run of six or more digits masked whole: for messages about values that may be
    mistyped CPR numbers (a dataset's problems)."""
    return _PART.sub("XXXXXX-XXXX", text)


# A record's UUID may hold ten digits in a row ("…a1234567-8901-…"): it is not a CPR number.
_UUID = re.compile(r"([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})")


def mask_all(text: str) -> str:
    """Every CPR-shaped number in a text masked to `DDMMYY-XXXX` (messages, logs, audit);
    UUIDs are left whole."""
    parts = _UUID.split(text)
    # split() with a group: the UUIDs stand at the odd places.
    return "".join(part if i % 2 else SHAPED.sub(r"\1-XXXX", part) for i, part in enumerate(parts))
