"""Every text the outcome screens show has its Danish translation."""

from __future__ import annotations

import ast
from pathlib import Path

import caseapp.gui.outcomes as package
from caseapp.gui.outcomes.texts_da import CATALOG
from caseapp.gui.translations import catalog_da


def _marked_texts() -> dict[str, str]:
    """Each text passed to tr() or N_() in the package, with the file it is in."""
    found: dict[str, str] = {}
    for path in sorted(Path(package.__file__).parent.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and node.args):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            text = node.args[0]
            if name in ("tr", "N_") and isinstance(text, ast.Constant):
                found.setdefault(str(text.value), path.name)
    return found


def test_every_shown_text_has_a_danish_translation() -> None:
    texts = _marked_texts()
    assert len(texts) > 100
    missing = {text: where for text, where in texts.items() if text not in CATALOG}
    assert missing == {}


def test_translations_keep_their_placeholders() -> None:
    for source, danish in CATALOG.items():
        names = sorted(part.split("}")[0] for part in source.split("{")[1:])
        assert sorted(part.split("}")[0] for part in danish.split("{")[1:]) == names, source


def test_importing_the_screens_adds_their_texts_to_the_guis_catalog() -> None:
    assert catalog_da.CATALOG["Why"] == "Hvorfor"
    assert catalog_da.CATALOG["Outcome ledger"] == "Udfaldsregnskab"
