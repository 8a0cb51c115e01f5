"""Danish CPR numbers: format, birth date, the modulus-11 check, and masking.

A failed modulus-11 check is only a warning: valid numbers without it are issued since 2007.
Gender is never derived from the number.
"""

from __future__ import annotations

import re
from datetime import date

_CPR = re.compile(r"^(\d{2})(\d{2})(\d{2})-(\d{4})$")
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
    m = _CPR.match(cpr)
    if not m:
        return None
    dd, mm, yy, serial = int(m[1]), int(m[2]), int(m[3]), m[4]
    year = birth_century(yy, int(serial[0])) + yy
    try:
        return date(year, mm, dd)
    except ValueError:
        return None


def format_problem(cpr: str) -> str | None:
    """Why a CPR number is unacceptable, or None (the modulus-11 check may still fail)."""
    if not _CPR.match(cpr):
        return "must be DDMMYY-SSSS"
    if birth_date(cpr) is None:
        return "does not hold a real date"
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
