"""Invented CPR numbers and birth dates look like real ones."""

from __future__ import annotations

from datetime import date
from random import Random

from caseapp.demo import identity
from caseapp.domain import cpr


def test_cpr_numbers_encode_the_birth_date_with_the_right_century() -> None:
    rng = Random(3)
    taken: set[str] = set()
    for birth in (date(1964, 5, 31), date(1999, 12, 31), date(2000, 1, 1), date(2004, 2, 29)):
        for male in (True, False):
            number = identity.cpr_number(birth, male, rng, modulus11=True, taken=taken)
            assert cpr.format_problem(number) is None
            assert cpr.birth_date(number) == birth
            assert cpr.passes_modulus11(number)
            assert int(number[-1]) % 2 == male


def test_some_numbers_fail_modulus_11_as_numbers_since_2007_may() -> None:
    rng = Random(4)
    taken: set[str] = set()
    number = identity.cpr_number(date(2003, 2, 1), False, rng, modulus11=False, taken=taken)
    assert cpr.birth_date(number) == date(2003, 2, 1)
    assert not cpr.passes_modulus11(number)
    assert number in taken


def test_numbers_are_never_given_twice_even_when_a_birth_date_runs_out() -> None:
    rng = Random(5)
    taken: set[str] = set()
    numbers = [
        identity.cpr_number(date(2001, 7, 7), True, rng, modulus11=True, taken=taken)
        for _ in range(1000)
    ]
    assert len(set(numbers)) == 1000
    assert all(cpr.birth_date(n) == date(2001, 7, 7) for n in numbers)
    # A few hundred men born that day can have a number passing modulus 11; then no more.
    passing = sum(cpr.passes_modulus11(n) for n in numbers)
    assert 200 < passing < 1000


def test_birth_dates_give_the_asked_age_on_the_day() -> None:
    rng = Random(6)
    for on in (date(2024, 2, 29), date(2025, 1, 1), date(2025, 12, 31)):
        for _ in range(200):
            birth = identity.birth_date_for_age(on, 18, 24, rng)
            assert 18 <= identity.age_on(birth, on) <= 24
