"""Navigation entry: the team lead's screen (the first page a team lead sees)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from caseapp.gui.i18n import N_
from caseapp.gui.icons import Icon
from caseapp.gui.navigation import PageSpec, register
from caseapp.services.actor import Actor

if TYPE_CHECKING:
    from caseapp.gui.workspace import Workspace


def _create(workspace: Workspace) -> QWidget:
    from caseapp.gui.team.page import TeamPage

    return TeamPage(workspace)


def _allowed(actor: Actor) -> bool:
    return actor.role == "team_lead"


PAGE = register(PageSpec("team", N_("Team"), Icon.SP_DirHomeIcon, 5, _create, _allowed))
