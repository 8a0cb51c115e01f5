"""Navigation entry: reports. A placeholder until the reports screens are built."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from caseapp.gui import i18n
from caseapp.gui.i18n import N_
from caseapp.gui.icons import Icon
from caseapp.gui.navigation import PageSpec, register
from caseapp.gui.placeholder_page import PlaceholderPage
from caseapp.services.actor import Actor, Can


def _create(workspace: object) -> QWidget:
    return PlaceholderPage(
        i18n.tr("Reports"),
        i18n.tr(
            "The quarterly report for the investment council and the outcome workbook will be "
            "made here. Until then, use 'caseapp report' on the command line."
        ),
    )


def _allowed(actor: Actor) -> bool:
    return actor.can(Can.VIEW_FIGURES) or actor.can(Can.MAKE_REPORTS)


PAGE = register(
    PageSpec("reports", N_("Reports"), Icon.SP_FileDialogDetailedView, 40, _create, _allowed)
)
