"""The files that ship with the program and are not Python: the repository's `resources/`
(the dataset schema, the icon, fonts, the desktop entry).

An installed wheel and the frozen program hold them in `caseapp/resources/` (pyproject.toml
maps them there); a source checkout, installed editable as `make` does, keeps them one level up.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_INSTALLED = _PACKAGE / "resources"
_CHECKOUT = _PACKAGE.parent / "resources"


def resources_dir() -> Path:
    """The folder that holds the resources, wherever the program runs from."""
    return _INSTALLED if _INSTALLED.is_dir() else _CHECKOUT


def from_checkout() -> bool:
    """Whether the resources are a source checkout's, which may be edited while the program is
    installed (an installed or frozen program's never change)."""
    return resources_dir() == _CHECKOUT


def resource(name: str) -> Path:
    """A file in the resources, by its path inside them ("icons/caseapp.svg")."""
    path = resources_dir() / name
    if not path.is_file():
        # A missing resource is a broken installation, never the user's doing.
        raise FileNotFoundError(f"caseapp is installed without its resource {name}")
    return path
