"""Reading the text of a PDF the way a reader would copy it: `pdftotext` where installed, and
PDFium (pypdfium2, which the program ships for page images) everywhere. Both read embedded
TrueType fonts, so names such as Łukasz Wiśniewski come out as printed."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pypdfium2 as pdfium

PDFTOTEXT = shutil.which("pdftotext")


def pdftotext(path: Path) -> str:
    assert PDFTOTEXT is not None
    return subprocess.run(
        [PDFTOTEXT, "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def pdf_text(path: Path) -> str:
    """The text of every page in reading order, one printed line a line (a table row's cells
    on one line, separated by spaces)."""
    doc = pdfium.PdfDocument(str(path))
    try:
        pages = []
        for page in doc:
            text = page.get_textpage().get_text_range()
            pages.append(text.replace("\r\n", "\n").replace("\r", "\n"))
        return "\n".join(pages)
    finally:
        doc.close()
