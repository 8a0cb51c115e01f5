"""The pages of a participant's file, as a list other parts of the program can extend.

A module in this package whose name ends in `_page` is imported before the first file opens;
it calls `register(FilePageSpec(...))`. A page is a widget with `show_file(file)`; it may add
`has_unsaved() -> bool` (asked before the file closes) and `show_record(uuid)`.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from caseapp.gui.participant_file.context import FileContext


@dataclass(frozen=True)
class FilePageSpec:
    """`title` is the English source text (marked with `i18n.N_`), translated when shown."""

    key: str
    title: str
    order: int
    create: Callable[[FileContext], QWidget]
    # Shown below another page, on its tab (consents under enrolment), rather than on its own.
    beside: str | None = None


_PAGES: dict[str, FilePageSpec] = {}
_loaded = [False]


def register(spec: FilePageSpec) -> FilePageSpec:
    _PAGES[spec.key] = spec
    return spec


def file_pages() -> list[FilePageSpec]:
    if not _loaded[0]:
        import caseapp.gui.participant_file as package

        for module in pkgutil.iter_modules(package.__path__):
            if module.name.endswith("_page"):
                importlib.import_module(f"{package.__name__}.{module.name}")
        _loaded[0] = True
    return sorted(_PAGES.values(), key=lambda s: s.order)
