"""Numbers, amounts, rates and dates written the way a Danish or English reader expects.

The values come from `to_json_dict` (amounts with two decimals, rates with four), so what a
screen shows is exactly what `caseapp outcomes --json` prints, only written for people.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from caseapp.domain import formatting
from caseapp.gui import i18n


def count(value: int) -> str:
    return formatting.number(value, i18n.current())


def amount(value: float | Decimal | None, currency: str = "DKK") -> str:
    """An amount with two decimals and its currency, as the reports write it; a dash for none."""
    if value is None:
        return "–"
    return formatting.money(value, currency, i18n.current())


def whole(value: float) -> str:
    """A round number for a chart axis, without decimals when it has none."""
    return formatting.number(value, i18n.current(), 0 if float(value).is_integer() else 1)


def rate(value: float | None) -> str:
    """A rate (a fraction with four decimals) as a percentage with two decimals."""
    if value is None:
        return "–"
    return formatting.percent(value, i18n.current(), 2)


def day(value: date | None) -> str:
    return i18n.format_date(value) if value is not None else "–"


def moment(value: datetime) -> str:
    """A stored time (UTC) in the reader's local time, to the minute."""
    return i18n.format_datetime(value.astimezone())
