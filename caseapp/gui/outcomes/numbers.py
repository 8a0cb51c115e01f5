"""Numbers, amounts, rates and dates written the way a Danish or English reader expects.

The values come from `to_json_dict` (amounts with two decimals, rates with four), so what a
screen shows is exactly what `caseapp outcomes --json` prints, only written for people.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from caseapp.gui import i18n


def _localise(text: str) -> str:
    """Swap the English separators (1,234.5) for the Danish ones (1.234,5) when speaking Danish."""
    if i18n.current() != "da":
        return text
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def count(value: int) -> str:
    return _localise(f"{value:,}")


def amount(value: float | Decimal | None, currency: str = "DKK") -> str:
    """An amount with two decimals and its currency; a dash when there is none."""
    if value is None:
        return "–"
    return f"{_localise(f'{value:,.2f}')} {currency}"


def whole(value: float) -> str:
    """A round number for a chart axis, without decimals when it has none."""
    if float(value).is_integer():
        return _localise(f"{int(value):,}")
    return _localise(f"{value:,.1f}")


def rate(value: float | None) -> str:
    """A rate (a fraction with four decimals) as a percentage with two decimals."""
    if value is None:
        return "–"
    text = _localise(f"{value * 100:.2f}")
    return f"{text} %" if i18n.current() == "da" else f"{text}%"


def day(value: date | None) -> str:
    return i18n.format_date(value) if value is not None else "–"


def moment(value: datetime) -> str:
    """A stored time (UTC) in the reader's local time, to the minute."""
    return i18n.format_datetime(value.astimezone())
