"""A page of the participant's file: who has looked at it, and the insight document.

Anyone who may open the file sees who else has; reading the list is itself logged. The insight
button is for roles that may export everything on a person.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from caseapp.gui import i18n
from caseapp.gui.i18n import N_
from caseapp.gui.participant_file.context import FileContext
from caseapp.gui.privacy.audit_model import action_text, local_time
from caseapp.gui.table_model import Column, TableModel
from caseapp.reports.insight_pdf import write_files
from caseapp.services import audit, insight
from caseapp.services.actor import Can

_COLUMNS: tuple[Column[audit.Access], ...] = (
    Column(N_("When"), lambda a: local_time(a.at)),
    Column(N_("Who"), lambda a: a.name),
    Column(N_("What"), lambda a: action_text(a.action)),
)


class AccessLogPage(QWidget):
    def __init__(self, ctx: FileContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("access-log-page")
        self.ctx = ctx
        self.model = TableModel(_COLUMNS, self)
        intro = QLabel(
            self.tr("Everyone who opened, read or changed this person's data, newest first.")
        )
        intro.setWordWrap(True)
        # Loaded on request, not with the file: each look at the list is itself logged.
        self.show_button = QPushButton(self.tr("Show who has looked at this file"))
        self.show_button.setObjectName("show-accesses")
        self.insight_button = QPushButton(self.tr("Insight document…"))
        self.insight_button.setObjectName("make-insight")
        self.insight_button.setToolTip(
            self.tr(
                "Everything held on this person, for an insight request (PDF with JSON beside it)"
            )
        )
        actor = ctx.workspace.actor
        self.insight_button.setVisible(actor.can(Can.EXPORT_FULL) and actor.can(Can.READ_CASE))
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_button)
        buttons.addWidget(self.insight_button)
        buttons.addStretch(1)
        self.table = QTableView()
        self.table.setObjectName("access-table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.message = QLabel()
        self.message.setObjectName("access-message")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        self.show_button.clicked.connect(self.load_accesses)
        self.insight_button.clicked.connect(self.ask_insight)

    def show_file(self, _file: object) -> None:
        """The file (re)loaded; the list keeps what it showed until asked again."""

    def load_accesses(self) -> None:
        actor, key = self.ctx.workspace.actor, self.ctx.key

        def work(session: Session) -> list[audit.Access]:
            return audit.file_accesses(session, actor, key)

        self.ctx.workspace.ops.write(work, self.model.set_rows, self._failed, owner=self)

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(i18n.message(exc))

    def ask_insight(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the insight document"),
            f"{self.ctx.key}.pdf",
            self.tr("PDF files (*.pdf)"),
        )
        if name:
            self.make_insight(Path(name))

    def make_insight(self, out: Path) -> None:
        actor, key, lang = self.ctx.workspace.actor, self.ctx.key, i18n.current()

        def work(session: Session) -> tuple[Path, Path]:
            doc = insight.gather(session, actor, key)
            # Written inside the transaction: a file that cannot be written is not logged.
            return write_files(doc, out, lang)

        def done(paths: tuple[Path, Path]) -> None:
            self.message.setText(
                self.tr("Wrote {pdf} and {json}.").format(pdf=paths[0].name, json=paths[1].name)
            )

        self.ctx.workspace.ops.write(work, done, self._failed, owner=self)
