"""When a participant exits: offer to close their open tasks and end their open spells.

Tasks and supports are ticked (they end with the project); housing and work are not, since they
usually go on and outcomes measured after the exit rest on them.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from caseapp.gui.i18n import N_, tr
from caseapp.services.exits import open_records
from caseapp.services.participant_file import ParticipantFile

_TICKED = {"task": True, "support": True, "activity": False, "housing": False}
_TEXTS = {
    "task": N_("Close the open tasks ({n}), as done on the exit date"),
    "support": N_("End the open supports ({n}) on the exit date"),
    "activity": N_("End the open work and education ({n}) on the exit date"),
    "housing": N_("End the open housing ({n}) on the exit date"),
}


class ExitTidyDialog(QDialog):
    def __init__(self, counts: dict[str, int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exit-tidy")
        self.setWindowTitle(self.tr("The participant exits"))
        text = QLabel(
            self.tr(
                "The participant still has open records. Choose what ends with the exit; "
                "housing and work often go on after it."
            )
        )
        text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        self.boxes: dict[str, QCheckBox] = {}
        for kind, n in counts.items():
            box = QCheckBox(tr(_TEXTS[kind]).format(n=n))
            box.setObjectName(f"exit-close-{kind}")
            box.setChecked(_TICKED[kind])
            layout.addWidget(box)
            self.boxes[kind] = box
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Save the exit"))
        ok.setObjectName("exit-tidy-save")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> list[str]:
        return [kind for kind, box in self.boxes.items() if box.isChecked()]


def ask(parent: QWidget, pf: ParticipantFile | None, on: date) -> list[str] | None:
    """The kinds to close with the exit ([] for none); None when the user cancelled the save."""
    if pf is None:
        return []
    records = {kind: [row.values for row in rows] for kind, rows in pf.records.items()}
    counts = open_records(records, on)
    if not counts:
        return []
    dialog = ExitTidyDialog(counts, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.chosen()
