"""Navigation entry: administration (accounts), for administrators only."""

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
    from caseapp.gui.admin.accounts_page import AccountsPage

    return AccountsPage(workspace)


def _allowed(actor: Actor) -> bool:
    return actor.can(Can.MANAGE_ACCOUNTS)


PAGE = register(
    PageSpec("administration", N_("Administration"), Icon.SP_ComputerIcon, 90, _create, _allowed)
)
