"""Danish as people write it: search that forgives æ/ae, ø/oe, å/aa and accents both ways, and
the Danish alphabet with numbers by value."""

from __future__ import annotations

import pytest

from caseapp.domain.danish_text import matches, natural_key, search_terms, search_text, sort_key


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("soren", "Søren Ærø"),
        ("soeren", "Søren"),
        ("Søren", "Soeren"),
        ("aase", "Åse"),
        ("ase", "Åse"),
        ("Åse", "Aase"),
        ("aero", "Ærø"),
        ("aeroe", "Ærø"),
        ("jose", "José"),
        ("josé", "Jose"),
        ("mueller", "Müller"),
        ("ö", "Øster"),
        ("sø la", "Søren Larsen"),
    ],
)
def test_search_folds_danish_letters_and_accents(typed: str, stored: str) -> None:
    assert matches(search_terms(typed), search_text(stored))


def test_search_still_tells_names_apart() -> None:
    assert not matches(search_terms("soren"), search_text("Sarah"))
    assert not matches(search_terms("ase"), search_text("Aage"))


def test_the_danish_alphabet_and_numbers_by_value() -> None:
    names = ["Aage", "Zaki", "Åse", "Ærø", "Øster", "ebbe", "Émile"]
    assert sorted(names, key=sort_key) == ["ebbe", "Émile", "Zaki", "Ærø", "Øster", "Aage", "Åse"]
    keys = ["P-10000", "P-1001", "P-1000", "P-999"]
    assert sorted(keys, key=sort_key) == ["P-999", "P-1000", "P-1001", "P-10000"]
    assert sorted(keys, key=natural_key) == ["P-999", "P-1000", "P-1001", "P-10000"]
