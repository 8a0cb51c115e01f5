"""The user manual inside the program (F1, opened at the page in front) and the About box
(version, licences, the database in use). The manual's text is in resources/manual/, one file
per language."""

from __future__ import annotations

from importlib import metadata

from PySide6.QtWidgets import QDialog, QMessageBox, QTextBrowser, QVBoxLayout, QWidget

from caseapp.bundled import resource
from caseapp.gui import i18n
from caseapp.gui.i18n import tr

# The manual's section for each page of the main window (a page not listed opens at the top).
SECTIONS = {
    "overview": "overview",
    "participants": "participants",
    "file": "file",
    "project": "project",
    "reports": "reports",
    "data_quality": "data_quality",
    "audit": "privacy",
    "retention": "privacy",
}
# What the program is built on, and under which licence it may be used.
LICENCES = (
    ("Qt, PySide6", "LGPL-3.0"),
    ("SQLAlchemy, Alembic", "MIT"),
    ("ReportLab", "BSD"),
    ("openpyxl", "MIT"),
    ("argon2-cffi, cryptography", "MIT, Apache-2.0 / BSD"),
    ("jsonschema", "MIT"),
)


def manual_html(lang: str) -> str:
    name = "da.html" if lang == "da" else "en.html"
    return resource(f"manual/{name}").read_text("utf-8")


def version() -> str:
    try:
        return metadata.version("caseapp")
    except metadata.PackageNotFoundError:
        return "?"


class HelpWindow(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("help-window")
        self.setWindowTitle(self.tr("User manual"))
        self.text = QTextBrowser()
        self.text.setObjectName("manual")
        self.text.setOpenExternalLinks(False)
        QVBoxLayout(self).addWidget(self.text)
        self.resize(self.fontMetrics().averageCharWidth() * 90, self.fontMetrics().height() * 36)

    def show_section(self, page: str | None) -> None:
        self.text.setHtml(manual_html(i18n.current()))
        anchor = SECTIONS.get(page or "", "start")
        self.show()
        self.raise_()
        self.text.scrollToAnchor(anchor)


def show_about(parent: QWidget, database: str) -> QMessageBox:
    rows = "".join(f"<tr><td>{name}</td><td>{licence}</td></tr>" for name, licence in LICENCES)
    box = QMessageBox(parent)
    box.setObjectName("about")
    box.setWindowTitle(tr("About caseapp"))
    box.setText(f"<b>caseapp {version()}</b>")
    box.setInformativeText(
        tr("Case management and outcome reporting for Housing First and Job First projects.")
        + "<br><br>"
        + tr("Database: {name}").format(name=database)
        + "<br><br>"
        + tr("Built with:")
        + f"<table cellspacing='4'>{rows}</table>"
    )
    box.open()
    return box
