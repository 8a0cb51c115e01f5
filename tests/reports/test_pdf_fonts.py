"""Every PDF embeds the shipped Unicode font, so names outside Latin-1 print as written."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium

from caseapp.domain.fields import PARTICIPANT_LISTS
from caseapp.reports.insight_pdf import write_pdf
from tests.reports.pdf_text import pdf_text

NAMES = ("Łukasz", "Wiśniewski", "Yılmaz", "Ğülşen")


def _fonts(path: Path) -> set[str]:
    data = path.read_bytes()
    return {name for name in ("Helvetica", "DejaVuSansCondensed") if name.encode() in data}


def test_the_insight_pdf_prints_polish_and_turkish_names(tmp_path: Path) -> None:
    doc = {
        "made_at": "2026-12-01T10:00:00",
        "participant": {"key": "P-0001", "first_name": "Łukasz", "last_name": "Wiśniewski"},
        **{name: [] for name in PARTICIPANT_LISTS},
        "accesses": [],
    }
    doc["contacts"] = [{"at": "2026-11-30T10:00", "mode": "phone", "note": "Yılmaz, Ğülşen"}]
    out = tmp_path / "insight.pdf"
    write_pdf(doc, out, "da")
    text = pdf_text(out)
    for name in NAMES:
        assert name in text
    assert "DejaVuSansCondensed" in _fonts(out)
    pdf = pdfium.PdfDocument(str(out))
    assert len(pdf) >= 1
    pdf.close()
