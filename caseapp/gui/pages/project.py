"""Navigation entry: the project and its contract (outcome figures). Filled by the outcome screens.

This module is the slot: replace `_create` with the real page (or register another PageSpec
with the key "project" from a module of its own).
"""

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
        i18n.tr("Project and contract"),
        i18n.tr(
            "The project's contract and its outcome figures will be shown here. Until then, "
            "use 'caseapp outcomes' on the command line."
        ),
    )


def _allowed(actor: Actor) -> bool:
    return actor.can(Can.VIEW_FIGURES)


PAGE = register(
    PageSpec(
        "project", N_("Project and contract"), Icon.SP_FileDialogInfoView, 30, _create, _allowed
    )
)
