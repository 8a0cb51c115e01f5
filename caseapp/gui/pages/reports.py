"""Navigation entry: reports: the council report, the workbook and the caseload report
(`caseapp.gui.reports.report_page`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

import caseapp.gui.reports  # noqa: F401  (brings its Danish texts)
from caseapp.gui.i18n import N_
from caseapp.gui.icons import Icon
from caseapp.gui.navigation import PageSpec, register
from caseapp.services.actor import Actor, Can

if TYPE_CHECKING:
    from caseapp.gui.workspace import Workspace


def _create(workspace: Workspace) -> QWidget:
    from caseapp.gui.reports.report_page import ReportsPage

    return ReportsPage(workspace)


def _allowed(actor: Actor) -> bool:
    return actor.can(Can.VIEW_FIGURES) or actor.can(Can.MAKE_REPORTS)


PAGE = register(
    PageSpec("reports", N_("Reports"), Icon.SP_FileDialogDetailedView, 40, _create, _allowed)
)
