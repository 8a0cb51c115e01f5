"""The reading pane: the whole text of the record chosen in a list (a contact's note, a task's
title and note), with the words of a search marked, so nothing is read through an edit form."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QTextBrowser, QWidget

from caseapp.domain import danish_text
from caseapp.services.journal import TEXT_FIELDS
from caseapp.services.participant_file import RecordRow

MARK = '<span style="background:#ffe58a">{}</span>'


def marked_html(text: str, query: str = "") -> str:
    """The text as HTML, line breaks kept, the words `query` found marked."""
    out: list[str] = []
    at = 0
    for start, end in danish_text.highlights(text, query):
        out.append(html.escape(text[at:start]))
        out.append(MARK.format(html.escape(text[start:end])))
        at = end
    out.append(html.escape(text[at:]))
    return "".join(out).replace("\n", "<br>")


def record_text(row: RecordRow) -> str:
    """All the free text of a record, as the journal search reads it."""
    parts = [row.values.get(name) for name in TEXT_FIELDS.get(row.kind, ())]
    return "\n".join(str(p) for p in parts if p)


class ReadingPane(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reading-pane")
        self.setOpenLinks(False)
        self.setMinimumHeight(self.fontMetrics().height() * 5)
        self.clear_text()

    def clear_text(self) -> None:
        # (A text marked inside an f-string is not seen by lupdate.)
        hint = self.tr("Choose a line to read it in full here.")
        self.setHtml(f"<i>{html.escape(hint)}</i>")

    def show_text(self, heading: str, text: str, query: str = "") -> None:
        no_text = self.tr("No text")
        body = marked_html(text, query) if text else f"<i>{html.escape(no_text)}</i>"
        self.setHtml(f"<p><b>{html.escape(heading)}</b></p><p>{body}</p>")
