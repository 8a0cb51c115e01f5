"""Danish text as people write it: searching that forgives æ/ae, ø/oe, å/aa and accents, and
sorting in the Danish alphabet (… x y z æ ø å, "aa" as å) with numbers in natural order.

The GUI sorts with Qt's collator (the same order, from the system's ICU); this is the order the
core and the reports use, where there is no Qt.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

# Letters that are spelt out in two letters without a Danish keyboard, and the single letter
# people also type instead (Søren as "Soeren" or "Soren"). ö, ä and ü are their Swedish and
# German twins.
_SPELT = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "ö": "oe", "ä": "ae", "ü": "ue"})
_DROPPED = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "ö": "o", "ä": "a", "ü": "u"})
_NUMBER = re.compile(r"(\d+)")
# After z: æ, ø, å (ö, ä, ü sort as ø, æ, y in Danish).
_ALPHABET_END = str.maketrans({"æ": "{", "ä": "{", "ø": "|", "ö": "|", "å": "}", "ü": "y"})


def _without_accents(text: str) -> str:
    if text.isascii():
        return text  # nothing to take off (most names once æ, ø, å are spelt out): 10x quicker
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def search_text(text: str) -> str:
    """What a stored text is searched in: its spelt-out and its dropped-letter forms."""
    folded = text.casefold()
    spelt = _without_accents(folded.translate(_SPELT))
    dropped = _without_accents(folded.translate(_DROPPED))
    return spelt if spelt == dropped else f"{spelt}\n{dropped}"


def search_terms(query: str) -> list[str]:
    """The words of what was typed, folded so they meet `search_text` (Søren -> soeren)."""
    return _without_accents(query.casefold().translate(_SPELT)).split()


def matches(terms: list[str], text: str) -> bool:
    """Every term occurs in the searched text (made by `search_text`)."""
    return all(term in text for term in terms)


def sort_key(text: str) -> tuple[Any, ...]:
    """Danish alphabetical order, case and accents aside, numbers by value (P-1000 < P-10000)."""
    folded = text.casefold().replace("aa", "å")
    # Accents go, but not the ring of å: it is a letter of its own.
    letters = "".join(
        c if c in "æøåöäü" else _without_accents(c) for c in unicodedata.normalize("NFC", folded)
    ).translate(_ALPHABET_END)
    return natural_key(letters)


def natural_key(text: str) -> tuple[Any, ...]:
    """Digits compared as numbers: P-999 < P-1000 < P-10000."""
    parts = _NUMBER.split(text)
    return tuple(int(p) if i % 2 else p for i, p in enumerate(parts))


# For a full-text index that keeps ø and æ and reads å as a: what each letter or pair typed may
# stand for (soren -> søren, aero -> ærø, aase -> ase, Søren -> soeren).
_ALTERNATIVES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("oe", ("oe", "ø")),
    ("ae", ("ae", "æ")),
    ("aa", ("aa", "a")),
    ("ø", ("ø", "oe", "o")),
    ("ö", ("ø", "oe", "o")),
    ("æ", ("æ", "ae")),
    ("ä", ("æ", "ae")),
    ("o", ("o", "ø")),
)
MOST_SPELLINGS = 32


def spellings(word: str) -> list[str]:
    """The ways a typed word may be spelt in a stored text, for a full-text index."""
    word = "".join(c if c in "øæöä" else _without_accents(c) for c in word.casefold())
    found = [""]
    i = 0
    while i < len(word):
        options: tuple[str, ...] = (word[i],)
        step = 1
        for pattern, choices in _ALTERNATIVES:
            if word.startswith(pattern, i):
                options, step = choices, len(pattern)
                break
        found = [f + o for f in found for o in options][:MOST_SPELLINGS]
        i += step
    return found


_WORD = re.compile(r"\w+")


def highlights(text: str, query: str) -> list[tuple[int, int]]:
    """(start, end) of the words in `text` that hold a word of `query` (as the search finds it)."""
    terms = search_terms(query)
    if not terms:
        return []
    spans = []
    for m in _WORD.finditer(text):
        forms = search_text(m.group()).split("\n")
        if any(t in form for form in forms for t in terms):
            spans.append((m.start(), m.end()))
    return spans
