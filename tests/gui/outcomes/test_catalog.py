"""Every text the outcome screens show has its Danish translation."""

from __future__ import annotations

from pathlib import Path

import caseapp.gui.outcomes as package
from caseapp.gui.outcomes.texts_da import CATALOG
from caseapp.gui.translations import catalog_da
from tests.gui.marked_texts import marked_texts, placeholders


def test_every_shown_text_has_a_danish_translation() -> None:
    texts = marked_texts(sorted(Path(package.__file__).parent.glob("*.py")))
    assert len(texts) > 100
    missing = {text: where for text, where in texts.items() if text not in CATALOG}
    assert missing == {}


def test_translations_keep_their_placeholders() -> None:
    for source, danish in CATALOG.items():
        assert placeholders(danish) == placeholders(source), source


def test_importing_the_screens_adds_their_texts_to_the_guis_catalog() -> None:
    assert catalog_da.CATALOG["Why"] == "Hvorfor"
    assert catalog_da.CATALOG["Outcome ledger"] == "Udfaldsregnskab"
