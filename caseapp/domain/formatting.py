"""Numbers, money, rates and dates written the way each language writes them: the one home of
these formats, for the screens and every report alike, so a figure reads the same everywhere.

Danish: 1.234.567,89 kr., 45,8 %, 30. juni 2024, 2. kvt. 2024.
English: DKK 1,234,567.89, 45.8%, 30 June 2024, Q2 2024.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal, localcontext

# A count too small to show (people could be recognised); see reports/disclosure.py.
SUPPRESSED = "<5"

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


def half_up(value: Decimal, places: int) -> Decimal:
    """`value` rounded half up to `places` decimals, however many digits it has (a plain
    quantize refuses results longer than the 28 digits of the default context)."""
    with localcontext() as context:
        context.prec = max(28, value.adjusted() + places + 2)
        return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def number(value: int | float | Decimal, lang: str, places: int = 0) -> str:
    """A number with the language's thousands separator and decimal mark; half up rounding."""
    d = Decimal(str(value)) if isinstance(value, float) else Decimal(value)
    q = half_up(d, places)
    sign = "-" if q < 0 else ""
    whole, _, frac = f"{abs(q):f}".partition(".")
    thousands, mark = (".", ",") if lang == "da" else (",", ".")
    text = _group(whole, thousands)
    if places:
        text += mark + frac.ljust(places, "0")[:places]
    return sign + text


def decimal(value: int | float | Decimal, lang: str, most: int = 2) -> str:
    """A measured value (hours a week) with as many decimals as it has, up to `most`: 12,5."""
    text = f"{half_up(Decimal(str(value)), most):f}"
    places = len(text.partition(".")[2].rstrip("0"))
    return number(value, lang, places)


def count(value: int | None, lang: str) -> str:
    """A person count; None is a suppressed count."""
    return SUPPRESSED if value is None else number(value, lang)


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


def time_of_day(moment: datetime, lang: str) -> str:
    """30.06.2024 14:05 / 30 Jun 2024 14:05."""
    return f"{short_date(moment.date(), lang)} {moment:%H:%M}"


def parse_short_date(text: str) -> date | None:
    """A date as `short_date` writes it, or as people type it: 30.06.2024, 30-06-2024,
    30/06/2024, 2024-06-30, 30 Jun 2024, 30 June 2024; None if it is not one."""
    text = text.strip()
    try:
        if len(text) == 10 and text[4] == "-":
            return date.fromisoformat(text)
        words = text.replace(".", " ").split()
        if len(words) == 3 and words[1].isalpha():
            month = _month_number(words[1])
            return date(int(words[2]), month, int(words[0])) if month else None
        for sep in ("-", ".", "/"):
            parts = text.split(sep)
            if len(parts) == 3 and len(parts[2]) == 4:
                return date(int(parts[2]), int(parts[1]), int(parts[0]))
    except ValueError:
        return None
    return None


def _month_number(word: str) -> int | None:
    word = word.casefold()
    for names in (*_MONTHS.values(), *_SHORT_MONTHS.values()):
        for i, name in enumerate(names):
            if name.casefold() == word:
                return i + 1
    return None


def quarter(label: str, lang: str) -> str:
    """'2024Q2' as 2. kvt. 2024 / Q2 2024."""
    year, _, q = label.partition("Q")
    return f"{q}. kvt. {year}" if lang == "da" else f"Q{q} {year}"


def short_quarter(label: str, lang: str) -> str:
    """'2024Q2' as 2.kv 24 / Q2 24, for chart axes."""
    year, _, q = label.partition("Q")
    return f"{q}.kv {year[2:]}" if lang == "da" else f"Q{q} {year[2:]}"
