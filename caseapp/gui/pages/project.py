"""Navigation entry: the project and its contract: dashboard, contract editor and history
(`caseapp.gui.outcomes.project_page`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

import caseapp.gui.outcomes  # noqa: F401  (brings its Danish texts)
from caseapp.gui.i18n import N_
from caseapp.gui.icons import Icon
from caseapp.gui.navigation import PageSpec, register
from caseapp.services.actor import Actor, Can

if TYPE_CHECKING:
    from caseapp.gui.workspace import Workspace


def _create(workspace: Workspace) -> QWidget:
    from caseapp.gui.outcomes.project_page import ProjectPage

    page = ProjectPage(workspace.db, workspace.actor, ops=workspace.ops)
    workspace.data_changed.connect(page.data_changed)
    return page


def _allowed(actor: Actor) -> bool:
    return actor.can(Can.VIEW_FIGURES)


PAGE = register(
    PageSpec(
        "project", N_("Project and contract"), Icon.SP_FileDialogInfoView, 30, _create, _allowed
    )
)
