"""Navigation entry: the audit log, for those who may read it (team leads, administrators)."""

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
    from caseapp.gui.privacy.audit_page import AuditPage

    return AuditPage(workspace)


def _allowed(actor: Actor) -> bool:
    return actor.can(Can.READ_AUDIT)


PAGE = register(
    PageSpec("audit", N_("Audit log"), Icon.SP_FileDialogContentsView, 85, _create, _allowed)
)
