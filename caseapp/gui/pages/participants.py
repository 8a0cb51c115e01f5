"""Navigation entry: the participant list and the open files."""

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
    from caseapp.gui.participants.page import ParticipantsPage

    return ParticipantsPage(workspace)


def _allowed(actor: Actor) -> bool:
    return actor.can(Can.READ_CASE)


PAGE = register(
    PageSpec("participants", N_("Participants"), Icon.SP_DirHomeIcon, 20, _create, _allowed)
)
