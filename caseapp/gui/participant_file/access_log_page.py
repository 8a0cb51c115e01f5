"""The file's access page: who has looked at this person's data (see `caseapp.gui.privacy`)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

import caseapp.gui.privacy  # noqa: F401  (brings its Danish texts)
from caseapp.gui.i18n import N_
from caseapp.gui.participant_file.context import FileContext
from caseapp.gui.participant_file.registry import FilePageSpec, register


def _create(ctx: FileContext) -> QWidget:
    from caseapp.gui.privacy.access_page import AccessLogPage

    return AccessLogPage(ctx)


PAGE = register(FilePageSpec("access_log", N_("Access log"), 95, _create))
