"""A PDF's pages as plain RGB images, for showing a report before it is saved.

PDFium (through pypdfium2) draws the pages; it is not safe to use from two threads at once, so
every use here holds one lock. Pages are drawn at a given scale (pixels per point), as a screen
needs.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

_LOCK = threading.Lock()
MAX_SIDE = 10_000  # pixels; a page larger than this would take hundreds of megabytes


@dataclass(frozen=True)
class PageImage:
    """One page: `pixels` holds `height` rows of `stride` bytes, 3 bytes (R, G, B) a pixel."""

    number: int  # from 1
    width: int
    height: int
    stride: int
    pixels: bytes


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    """Each page's (width, height) in points (1/72 inch)."""
    with _LOCK:
        document = pdfium.PdfDocument(pdf)
        try:
            return [document[i].get_size() for i in range(len(document))]
        finally:
            document.close()


def render_pages(pdf: bytes, scale: float, numbers: Iterable[int] | None = None) -> list[PageImage]:
    """The pages numbered `numbers` (from 1; every page when None), `scale` pixels a point."""
    if not scale > 0:
        raise ValueError(f"the scale must be above 0, not {scale}")
    images: list[PageImage] = []
    with _LOCK:
        document = pdfium.PdfDocument(pdf)
        try:
            count = len(document)
            wanted = range(1, count + 1) if numbers is None else numbers
            for number in wanted:
                if not 1 <= number <= count:
                    raise ValueError(f"the document has no page {number}")
                page = document[number - 1]
                if max(page.get_size()) * scale > MAX_SIDE:
                    raise ValueError(f"page {number} would be over {MAX_SIDE} pixels at {scale}")
                bitmap = page.render(
                    scale=scale, force_bitmap_format=pdfium_c.FPDFBitmap_BGR, rev_byteorder=True
                )
                images.append(
                    PageImage(
                        number,
                        bitmap.width,
                        bitmap.height,
                        bitmap.stride,
                        bytes(bitmap.buffer),
                    )
                )
                bitmap.close()
                page.close()
        finally:
            document.close()
    return images
