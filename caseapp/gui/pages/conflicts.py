"""Navigation entry: the conflict inbox of field laptops (for everyone who records case data)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from caseapp.gui.i18n import N_
from caseapp.gui.icons import Icon
from caseapp.gui.navigation import PageSpec, register
from caseapp.services.actor import Actor, Can

if TYPE_CHECKING:
    from caseapp.gui.workspace import Workspace


def _create(workspace: Workspace) -> QWidget:
    from caseapp.gui.field.conflicts_page import ConflictsPage

    return ConflictsPage(workspace)


def _allowed(actor: Actor) -> bool:
    return actor.can(Can.EDIT_CASE)


PAGE = register(
    PageSpec("conflicts", N_("Conflicts"), Icon.SP_BrowserReload, 80, _create, _allowed)
)
