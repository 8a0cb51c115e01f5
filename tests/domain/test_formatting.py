"""Numbers and dates as each report language writes them."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from caseapp.domain import formatting as fmt


def test_danish_money_dates_and_rates() -> None:
    assert fmt.money(Decimal("1234567.891"), "DKK", "da") == "1.234.567,89 kr."
    assert fmt.long_date(date(2024, 6, 30), "da") == "30. juni 2024"
    assert fmt.percent(0.4583, "da") == "45,8 %"
    assert fmt.number(1234, "da") == "1.234"
    assert fmt.quarter("2024Q2", "da") == "2. kvt. 2024"


def test_english_money_dates_and_rates() -> None:
    assert fmt.money(1234567.89, "DKK", "en") == "DKK 1,234,567.89"
    assert fmt.long_date(date(2024, 6, 30), "en") == "30 June 2024"
    assert fmt.percent(0.4583, "en") == "45.8%"
    assert fmt.quarter("2024Q2", "en") == "Q2 2024"


def test_rounding_is_half_up_and_negative_numbers_keep_their_sign() -> None:
    assert fmt.number(Decimal("0.125"), "en", 2) == "0.13"
    assert fmt.number(-1234.5, "da", 1) == "-1.234,5"
    assert fmt.money(None, "DKK", "da") == "-"


def test_a_suppressed_count_is_printed_as_less_than_five() -> None:
    assert fmt.count(None, "da") == "<5"
    assert fmt.count(12345, "en") == "12,345"


def test_a_number_beyond_28_digits_is_written_out_not_refused() -> None:
    # A tiny investment (the schema allows 0.000...1) makes the repayment ratio astronomically
    # large; the report must still print it rather than stop with decimal.InvalidOperation.
    huge = Decimal(1) / Decimal("1e-40")
    assert fmt.number(huge, "en", 1) == "10,000,000,000,000,000,000,000,000,000,000,000,000,000.0"
    assert fmt.percent(huge, "da").startswith("1.000.000")
    assert fmt.decimal(Decimal("1e40"), "en").startswith("10,000")
