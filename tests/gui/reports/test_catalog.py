"""The report screens' Danish texts keep the fields their English sources fill in."""

from __future__ import annotations

import re

from caseapp.gui.reports.texts_da import CATALOG
from caseapp.gui.translations import catalog_da


def _fields(text: str) -> set[str]:
    return set(re.findall(r"{(\w+)}", text))


def test_translations_keep_their_placeholders() -> None:
    for source, danish in CATALOG.items():
        assert _fields(source) == _fields(danish), source


def test_the_texts_join_the_catalog() -> None:
    import caseapp.gui.reports  # noqa: F401

    assert catalog_da.CATALOG["Check now"] == "Tjek nu"
