"""Asking before saving what is unlikely (`domain.plausibility`): a contact dated next year, a
phone number with letters. The user decides; nothing is saved unless they say so."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QMessageBox, QWidget

from caseapp.domain.errors import Problem
from caseapp.gui import i18n
from caseapp.gui.i18n import tr

WARNING_STYLE = "color: #8a5a00;"


def confirm(parent: QWidget, kind: str, warnings: Sequence[Problem], extra: str = "") -> bool:
    """True when there is nothing to ask about, or the user chose to save anyway."""
    lines = [i18n.problem(kind, w) for w in warnings]
    if extra:
        lines.append(extra)
    if not lines:
        return True
    box = QMessageBox(parent)
    box.setObjectName("entry-warning")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("Please check"))
    box.setText(tr("This looks unlikely:"))
    box.setInformativeText("\n".join(f"• {line}" for line in lines))
    save = box.addButton(tr("Save anyway"), QMessageBox.ButtonRole.AcceptRole)
    back = box.addButton(tr("Go back and check"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(back)
    box.exec()
    return box.clickedButton() is save
