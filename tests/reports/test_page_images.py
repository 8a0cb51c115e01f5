"""PDF pages as RGB images: every page, drawn to the width asked, colours in R, G, B order."""

from __future__ import annotations

import io
import threading

import pytest
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas

from caseapp.reports.page_images import PageImage, page_sizes, render_pages


def _pdf() -> bytes:
    """Two pages: A4 portrait with a red square in its top-left corner, then A4 landscape."""
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4)
    canvas.setFillColorRGB(1, 0, 0)
    canvas.rect(0, A4[1] - 100, 100, 100, stroke=0, fill=1)
    canvas.showPage()
    canvas.setPageSize(landscape(A4))
    canvas.drawString(72, 72, "Second page")
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def _pixel(image: PageImage, x: int, y: int) -> tuple[int, int, int]:
    start = y * image.stride + x * 3
    red, green, blue = image.pixels[start : start + 3]
    return red, green, blue


def test_every_page_is_drawn_at_the_scale_asked() -> None:
    pdf = _pdf()
    sizes = page_sizes(pdf)
    assert [round(w) for w, _h in sizes] == [595, 842]
    pages = render_pages(pdf, 0.5)
    assert [p.number for p in pages] == [1, 2]
    for page, (width, height) in zip(pages, sizes, strict=True):
        assert abs(page.width - width / 2) <= 1 and abs(page.height - height / 2) <= 1
    assert pages[1].height < pages[1].width  # landscape stays landscape
    for page in pages:
        assert len(page.pixels) >= page.stride * page.height >= page.width * 3 * page.height


def test_colours_come_in_red_green_blue_order() -> None:
    page = render_pages(_pdf(), 0.5, [1])[0]
    assert _pixel(page, 10, 10) == (255, 0, 0)  # the red square
    assert _pixel(page, 250, 300) == (255, 255, 255)  # the white page


def test_only_the_pages_asked_for_and_clear_errors() -> None:
    pdf = _pdf()
    assert [p.number for p in render_pages(pdf, 0.3, [2])] == [2]
    with pytest.raises(ValueError, match="no page 3"):
        render_pages(pdf, 0.3, [3])
    with pytest.raises(ValueError, match="scale"):
        render_pages(pdf, 0)
    with pytest.raises(ValueError, match="pixels"):
        render_pages(pdf, 50)  # an A4 page 42,000 pixels high


def test_threads_may_draw_at_the_same_time() -> None:
    pdf = _pdf()
    results: list[int] = []

    def draw() -> None:
        results.extend(p.number for p in render_pages(pdf, 0.25))

    threads = [threading.Thread(target=draw) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(results) == [1, 1, 1, 1, 2, 2, 2, 2]
