"""The history of a project's contract: every revision with who saved it, when and why, and for
the chosen one what it changed and the whole contract as it then stood (read-only)."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from caseapp.gui import i18n
from caseapp.gui.i18n import tr
from caseapp.gui.operations import Operations
from caseapp.gui.outcomes import numbers
from caseapp.gui.outcomes.contract_text import path_label, value_text
from caseapp.gui.outcomes.dashboard_tables import read_only_table
from caseapp.gui.outcomes.screen import OutcomeScreen
from caseapp.services import contracts
from caseapp.services.actor import Actor
from caseapp.services.contracts import RevisionInfo
from caseapp.storage.database import Database


def _rows(title: str, changes: list[contracts.Change], contract: Any, both: bool) -> str:
    """An HTML table of changes (field, before, after) or of values (field, value)."""
    titles = [tr("Field"), tr("Before"), tr("After")] if both else [tr("Field"), tr("Value")]
    head = "".join(f"<th align='left'>{html.escape(t)}</th>" for t in titles)
    body = []
    for c in changes:
        cells = [path_label(c.path, contract)]
        if both:
            cells.append(value_text(c.path, c.before, contract))
        cells.append(value_text(c.path, c.after, contract))
        body.append("<tr>" + "".join(f"<td>{html.escape(x)}</td>" for x in cells) + "</tr>")
    return (
        f"<h4>{html.escape(title)}</h4><table cellspacing='0' cellpadding='3' border='1' "
        f"style='border-collapse: collapse'><tr>{head}</tr>{''.join(body)}</table>"
    )


class ContractHistory(OutcomeScreen):
    """`loaded` is emitted when the list is filled, `shown` when a revision is on screen."""

    loaded = Signal()
    shown = Signal()

    def __init__(
        self,
        db: Database,
        actor: Actor,
        project_key: str,
        *,
        ops: Operations | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, actor, ops, parent)
        self.project_key = project_key
        self.revisions: list[RevisionInfo] = []
        self._request = 0
        self.table = read_only_table(4)
        self.table.setHorizontalHeaderLabels([tr("Revision"), tr("Saved"), tr("By"), tr("Reason")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.detail = QTextBrowser()
        self.status = QLabel("")
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setSizes([200, 400])
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                tr(
                    "Every saved version of the contract, so that a report made earlier can be "
                    "explained by the contract it was made with."
                )
            )
        )
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)
        self.table.itemSelectionChanged.connect(self._selected)

    def reload(self) -> None:
        self._asked = True
        self._waiting = True
        actor, key = self._actor, self.project_key
        self._ops.read(
            lambda s: contracts.history(s, actor, key), self._loaded, self._failed, owner=self
        )

    def _failed(self, exc: BaseException) -> None:
        self._waiting = False
        self.status.setText(i18n.message(exc))

    def _loaded(self, revisions: list[RevisionInfo]) -> None:
        self._waiting = False
        self.revisions = revisions
        self.table.blockSignals(True)
        self.table.setRowCount(len(revisions))
        for row, r in enumerate(revisions):
            who = r.changed_by_name or r.changed_by or ""
            if r.changed_by_name and r.changed_by:
                who = f"{r.changed_by_name} ({r.changed_by})"
            for column, text in enumerate(
                (str(r.revision), numbers.moment(r.changed_at), who, r.comment)
            ):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.blockSignals(False)
        self.loaded.emit()
        if revisions:
            self.table.selectRow(0)

    def show_revision(self, number: int) -> None:
        for row, r in enumerate(self.revisions):
            if r.revision == number:
                self.table.selectRow(row)

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        info = self.revisions[rows[0].row()]
        self._request += 1
        request, actor, key, n = self._request, self._actor, self.project_key, info.revision
        self._waiting = True

        def fetch(session: Any) -> tuple[Any, Any]:
            now = contracts.revision(session, actor, key, n)
            before = contracts.revision(session, actor, key, n - 1) if n > 1 else None
            return before, now

        self._ops.read(
            fetch, lambda pair: self._show(request, info, *pair), self._failed, owner=self
        )

    def _show(self, request: int, info: RevisionInfo, before: Any, now: Any) -> None:
        if request != self._request:
            return
        self._waiting = False
        who = html.escape(info.changed_by_name or info.changed_by or "")
        parts = [
            "<h3>"
            + html.escape(tr("Revision {revision}").format(revision=info.revision))
            + "</h3><p>"
            + html.escape(tr("Saved {when} by").format(when=numbers.moment(info.changed_at)))
            + f" {who}: <i>{html.escape(info.comment or '–')}</i></p>"
        ]
        if info.revision > 1:
            changes = contracts.changes(before, now)
            title = tr("Changes from revision {revision}").format(revision=info.revision - 1)
            if changes:
                parts.append(_rows(title, changes, now or before, both=True))
            else:
                unchanged = tr("No values changed.")
                parts.append(f"<h4>{html.escape(title)}</h4><p>{html.escape(unchanged)}</p>")
        if now is None:
            removed = tr("This revision removed the contract.")
            parts.append(f"<p>{html.escape(removed)}</p>")
        else:
            parts.append(
                _rows(tr("The contract as saved"), contracts.changes(None, now), now, both=False)
            )
        self.detail.setHtml("".join(parts))
        self.shown.emit()
