"""What the catalog tests read from a screen package's source: every text marked for
translation, and the placeholders a text has."""

from __future__ import annotations

import ast
from collections.abc import Iterable
from pathlib import Path


def marked_texts(sources: Iterable[Path]) -> dict[str, str]:
    """Each text passed to tr(), N_() or plural() in the files, with the file it is in."""
    found: dict[str, str] = {}
    for path in sources:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and node.args):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            text = node.args[0]
            if name in ("tr", "N_") and isinstance(text, ast.Constant):
                found.setdefault(str(text.value), path.name)
            elif name == "plural":
                # plural(n, one, many): both forms are translated.
                for form in node.args[1:3]:
                    if isinstance(form, ast.Constant) and isinstance(form.value, str):
                        found.setdefault(form.value, path.name)
    return found


def placeholders(text: str) -> list[str]:
    """The names in a text's {placeholders}, sorted."""
    return sorted(part.split("}")[0] for part in text.split("{")[1:])
