"""The reports page: choose a project, a day and a language, preview the council report, then
save it as a PDF or the figures as a workbook. All work runs off the GUI thread.

ReportLab cannot draw PDF pages as images, so the preview shows the PDF's pages through QtPdf
where PySide6 has it, and otherwise the report's first page as formatted text.
"""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from caseapp.gui import i18n
from caseapp.gui.workspace import Workspace
from caseapp.reports.caseload_report import make_caseload_report, quarter_start
from caseapp.reports.council import make_council_report
from caseapp.reports.council_data import build_council_report
from caseapp.reports.council_model import CouncilReport
from caseapp.reports.council_pdf import write_council_pdf
from caseapp.reports.council_summary import summary_html
from caseapp.reports.workbook import WorkbookResult, make_workbook
from caseapp.services import audit, projects
from caseapp.services.actor import Can
from caseapp.storage.database import Database


def _contract_projects(session: Session) -> list[tuple[str, str]]:
    return [(p.key, p.name) for p in projects.list_projects(session) if p.contract]


def pdf_view_available() -> bool:
    try:
        import PySide6.QtPdf
        import PySide6.QtPdfWidgets  # noqa: F401
    except ImportError:
        return False
    return True


class ReportsPage(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reports-page")
        self.workspace = workspace
        self.busy = False
        self.report: CouncilReport | None = None
        self.last_saved: Path | None = None
        self._loaded = False
        self.project_box = QComboBox()
        self.as_of = QDateEdit(QDate.currentDate())
        self.as_of.setCalendarPopup(True)
        self.as_of.setDisplayFormat("dd-MM-yyyy" if i18n.current() == "da" else "yyyy-MM-dd")
        self.lang_box = QComboBox()
        self.lang_box.addItem(self.tr("Danish"), "da")
        self.lang_box.addItem(self.tr("English"), "en")
        self.lang_box.setCurrentIndex(0 if i18n.current() == "da" else 1)
        self.preview_button = QPushButton(self.tr("Preview"))
        self.pdf_button = QPushButton(self.tr("Save PDF …"))
        self.workbook_button = QPushButton(self.tr("Save workbook …"))
        self.caseload_button = QPushButton(self.tr("Save caseload report …"))
        self.status = QLabel(self.tr("Choose a project and a day, then Preview."))
        self.status.setWordWrap(True)
        self.preview = QTextBrowser()
        self.preview.setObjectName("report-preview")
        self.pdf_view: Any = None
        self._pdf_document: Any = None

        form = QFormLayout()
        form.addRow(self.tr("Project"), self.project_box)
        form.addRow(self.tr("As of"), self.as_of)
        form.addRow(self.tr("Language"), self.lang_box)
        buttons = QHBoxLayout()
        for b in (self.preview_button, self.pdf_button, self.workbook_button, self.caseload_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.preview, 1)
        if pdf_view_available():
            self._add_pdf_view(layout)

        self.preview_button.clicked.connect(self.make_preview)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.workbook_button.clicked.connect(self.save_workbook)
        self.caseload_button.clicked.connect(self.save_caseload)
        allowed = workspace.actor.can(Can.MAKE_REPORTS)
        for b in (self.preview_button, self.pdf_button, self.workbook_button, self.caseload_button):
            b.setEnabled(allowed)
        if not allowed:
            self.status.setText(self.tr("Only a team lead may make reports."))

    def _add_pdf_view(self, layout: QVBoxLayout) -> None:
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        self._pdf_document = QPdfDocument(self)
        self.pdf_view = QPdfView(self)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setDocument(self._pdf_document)
        self.preview.setMaximumHeight(160)
        layout.addWidget(self.pdf_view, 3)

    # Choices
    def page_shown(self) -> None:
        if not self._loaded:
            self._loaded = True
            self.workspace.ops.read(_contract_projects, self._projects_loaded, owner=self)

    def _projects_loaded(self, items: list[tuple[str, str]]) -> None:
        self.project_box.clear()
        for key, name in items:
            self.project_box.addItem(f"{name} ({key})", key)
        if not items:
            self.status.setText(self.tr("No project has a contract yet."))

    def choice(self) -> tuple[str | None, date, str]:
        day = self.as_of.date()
        as_of = date(day.year(), day.month(), day.day())
        return self.project_box.currentData(), as_of, self.lang_box.currentData()

    def _start(self, message: str) -> bool:
        if self.busy or not self.workspace.actor.can(Can.MAKE_REPORTS):
            return False
        if self.project_box.currentData() is None:
            return False
        self.busy = True
        self.status.setText(message)
        return True

    def _failed(self, error: BaseException) -> None:
        self.busy = False
        self.status.setText(
            self.tr("Could not make the report: {error}").format(error=i18n.message(str(error)))
        )

    # Preview
    def make_preview(self) -> None:
        if not self._start(self.tr("Making the preview …")):
            return
        project, as_of, lang = self.choice()
        actor = self.workspace.actor
        want_pdf = self.pdf_view is not None

        def work(session: Session) -> tuple[CouncilReport, bytes | None]:
            actor.require(Can.MAKE_REPORTS)
            report = build_council_report(session, actor, str(project), as_of)
            audit.record(session, actor, "viewed_figures", detail=f"{project} {as_of}")
            if not want_pdf:
                return report, None
            buffer = io.BytesIO()
            write_council_pdf(report, lang, buffer)
            return report, buffer.getvalue()

        self.workspace.ops.write(work, lambda r: self._previewed(r, lang), self._failed, owner=self)

    def _previewed(self, result: tuple[CouncilReport, bytes | None], lang: str) -> None:
        self.busy = False
        self.report, pdf = result
        self.preview.setHtml(summary_html(self.report, lang))
        self.status.setText("")
        if pdf is not None and self._pdf_document is not None:
            from PySide6.QtCore import QBuffer

            self._pdf_bytes = QByteArray(pdf)
            self._pdf_buffer = QBuffer(self._pdf_bytes, self)
            self._pdf_buffer.open(QBuffer.OpenModeFlag.ReadOnly)
            self._pdf_document.load(self._pdf_buffer)

    # Saving
    def _ask_path(self, suffix: str, filter_text: str) -> Path | None:
        project, as_of, _lang = self.choice()
        suggested = f"{project}-{as_of.isoformat()}{suffix}"
        path, _ = QFileDialog.getSaveFileName(self, "", suggested, filter_text)
        if not path:
            return None
        out = Path(path)
        return out if out.suffix.lower() == suffix else out.with_suffix(suffix)

    def save_pdf(self, path: Path | None = None) -> None:
        out = path or self._ask_path(".pdf", self.tr("PDF files (*.pdf)"))
        if out is None or not self._start(self.tr("Writing {file} …").format(file=out.name)):
            return
        project, as_of, lang = self.choice()
        actor = self.workspace.actor
        self.workspace.ops.write(
            lambda s: make_council_report(s, actor, str(project), as_of, lang, out),
            lambda _r: self._saved(out),
            self._failed,
            owner=self,
        )

    def save_workbook(self, path: Path | None = None) -> None:
        out = path or self._ask_path(".xlsx", self.tr("Workbooks (*.xlsx)"))
        if out is None or not self._start(self.tr("Writing {file} …").format(file=out.name)):
            return
        project, as_of, lang = self.choice()
        actor = self.workspace.actor

        def work(db: Database, progress: Any) -> WorkbookResult:
            return make_workbook(db, actor, str(project), as_of, lang, out, progress)

        self.workspace.ops.run(work, self._workbook_saved, self._failed, owner=self, label=out.name)

    def save_caseload(self, path: Path | None = None) -> None:
        out = path or self._ask_path(".pdf", self.tr("PDF files (*.pdf)"))
        if out is None or not self._start(self.tr("Writing {file} …").format(file=out.name)):
            return
        project, as_of, lang = self.choice()
        actor = self.workspace.actor
        self.workspace.ops.write(
            lambda s: make_caseload_report(
                s, actor, project, quarter_start(as_of), as_of, lang, out
            ),
            lambda _r: self._saved(out),
            self._failed,
            owner=self,
        )

    def _saved(self, out: Path) -> None:
        self.busy = False
        self.last_saved = out
        self.status.setText(self.tr("Saved {file}.").format(file=str(out)))

    def _workbook_saved(self, result: WorkbookResult) -> None:
        self._saved(result.path)
        if result.weekly_csv is not None:
            self.status.setText(
                self.tr("Saved {file} and the weekly ledger in {csv}.").format(
                    file=str(result.path), csv=result.weekly_csv.name
                )
            )
