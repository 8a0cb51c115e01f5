"""The file's outcome ledger page: week by week, what the person's weeks earned and why not
(`caseapp.gui.outcomes.ledger_view`)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

import caseapp.gui.outcomes  # noqa: F401  (brings its Danish texts)
from caseapp.gui.i18n import N_
from caseapp.gui.participant_file.context import FileContext
from caseapp.gui.participant_file.registry import FilePageSpec, register


def _create(ctx: FileContext) -> QWidget:
    from caseapp.gui.outcomes.ledger_view import OutcomeLedger

    ws = ctx.workspace
    return OutcomeLedger(ws.db, ws.actor, ctx.key, ops=ws.ops)


PAGE = register(FilePageSpec("outcome_ledger", N_("Outcome ledger"), 85, _create))
