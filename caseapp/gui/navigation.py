"""The main window's pages as a registry, so a new page is one new file in `caseapp.gui.pages`.

A page module calls `register(PageSpec(...))` at import; `pages_for(actor)` imports every module
of that package once and returns the pages the user's role may see, in order.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QStyle, QWidget

from caseapp.services.actor import Actor

if TYPE_CHECKING:
    from caseapp.gui.workspace import Workspace


def everyone(_actor: Actor) -> bool:
    return True


@dataclass(frozen=True)
class PageSpec:
    """`title` is the English source text (marked with `i18n.N_`), translated when shown.

    `create` builds the page widget; a page may define `page_shown()`, called each time the user
    goes to it (the place to load data lazily).
    """

    key: str
    title: str
    icon: QStyle.StandardPixmap
    order: int
    create: Callable[[Workspace], QWidget]
    allowed: Callable[[Actor], bool] = everyone


_REGISTRY: dict[str, PageSpec] = {}
_loaded = [False]


def register(spec: PageSpec) -> PageSpec:
    """Add a page; a later registration under the same key replaces the earlier one."""
    _REGISTRY[spec.key] = spec
    return spec


def load_pages() -> None:
    if _loaded[0]:
        return
    import caseapp.gui.pages as package

    for module in pkgutil.iter_modules(package.__path__):
        importlib.import_module(f"{package.__name__}.{module.name}")
    _loaded[0] = True


def pages_for(actor: Actor) -> list[PageSpec]:
    load_pages()
    return sorted(
        (spec for spec in _REGISTRY.values() if spec.allowed(actor)), key=lambda s: s.order
    )
