"""Navigation entry: retention and erasure, for those who may erase (team leads, admins)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

import caseapp.gui.privacy  # noqa: F401  (brings its Danish texts)
from caseapp.gui.i18n import N_
from caseapp.gui.icons import Icon
from caseapp.gui.navigation import PageSpec, register
from caseapp.services.actor import Actor, Can

if TYPE_CHECKING:
    from caseapp.gui.workspace import Workspace


def _create(workspace: Workspace) -> QWidget:
    from caseapp.gui.privacy.retention_page import RetentionPage

    return RetentionPage(workspace)


def _allowed(actor: Actor) -> bool:
    return actor.can(Can.ERASE)


PAGE = register(PageSpec("retention", N_("Retention"), Icon.SP_TrashIcon, 87, _create, _allowed))
