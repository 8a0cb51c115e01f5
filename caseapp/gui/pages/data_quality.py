"""Navigation entry: data quality, the check's findings (`caseapp.gui.reports.quality_page`)."""

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
    from caseapp.gui.reports.quality_page import DataQualityPage

    page = DataQualityPage(workspace)
    return page


def _allowed(actor: Actor) -> bool:
    return actor.can(Can.VIEW_FIGURES) or actor.can(Can.READ_CASE)


PAGE = register(
    PageSpec("data_quality", N_("Data quality"), Icon.SP_MessageBoxWarning, 45, _create, _allowed)
)
