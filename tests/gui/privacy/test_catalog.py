"""Every text the privacy screens show has its Danish translation."""

from __future__ import annotations

import ast
from pathlib import Path

import caseapp.gui.privacy as package
from caseapp.gui.privacy.texts_da import CATALOG
from caseapp.gui.translations import catalog_da

SOURCES = [
    *sorted(Path(package.__file__).parent.glob("*.py")),
    Path(package.__file__).parent.parent / "pages" / "audit_log.py",
    Path(package.__file__).parent.parent / "pages" / "retention.py",
    Path(package.__file__).parent.parent / "participant_file" / "access_log_page.py",
]


def _marked_texts() -> dict[str, str]:
    """Each text passed to tr() or N_() in the privacy screens, with the file it is in."""
    found: dict[str, str] = {}
    for path in SOURCES:
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
    assert len(texts) > 30
    assert {text: where for text, where in texts.items() if text not in CATALOG} == {}
    assert all(source in catalog_da.CATALOG for source in CATALOG)


def test_translations_keep_their_placeholders() -> None:
    for source, danish in CATALOG.items():
        names = sorted(part.split("}")[0] for part in source.split("{")[1:])
        assert sorted(part.split("}")[0] for part in danish.split("{")[1:]) == names, source
