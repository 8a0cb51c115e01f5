"""Invented personal data: names, birth dates, CPR numbers, phone numbers and addresses.

CPR numbers encode the birth date with the right century digit and, like real ones, mostly pass
the modulus-11 check; a few do not, as numbers issued since 2007 may. The last digit is odd for
men and even for women, as in the register (the program itself never reads gender from it).
"""

from __future__ import annotations

from datetime import date, timedelta
from random import Random

from caseapp.demo import names
from caseapp.demo.places import Town
from caseapp.domain import cpr

_WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2)
# Danish mobile number series (the first two digits).
_MOBILE_PREFIXES = (20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 40, 41, 42, 50, 51, 52, 53, 60,
                    61, 71, 81, 91, 92, 93)  # fmt: skip
_FLOORS = ("", "", "", ", st. tv.", ", st. th.", ", 1. tv.", ", 1. th.", ", 2. tv.", ", 2. th.",
           ", 3. mf.", ", 4. tv.")  # fmt: skip


def years_before(day: date, years: int) -> date:
    """The same calendar day `years` earlier (28 February for a 29 February)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def age_on(birth: date, day: date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def birth_date_for_age(on: date, youngest: int, oldest: int, rng: Random) -> date:
    """A birth date that makes the person `youngest` to `oldest` years old on the day `on`."""
    latest = years_before(on, youngest)
    earliest = years_before(on, oldest + 1) + timedelta(days=1)
    return date.fromordinal(rng.randint(earliest.toordinal(), latest.toordinal()))


def _century_digits(year: int) -> tuple[int, ...]:
    """The 7th digits that give this birth year its century (cpr.birth_century, inverted)."""
    yy = year % 100
    return tuple(
        d for d in range(10) if cpr.birth_century(yy, d) + yy == year
    )  # never empty for 1858-2057


def cpr_number(birth: date, male: bool, rng: Random, *, modulus11: bool, taken: set[str]) -> str:
    """A new CPR number for this birth date, not in `taken` (which it is added to).

    When a birth date has run out of numbers that pass modulus 11 (a few hundred per sex), one
    that does not is given instead: that is why the register gives such numbers since 2007.
    """
    head = birth.strftime("%d%m%y")
    head_sum = sum(int(c) * w for c, w in zip(head, _WEIGHTS[:6], strict=True))
    sevenths = _century_digits(birth.year)
    for _ in range(64):
        serial = (rng.choice(sevenths), rng.randrange(10), rng.randrange(10))
        number = _with_last_digit(head, head_sum, serial, male, modulus11, rng)
        if number is not None and number not in taken:
            taken.add(number)
            return number
    # Crowded birth date: take the first free number, passing modulus 11 or not.
    for seventh in sevenths:
        for middle in range(100):
            for last in range(int(male), 10, 2):
                number = f"{head}-{seventh}{middle:02d}{last}"
                if number not in taken:
                    taken.add(number)
                    return number
    raise ValueError("no CPR number left for this birth date")


def _with_last_digit(
    head: str, head_sum: int, serial: tuple[int, int, int], male: bool, modulus11: bool, rng: Random
) -> str | None:
    partial = head_sum + sum(d * w for d, w in zip(serial, _WEIGHTS[6:], strict=True))
    check = -partial % 11
    if modulus11:
        if check == 10 or check % 2 != male:
            return None
        last = check
    else:
        last = rng.choice([d for d in range(int(male), 10, 2) if d != check])
    return f"{head}-{''.join(map(str, serial))}{last}"


def first_name(rng: Random, male: bool, young: bool) -> str:
    if young:
        return rng.choice(names.YOUNG_MEN if male else names.YOUNG_WOMEN)
    return rng.choice(names.ADULT_MEN if male else names.ADULT_WOMEN)


def last_name(rng: Random) -> str:
    # Skewed towards the front of the list, as the common names are far more common.
    count = len(names.LAST_NAMES)
    return names.LAST_NAMES[min(int(rng.random() ** 1.8 * count), count - 1)]


def phone_number(rng: Random) -> str:
    prefix = rng.choice(_MOBILE_PREFIXES)
    rest = rng.randrange(1_000_000)
    return f"+45 {prefix} {rest // 10000:02d} {rest // 100 % 100:02d} {rest % 100:02d}"


def street_address(rng: Random, town: Town) -> str:
    street, place = rng.choice(town.streets)
    number = rng.randint(1, 140)
    letter = "AB"[rng.randrange(2)] if rng.random() < 0.08 else ""
    return f"{street} {number}{letter}{rng.choice(_FLOORS)}, {place}"


def email_address(first: str, last: str, rng: Random) -> str:
    plain = f"{first}.{last}".lower()
    for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa"), ("é", "e"), (" ", "")):
        plain = plain.replace(a, b)
    return f"{plain}{rng.randint(1, 99)}@example.dk"
