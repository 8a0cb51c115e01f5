"""Numbers, money, rates and dates written the way each report language writes them.

Danish: 1.234.567,89 kr., 45,8 %, 30. juni 2024, 2. kvt. 2024.
English: DKK 1,234,567.89, 45.8%, 30 June 2024, Q2 2024.
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from caseapp.reports.disclosure import SMALL_MARK as MARK

_MONTHS = {
    "da": (
        "januar",
        "februar",
        "marts",
        "april",
        "maj",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "december",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}
_SHORT_MONTHS = {lang: tuple(m[:3] for m in names) for lang, names in _MONTHS.items()}


def _group(digits: str, sep: str) -> str:
    out = []
    while len(digits) > 3:
        out.append(digits[-3:])
        digits = digits[:-3]
    out.append(digits)
    return sep.join(reversed(out))


def number(value: int | float | Decimal, lang: str, places: int = 0) -> str:
    """A number with the language's thousands separator and decimal mark; half up rounding."""
    d = Decimal(str(value)) if isinstance(value, float) else Decimal(value)
    q = d.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    sign = "-" if q < 0 else ""
    whole, _, frac = f"{abs(q):f}".partition(".")
    thousands, mark = (".", ",") if lang == "da" else (",", ".")
    text = _group(whole, thousands)
    if places:
        text += mark + frac.ljust(places, "0")[:places]
    return sign + text


def count(value: int | None, lang: str) -> str:
    """A person count; None is a suppressed count."""
    return MARK if value is None else number(value, lang)


def money(value: int | float | Decimal | None, currency: str, lang: str, places: int = 2) -> str:
    """1.234.567,89 kr. in Danish, DKK 1,234,567.89 in English; '-' for no amount."""
    if value is None:
        return "-"
    text = number(value, lang, places)
    if lang == "da":
        return f"{text} kr." if currency == "DKK" else f"{text} {currency}"
    return f"{currency} {text}"


def percent(fraction: float | Decimal | None, lang: str, places: int = 1) -> str:
    """A share as a percentage: 45,8 % in Danish, 45.8% in English."""
    if fraction is None:
        return "-"
    text = number(Decimal(str(fraction)) * 100, lang, places)
    return f"{text} %" if lang == "da" else f"{text}%"


def long_date(day: date, lang: str) -> str:
    """30. juni 2024 / 30 June 2024."""
    month = _MONTHS[lang][day.month - 1]
    return f"{day.day}. {month} {day.year}" if lang == "da" else f"{day.day} {month} {day.year}"


def short_date(day: date, lang: str) -> str:
    """30.06.2024 / 30 Jun 2024, for tables."""
    if lang == "da":
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return f"{day.day} {_SHORT_MONTHS['en'][day.month - 1]} {day.year}"


def quarter(label: str, lang: str) -> str:
    """'2024Q2' as 2. kvt. 2024 / Q2 2024."""
    year, _, q = label.partition("Q")
    return f"{q}. kvt. {year}" if lang == "da" else f"Q{q} {year}"


def short_quarter(label: str, lang: str) -> str:
    """'2024Q2' as 2.kv 24 / Q2 24, for chart axes."""
    year, _, q = label.partition("Q")
    return f"{q}.kv {year[2:]}" if lang == "da" else f"Q{q} {year[2:]}"
