"""Printing a person's journal for a period to a PDF file (for a handover, the citizen, a court):
the period is chosen here, the file is written by `reports.journal_pdf`, which logs it."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from caseapp.domain.fields import Field
from caseapp.gui import i18n
from caseapp.gui.forms.field_editors import DateEditor
from caseapp.gui.forms.record_form import PROBLEM_STYLE
from caseapp.gui.i18n import tr
from caseapp.gui.participant_file.context import FileContext


class JournalPrintDialog(QDialog):
    def __init__(self, ctx: FileContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journal-print")
        self.setWindowTitle(self.tr("Print the journal"))
        self.ctx = ctx
        self.first = DateEditor(Field("first", "date"))
        self.first.setObjectName("journal-from")
        self.last = DateEditor(Field("last", "date"))
        self.last.setObjectName("journal-to")
        today = date.today()
        self.first.set_value(today - timedelta(days=365))
        self.last.set_value(today)
        self.problem = QLabel()
        self.problem.setStyleSheet(PROBLEM_STYLE)
        self.problem.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("From"), self.first)
        form.addRow(self.tr("To"), self.last)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.choose_file)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Everything written in the file in the period, with whole notes, as a PDF. "
                "It holds personal data: pass it on only as the rules allow. Printing is logged."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.saved_to: Path | None = None

    def period(self) -> tuple[date, date] | None:
        first, last = self.first.value(), self.last.value()
        if first is None or last is None:
            self.problem.setText(self.tr("Type both dates."))
            return None
        if last < first:
            self.problem.setText(self.tr("The end of the period is before its start."))
            return None
        return first, last

    def choose_file(self) -> None:
        period = self.period()
        if period is None:
            return
        suggested = f"journal-{self.ctx.key}-{period[0].isoformat()}-{period[1].isoformat()}.pdf"
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the journal"), suggested, self.tr("PDF files (*.pdf)")
        )
        if name:
            self.write(Path(name), *period)

    def write(self, out: Path, first: date, last: date) -> None:
        actor, key, lang = self.ctx.workspace.actor, self.ctx.key, i18n.current()

        def work(session: Session) -> int:
            # ReportLab takes a good half second to load: in the background, when first
            # printed, never on the way to opening a file.
            from caseapp.reports.journal_pdf import make_journal_pdf

            return make_journal_pdf(session, actor, key, first, last, lang, out)

        def done(_count: int) -> None:
            self.saved_to = out
            self.ctx.workspace.status_message.emit(
                tr("The journal was saved to {name}").format(name=out.name)
            )
            self.accept()

        def failed(exc: BaseException) -> None:
            self.problem.setText(tr("Not saved: {reason}").format(reason=i18n.message(exc)))

        self.ctx.workspace.ops.write(work, done, failed, owner=self)
