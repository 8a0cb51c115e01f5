"""CPR numbers: birth dates by century digit, the modulus-11 check as a warning, masking."""

from __future__ import annotations

from datetime import date

import pytest

from caseapp.domain import cpr


@pytest.mark.parametrize(
    ("number", "born"),
    [
        ("010203-1234", date(1903, 2, 1)),  # 7th digit 0-3: 1900s
        ("010203-4234", date(2003, 2, 1)),  # 4 and year <= 36: 2000s
        ("010250-4234", date(1950, 2, 1)),  # 4 and year > 36: 1900s
        ("010257-5234", date(2057, 2, 1)),  # 5-8 and year <= 57: 2000s
        ("010260-5234", date(1860, 2, 1)),  # 5-8 and year > 57: 1800s
        ("010299-9234", date(1999, 2, 1)),  # 9 and year > 36: 1900s
    ],
)
def test_birth_date_follows_the_century_digit(number: str, born: date) -> None:
    assert cpr.birth_date(number) == born
    assert cpr.format_problem(number) is None


@pytest.mark.parametrize(
    ("number", "problem"),
    [
        ("0102031234", "must be DDMMYY-SSSS"),
        ("310203-1234", "does not hold a real date"),
        ("290201-1234", "does not hold a real date"),
        ("01020-31234", "must be DDMMYY-SSSS"),
    ],
)
def test_bad_numbers_are_named_without_repeating_them(number: str, problem: str) -> None:
    assert str(cpr.format_problem(number)) == problem
    assert number not in problem


def test_modulus_11_is_a_check_not_a_rule() -> None:
    assert cpr.passes_modulus11("070761-4285")  # weights 4,3,2,7,6,5,4,3,2,1 sum to 0 mod 11
    assert not cpr.passes_modulus11("010203-4321")
    # A number failing the check is still a valid number (issued since 2007).
    assert cpr.format_problem("010203-4321") is None


def test_masking_keeps_the_birth_date_only() -> None:
    assert cpr.mask("010203-4321") == "010203-XXXX"
    assert cpr.mask(None) == ""


def test_a_uuid_with_ten_digits_in_a_row_is_not_masked() -> None:
    from caseapp.domain.cpr import mask_all

    uuid = "ab123456-7890-4bcd-8123-1234567890ab"
    assert mask_all(f"edited {uuid}, CPR 010203-4321") == f"edited {uuid}, CPR 010203-XXXX"
