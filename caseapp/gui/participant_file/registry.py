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

from PySide6.QtCore import QObject, QTimer
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


def _page_modules() -> list[str]:
    import caseapp.gui.participant_file as package

    return [
        f"{package.__name__}.{module.name}"
        for module in pkgutil.iter_modules(package.__path__)
        if module.name.endswith("_page")
    ]


def file_pages() -> list[FilePageSpec]:
    if not _loaded[0]:
        for name in _page_modules():
            importlib.import_module(name)
        _loaded[0] = True
    return sorted(_PAGES.values(), key=lambda s: s.order)


# Between two modules of the warm-up: the GUI thread stays free for the user in between.
WARM_UP_STEP_MS = 50


def warm_up(parent: QObject) -> None:
    """Load the page modules while the program is idle, one per step, so that the first file
    opened does not load them all at once with the user waiting."""
    if _loaded[0]:
        return
    waiting = _page_modules()
    timer = QTimer(parent)
    timer.setInterval(WARM_UP_STEP_MS)

    def step() -> None:
        if waiting and not _loaded[0]:
            importlib.import_module(waiting.pop(0))
            return
        _loaded[0] = True
        timer.stop()
        timer.deleteLater()

    timer.timeout.connect(step)
    timer.start()
