"""Administration of who works on which project: an account's projects, ticked in a dialog, and
each project's own-caseload setting (case workers see only those they are key worker for)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)


class ProjectAccessDialog(QDialog):
    """Tick the projects an account works on."""

    def __init__(
        self,
        account: str,
        name: str,
        projects: list[tuple[str, str]],
        held: set[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Projects of {name}").format(name=name))
        self.setObjectName("project-access-dialog")
        intro = QLabel(
            self.tr(
                "{name} sees the participants of the projects ticked here, and nobody else's."
            ).format(name=name)
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("project-access-list")
        for key, title in projects:
            item = QListWidgetItem(f"{key} – {title}")
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if key in held else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.account = account
        self.held = set(held)

    def chosen(self) -> set[str]:
        items = (self.list.item(i) for i in range(self.list.count()))
        return {
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        }
