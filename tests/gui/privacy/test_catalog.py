"""Every text the privacy screens show has its Danish translation."""

from __future__ import annotations

from pathlib import Path

import caseapp.gui.privacy as package
from caseapp.gui.privacy.texts_da import CATALOG
from caseapp.gui.translations import catalog_da
from tests.gui.marked_texts import marked_texts, placeholders

SOURCES = [
    *sorted(Path(package.__file__).parent.glob("*.py")),
    Path(package.__file__).parent.parent / "pages" / "audit_log.py",
    Path(package.__file__).parent.parent / "pages" / "retention.py",
    Path(package.__file__).parent.parent / "participant_file" / "access_log_page.py",
]


def test_every_shown_text_has_a_danish_translation() -> None:
    texts = marked_texts(SOURCES)
    assert len(texts) > 30
    assert {text: where for text, where in texts.items() if text not in CATALOG} == {}
    assert all(source in catalog_da.CATALOG for source in CATALOG)


def test_translations_keep_their_placeholders() -> None:
    for source, danish in CATALOG.items():
        assert placeholders(danish) == placeholders(source), source
