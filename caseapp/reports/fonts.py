"""The typeface every PDF embeds: DejaVu Sans (Condensed, close to Helvetica's width so tables
keep their layout), shipped in caseapp/resources/fonts with its licence. Unlike the PDF base
fonts it covers names such as Łukasz Wiśniewski or Yılmaz, and the PDF carries it, so a reader
without the font sees the same text."""

from __future__ import annotations

from functools import cache
from importlib import resources

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT = "CaseappSans"
BOLD = "CaseappSans-Bold"
MONO = "CaseappMono"

_FILES = {
    FONT: "DejaVuSansCondensed.ttf",
    BOLD: "DejaVuSansCondensed-Bold.ttf",
    MONO: "DejaVuSansMono.ttf",
}


@cache
def register() -> None:
    """Make the fonts known to ReportLab (once per process)."""
    folder = resources.files("caseapp").joinpath("resources/fonts")
    for name, file in _FILES.items():
        with resources.as_file(folder.joinpath(file)) as path:
            pdfmetrics.registerFont(TTFont(name, str(path)))
    # <b> in a paragraph picks the bold face.
    addMapping(FONT, 0, 0, FONT)
    addMapping(FONT, 1, 0, BOLD)
    addMapping(FONT, 0, 1, FONT)
    addMapping(FONT, 1, 1, BOLD)


register()
