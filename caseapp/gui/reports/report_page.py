"""The reports page: choose a project, a day and a language, preview the council report as its
pages, then save it as a PDF or the figures as a workbook. All work runs off the GUI thread.

The preview makes the PDF once; its pages are drawn as pictures (`page_view`), and saving the
PDF writes those same bytes, so what was looked at is what is saved.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from caseapp.gui import i18n
from caseapp.gui.reports.page_view import PdfPageView
from caseapp.gui.workspace import Workspace
from caseapp.outcomes.weeks import quarter_start
from caseapp.reports.caseload_report import make_caseload_report
from caseapp.reports.council import (
    make_council_report,
    preview_council_report,
    save_previewed_report,
)
from caseapp.reports.council_model import CouncilReport
from caseapp.reports.page_images import page_sizes
from caseapp.reports.workbook import WorkbookResult, make_workbook
from caseapp.services import projects
from caseapp.services.actor import Actor, Can
from caseapp.storage.database import Database

Choice = tuple[str | None, date, str]  # project, as of, language


def _contract_projects(session: Session, actor: Actor) -> list[tuple[str, str]]:
    return [(p.key, p.name) for p in projects.list_projects(session, actor) if p.contract]


def _preview(
    session: Session, actor: Actor, project: str, as_of: date, lang: str
) -> tuple[CouncilReport, bytes, list[tuple[float, float]]]:
    report, pdf = preview_council_report(session, actor, project, as_of, lang)
    return report, pdf, page_sizes(pdf)


def _save_previewed(session: Session, actor: Actor, choice: Choice, pdf: bytes, out: Path) -> None:
    project, as_of, lang = choice
    save_previewed_report(session, actor, str(project), as_of, lang, pdf, out)


class ReportsPage(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reports-page")
        self.workspace = workspace
        self.busy = False
        self.report: CouncilReport | None = None
        self.pdf: bytes | None = None
        self.previewed: Choice | None = None  # what the PDF above was made for
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
        self.pages = PdfPageView(workspace.ops)

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
        layout.addWidget(self.pages, 1)

        self.preview_button.clicked.connect(self.make_preview)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.workbook_button.clicked.connect(self.save_workbook)
        self.caseload_button.clicked.connect(self.save_caseload)
        self.project_box.currentIndexChanged.connect(self._choice_changed)
        self.as_of.dateChanged.connect(self._choice_changed)
        self.lang_box.currentIndexChanged.connect(self._choice_changed)
        allowed = workspace.actor.can(Can.MAKE_REPORTS)
        for b in (self.preview_button, self.pdf_button, self.workbook_button, self.caseload_button):
            b.setEnabled(allowed)
        if not allowed:
            self.status.setText(self.tr("Only a team lead may make reports."))

    # Choices
    def page_shown(self) -> None:
        if not self._loaded:
            self._loaded = True
            actor = self.workspace.actor
            self.workspace.ops.read(
                lambda s: _contract_projects(s, actor), self._projects_loaded, owner=self
            )

    def _projects_loaded(self, items: list[tuple[str, str]]) -> None:
        self.project_box.clear()
        for key, name in items:
            self.project_box.addItem(f"{name} ({key})", key)
        if not items:
            self.status.setText(self.tr("No project has a contract yet."))

    def choice(self) -> Choice:
        day = self.as_of.date()
        as_of = date(day.year(), day.month(), day.day())
        return self.project_box.currentData(), as_of, self.lang_box.currentData()

    def _choice_changed(self, *_args: Any) -> None:
        """A preview of another project, day or language would mislead: it goes."""
        if self.previewed is not None and self.previewed != self.choice():
            self.report, self.pdf, self.previewed = None, None, None
            self.pages.set_document(b"", [])

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
            self.tr("Could not make the report: {error}").format(error=i18n.message(error))
        )

    # Preview
    def make_preview(self) -> None:
        if not self._start(self.tr("Making the preview …")):
            return
        choice = self.choice()
        project, as_of, lang = choice
        actor = self.workspace.actor
        self.workspace.ops.write(
            lambda s: _preview(s, actor, str(project), as_of, lang),
            lambda r: self._previewed(r, choice),
            self._failed,
            owner=self,
        )

    def _previewed(
        self, result: tuple[CouncilReport, bytes, list[tuple[float, float]]], choice: Choice
    ) -> None:
        self.busy = False
        self.report, self.pdf, sizes = result
        self.previewed = choice
        self.pages.set_document(self.pdf, sizes)
        self.status.setText("")

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
        choice, pdf = self.choice(), self.pdf
        project, as_of, lang = choice
        actor = self.workspace.actor
        if pdf is not None and self.previewed == choice:
            self.workspace.ops.write(
                lambda s: _save_previewed(s, actor, choice, pdf, out),
                lambda _r: self._saved(out),
                self._failed,
                owner=self,
            )
            return
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
