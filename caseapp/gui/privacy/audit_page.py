"""The audit log page: search who looked at or changed whose data, and export what was found.

For team leads and administrators (Can.READ_AUDIT). Every search and export is itself written
to the log, so each runs as a write in the background.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from caseapp.gui import i18n
from caseapp.gui.headings import page_heading
from caseapp.gui.privacy.audit_model import AuditModel, action_text
from caseapp.gui.workspace import Workspace
from caseapp.reports import insight_text
from caseapp.services import audit, audit_files, settings


class AuditPage(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("audit-page")
        self.workspace = workspace
        self.model = AuditModel(self)
        heading = page_heading(self.tr("Audit log"))
        intro = QLabel(
            self.tr("Who has looked at or changed whose data. Searching the log is itself logged.")
        )
        intro.setWordWrap(True)
        self.participant = QLineEdit()
        self.participant.setObjectName("audit-participant")
        self.participant.setPlaceholderText("P-0001")
        self.account = QLineEdit()
        self.account.setObjectName("audit-account")
        # Actions in words, to pick from; the code is kept behind each.
        self.action = QComboBox()
        self.action.setObjectName("audit-action")
        self.action.addItem(self.tr("Every action"), None)
        for code in sorted(
            insight_text.known_actions(), key=lambda c: i18n.sort_key(action_text(c))
        ):
            self.action.addItem(action_text(code), code)
        self.since = QLineEdit()
        self.since.setObjectName("audit-since")
        self.until = QLineEdit()
        self.until.setObjectName("audit-until")
        for box in (self.since, self.until):
            box.setPlaceholderText(i18n.format_date(date.today()))
        form = QFormLayout()
        form.addRow(self.tr("Participant"), self.participant)
        form.addRow(self.tr("Account"), self.account)
        form.addRow(self.tr("Action"), self.action)
        dates = QHBoxLayout()
        dates.addWidget(self.since)
        dates.addWidget(QLabel(self.tr("To")))
        dates.addWidget(self.until)
        form.addRow(self.tr("From"), dates)
        self.search_button = QPushButton(self.tr("Search"))
        self.search_button.setObjectName("audit-search")
        self.search_button.setDefault(True)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setObjectName("audit-export")
        buttons = QHBoxLayout()
        buttons.addWidget(self.search_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        self.table = QTableView()
        self.table.setObjectName("audit-table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.message = QLabel()
        self.message.setObjectName("audit-message")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        self.search_button.clicked.connect(self.search)
        for box in (self.participant, self.account, self.since, self.until):
            box.returnPressed.connect(self.search)
        self.action.activated.connect(lambda _index: self.search())
        self.export_button.clicked.connect(self.ask_export)
        self.searched_once = False

    def page_shown(self) -> None:
        if not self.searched_once:
            self.search()

    def filters(self) -> audit.Filters | None:
        """The filters typed, or None (with a message) when a date is not one."""
        days: list[date | None] = []
        for box in (self.since, self.until):
            text = box.text().strip()
            day = i18n.parse_date(text) if text else None
            if text and day is None:
                self.message.setText(self.tr("Not a date: {text}").format(text=text))
                return None
            days.append(day)
        return audit.Filters(
            self.participant.text().strip() or None,
            self.account.text().strip() or None,
            self.action.currentData(),
            days[0],
            days[1],
        )

    def search(self) -> None:
        filters = self.filters()
        if filters is None:
            return
        self.searched_once = True
        actor = self.workspace.actor

        def work(session: Session) -> tuple[list[audit.Row], int]:
            limit = settings.get(session, settings.AUDIT_SEARCH_LIMIT)
            return audit.search(session, actor, filters, limit), limit

        self.workspace.ops.write(work, self._found, self._failed, owner=self)

    def _found(self, result: tuple[list[audit.Row], int]) -> None:
        rows, limit = result
        self.model.set_rows(rows)
        if len(rows) >= limit:
            text = self.tr("{n} entries (the newest {limit}; narrow the search to see older ones)")
        else:
            text = self.tr("%n entry(s)", None, len(rows))
        self.message.setText(text.format(n=len(rows), limit=limit))

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(i18n.message(exc))

    def ask_export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the audit log"),
            "audit.csv",
            self.tr("CSV files (*.csv);;JSON files (*.json)"),
        )
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path) -> None:
        filters = self.filters()
        if filters is None:
            return
        actor = self.workspace.actor

        def work(session: Session) -> int:
            audit_files.file_format(path, "file")
            rows = audit.export(session, actor, filters, path.name)
            audit_files.write(rows, path)
            return len(rows)

        def done(count: int) -> None:
            self.message.setText(
                self.tr("Wrote %n entry(s) to {file}.", None, count).format(file=path.name)
            )

        self.workspace.ops.write(work, done, self._failed, owner=self)
