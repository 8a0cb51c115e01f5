"""The documents kept with the person (below the enrolment and consent): attach a PDF or an
image, as evidence for a spell or as a signed consent or lease; open it here (every opening is
logged); delete it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from caseapp.domain import formatting
from caseapp.gui import i18n
from caseapp.gui.i18n import N_
from caseapp.gui.participant_file.context import FileContext
from caseapp.gui.participant_file.registry import FilePageSpec, register
from caseapp.gui.table_model import Column, TableModel
from caseapp.services import documents
from caseapp.services.documents import EVIDENCE_KINDS, DocumentInfo
from caseapp.services.participant_file import ParticipantFile

if TYPE_CHECKING:
    from caseapp.gui.reports.page_view import PdfPageView

_COLUMNS: tuple[Column[DocumentInfo], ...] = (
    Column(N_("Added"), lambda d: i18n.format_date(d.added_at.date())),
    Column(N_("What"), lambda d: i18n.code("document", d.what)),
    Column(N_("File"), lambda d: d.filename),
    Column(N_("Size"), lambda d: f"{formatting.decimal(d.size / 1024 / 1024, i18n.current())} MB"),
)


class DocumentsPage(QWidget):
    def __init__(self, ctx: FileContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("page-documents")
        self.model: TableModel[DocumentInfo] = TableModel(_COLUMNS, self)
        self.title = QLabel(self.tr("Documents"))
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.attach_button = QPushButton(self.tr("Attach…"))
        self.attach_button.setObjectName("attach-document")
        self.open_button = QPushButton(self.tr("Open"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.empty = QLabel(
            self.tr("No documents yet. Attach a payslip, an agreement, a consent or a lease.")
        )
        self.empty.setObjectName("documents-empty")
        self.table = QTableView()
        self.table.setObjectName("table-documents")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        row = QHBoxLayout()
        row.addWidget(self.title)
        row.addStretch(1)
        for button in (self.attach_button, self.open_button, self.delete_button):
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        self.attach_button.clicked.connect(self.attach)
        self.open_button.clicked.connect(self.open_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.activated.connect(lambda _i: self.open_selected())
        self.preview: DocumentPreview | None = None
        self._generation = 0

    def show_file(self, _pf: ParticipantFile) -> None:
        actor, key = self.ctx.workspace.actor, self.ctx.key
        # Reads run side by side: a list read before a delete may arrive after the one read
        # after it, and must not bring the deleted document back.
        self._generation += 1
        generation = self._generation

        def work(session: Session) -> list[DocumentInfo]:
            return documents.list_for(session, actor, key)

        def done(found: list[DocumentInfo]) -> None:
            if generation == self._generation:
                self._listed(found)

        self.ctx.workspace.ops.read(work, done, lambda _exc: None, owner=self)

    def _listed(self, found: list[DocumentInfo]) -> None:
        self.model.set_rows(found)
        self.empty.setVisible(not found)

    def selected(self) -> DocumentInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def attach(self) -> None:
        dialog = AttachDialog(self.ctx, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.path is not None:
            self.write_attachment(dialog.path, dialog.what(), dialog.spell())

    def write_attachment(self, path: Path, what: str, spell: tuple[str, str] | None) -> None:
        actor, key = self.ctx.workspace.actor, self.ctx.key
        content = path.read_bytes()

        def work(session: Session) -> None:
            documents.attach(session, actor, key, path.name, content, what, spell)

        def failed(exc: BaseException) -> None:
            QMessageBox.warning(self, self.tr("Not saved"), i18n.message(exc))

        self.ctx.write(work, None, failed)

    def open_selected(self) -> None:
        info = self.selected()
        if info is None:
            return
        actor = self.ctx.workspace.actor

        def work(session: Session) -> tuple[str, str, bytes]:
            return documents.open_document(session, actor, info.uuid)

        def done(result: tuple[str, str, bytes]) -> None:
            self.preview = DocumentPreview(self.ctx, *result, parent=self)
            self.preview.show()

        self.ctx.workspace.ops.write(work, done, self.ctx.workspace.ops.error.emit, owner=self)

    def delete_selected(self) -> None:
        info = self.selected()
        if info is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete"),
            self.tr("Delete the document {name}? This cannot be undone.").format(
                name=info.filename
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            actor = self.ctx.workspace.actor
            self.ctx.write(lambda session: documents.delete(session, actor, info.uuid))


class AttachDialog(QDialog):
    """What the document is, what it is evidence for, and the file."""

    def __init__(self, ctx: FileContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attach-dialog")
        self.setWindowTitle(self.tr("Attach a document"))
        self.path: Path | None = None
        self.kind = QComboBox()
        for code, text in i18n.choices("document"):
            self.kind.addItem(text, code)
        self.evidence_for = QComboBox()
        self.evidence_for.addItem(self.tr("Nothing in particular"), None)
        records = ctx.current.records if ctx.current is not None else {}
        for kind in EVIDENCE_KINDS:
            for row in records.get(kind, []):
                since = i18n.format_date(row.values["start"])
                text = f"{i18n.code(kind, row.values['type'])} ({since})"
                self.evidence_for.addItem(text, (kind, row.uuid))
        self.file_label = QLabel(self.tr("No file chosen"))
        choose = QPushButton(self.tr("Choose file…"))
        choose.clicked.connect(self.choose)
        form = QFormLayout()
        form.addRow(self.tr("What"), self.kind)
        form.addRow(self.tr("Evidence for"), self.evidence_for)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(choose)
        form.addRow(self.tr("File"), file_row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(
            QLabel(
                self.tr("PDF, PNG or JPEG, at most {mb} MB.").format(mb=documents.MAX_BYTES >> 20)
            )
        )
        layout.addWidget(self.buttons)

    def choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Attach a document"), "", self.tr("Documents (*.pdf *.png *.jpg *.jpeg)")
        )
        if name:
            self.set_path(Path(name))

    def set_path(self, path: Path) -> None:
        self.path = path
        self.file_label.setText(path.name)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)

    def what(self) -> str:
        return str(self.kind.currentData())

    def spell(self) -> tuple[str, str] | None:
        data: Any = self.evidence_for.currentData()
        return (str(data[0]), str(data[1])) if data else None


class DocumentPreview(QDialog):
    """A document shown in the program: a PDF's pages, or the image."""

    def __init__(
        self,
        ctx: FileContext,
        filename: str,
        media_type: str,
        content: bytes,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("document-preview")
        self.setWindowTitle(filename)
        layout = QVBoxLayout(self)
        self.pages: PdfPageView | None = None
        self.image: QLabel | None = None
        if media_type == "application/pdf":
            # The PDF renderer is loaded when a PDF is first previewed, not with every file.
            from caseapp.gui.reports.page_view import PdfPageView
            from caseapp.reports.page_images import page_sizes

            self.pages = PdfPageView(ctx.workspace.ops)
            self.pages.set_document(content, page_sizes(content))
            layout.addWidget(self.pages)
        else:
            pixmap = QPixmap()
            pixmap.loadFromData(content)
            self.image = QLabel()
            self.image.setPixmap(pixmap)
            self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
            scroll = QScrollArea()
            scroll.setWidget(self.image)
            scroll.setWidgetResizable(True)
            layout.addWidget(scroll)
        self.resize(self.fontMetrics().averageCharWidth() * 90, self.fontMetrics().height() * 40)


register(
    FilePageSpec(
        "documents", N_("Documents"), 82, lambda ctx: DocumentsPage(ctx), beside="enrolment"
    )
)
