"""The look shared by the PDF reports: A4 pages, type styles, running heads with "page x of y",
and tables of figures. Everything prints well in black and white."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from caseapp.reports import fonts

PAGE_W, PAGE_H = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 20 * mm
WIDTH = PAGE_W - 2 * MARGIN_X

INK = colors.HexColor("#1d2733")
MUTED = colors.HexColor("#5b6572")
RULE = colors.HexColor("#b9c0c8")
HEAD_FILL = colors.HexColor("#e3e7ec")
ZEBRA = colors.HexColor("#f5f6f8")
ACCENT = colors.HexColor("#2f4a66")

FONT = fonts.FONT
BOLD = fonts.BOLD

BODY = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=13, textColor=INK)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8, leading=10.5, textColor=MUTED)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=8.5, leading=10.5)
CELL_RIGHT = ParagraphStyle("cell_right", parent=CELL, alignment=TA_RIGHT)
HEAD_CELL = ParagraphStyle("head_cell", parent=CELL, fontName=BOLD)
HEAD_RIGHT = ParagraphStyle("head_right", parent=HEAD_CELL, alignment=TA_RIGHT)
GROUP_HEAD = ParagraphStyle("group_head", parent=HEAD_CELL, alignment=TA_CENTER)
BULLET = ParagraphStyle("bullet", parent=BODY, leftIndent=10, bulletIndent=1, spaceAfter=2)
H1 = ParagraphStyle(
    "h1", fontName=BOLD, fontSize=16, leading=20, textColor=ACCENT, spaceBefore=16, spaceAfter=8
)
H2 = ParagraphStyle(
    "h2", fontName=BOLD, fontSize=11, leading=14, textColor=INK, spaceBefore=10, spaceAfter=4
)
H2_TIGHT = ParagraphStyle("h2_tight", parent=H2, spaceBefore=0)
TITLE = ParagraphStyle("title", fontName=BOLD, fontSize=26, leading=31, textColor=ACCENT)
SUBTITLE = ParagraphStyle("subtitle", fontName=FONT, fontSize=14, leading=18, textColor=INK)
LEAD = ParagraphStyle("lead", parent=BODY, fontSize=11, leading=15)
MONO = ParagraphStyle("mono", parent=BODY, fontName=fonts.MONO, fontSize=8, leading=10)
TILE_VALUE = ParagraphStyle(
    "tile_value", fontName=BOLD, fontSize=17, leading=20, textColor=INK, alignment=TA_LEFT
)
TILE_LABEL = ParagraphStyle("tile_label", parent=BODY, fontName=BOLD, fontSize=8.5, leading=11)
TILE_SUB = ParagraphStyle("tile_sub", parent=SMALL, fontSize=7.5, leading=9.5)


def para(text: str, style: ParagraphStyle = BODY) -> Paragraph:
    """Text from data is escaped: a name with '<' or '&' is text, not markup."""
    return Paragraph(escape(text), style)


Cell = str | Flowable


def figure_table(
    header: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    widths: Sequence[float],
    *,
    total_rows: int = 0,
    left_columns: int = 1,
    groups: Sequence[tuple[str, int]] = (),
) -> Table:
    """A table of figures: a shaded heading, numbers right-aligned, the last `total_rows` bold.

    `groups` adds a heading row above, each (label, number of columns it spans); a cell that is
    already a flowable is placed as it is.
    """
    cell, cell_right, head_cell, head_right = CELL, CELL_RIGHT, HEAD_CELL, HEAD_RIGHT
    head = [para(h, head_cell if i < left_columns else head_right) for i, h in enumerate(header)]
    body = []
    for r, row in enumerate(rows):
        bold = r >= len(rows) - total_rows
        cells: list[Any] = []
        for i, value in enumerate(row):
            if not isinstance(value, str):
                cells.append(value)
                continue
            style = (head_cell if bold else cell) if i < left_columns else cell_right
            if bold and i >= left_columns:
                style = head_right
            cells.append(para(value, style))
        body.append(cells)
    top: list[list[Any]] = []
    commands: list[tuple[Any, ...]] = []
    if groups:
        group_row: list[Any] = []
        col = 0
        for label, span in groups:
            group_row.append(para(label, head_cell if col < left_columns else GROUP_HEAD))
            group_row += [""] * (span - 1)
            if span > 1:
                commands.append(("SPAN", (col, 0), (col + span - 1, 0)))
            if label:
                commands.append(("LINEBELOW", (col, 0), (col + span - 1, 0), 0.4, RULE))
            col += span
        top.append(group_row)
    h = len(top)  # rows of heading above the column heads
    table = Table([*top, head, *body], colWidths=list(widths), repeatRows=h + 1)
    commands += [
        ("BACKGROUND", (0, 0), (-1, h), HEAD_FILL),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("VALIGN", (0, 0), (-1, h), "BOTTOM"),
        ("LINEBELOW", (0, h), (-1, h), 0.6, INK),
        ("LINEBELOW", (0, -1), (-1, -1), 0.6, INK),
        ("TOPPADDING", (0, 0), (-1, -1), 2.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    for r in range(h + 1, len(body) + h + 1 - total_rows):
        if (r - h) % 2 == 0:
            commands.append(("BACKGROUND", (0, r), (-1, r), ZEBRA))
    if total_rows:
        first_total = len(body) + h + 1 - total_rows
        commands.append(("LINEABOVE", (0, first_total), (-1, first_total), 0.6, INK))
    table.setStyle(TableStyle(commands))
    return table


def two_lines(first: str, second: str) -> Paragraph:
    """A table cell with a name and, below it in small grey, what kind of thing it is."""
    return Paragraph(
        f'{escape(first)}<br/><font size="7" color="#5b6572">{escape(second)}</font>', CELL
    )


def bullets(items: Sequence[str]) -> list[Flowable]:
    return [Paragraph(escape(item), BULLET, bulletText="•") for item in items]


def tiles(items: Sequence[tuple[str, str, str]], columns: int = 2) -> Table:
    """Key figures as tiles: (big value, label, one line of context), each with a bar."""
    width = WIDTH / columns
    blocks = []
    for value, label, sub in items:
        block = Table(
            [[para(value, TILE_VALUE)], [para(label, TILE_LABEL)], [para(sub, TILE_SUB)]],
            colWidths=[width - 6 * mm],
        )
        block.setStyle(
            TableStyle(
                [
                    ("LINEBEFORE", (0, 0), (0, -1), 2.2, ACCENT),
                    ("LEFTPADDING", (0, 0), (-1, -1), 7),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                    ("TOPPADDING", (0, 0), (-1, 0), 3),
                    ("BOTTOMPADDING", (0, -1), (-1, -1), 3),
                ]
            )
        )
        blocks.append(block)
    grid: list[list[Any]] = []
    for i in range(0, len(blocks), columns):
        row: list[Any] = list(blocks[i : i + columns])
        row += [""] * (columns - len(row))
        grid.append(row)
    table = Table(grid, colWidths=[width] * columns)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5 * mm),
            ]
        )
    )
    return table


def callout(text: str, sub: str) -> Table:
    """A shaded box with a bar on its left: the sentence a reader must not miss."""
    box = Table([[para(text, LEAD)], [para(sub, SMALL)]], colWidths=[WIDTH])
    box.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), ZEBRA),
                ("LINEBEFORE", (0, 0), (0, -1), 3, ACCENT),
                ("LEFTPADDING", (0, 0), (-1, -1), 9),
                ("RIGHTPADDING", (0, 0), (-1, -1), 9),
                ("TOPPADDING", (0, 0), (-1, 0), 7),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 7),
            ]
        )
    )
    return box


def side_by_side(left: Flowable, right: Flowable, gap: float = 6 * mm) -> Table:
    half = (WIDTH - gap) / 2
    table = Table([[left, "", right]], colWidths=[half, gap, half])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


Decorate = Callable[[Canvas, int, int], None]


def _numbered_canvas(decorate: Decorate) -> type[Canvas]:
    """A canvas that holds its pages back until the end, so each can say "page x of y"."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()  # type: ignore[attr-defined]

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                decorate(self, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def build_pdf(
    out: Path | Any,
    story: list[Flowable],
    decorate: Decorate,
    *,
    title: str,
    author: str,
    subject: str = "",
) -> None:
    """Lay out `story` on A4: the first page is the cover (no running heads), the rest carry
    `decorate`'s heads; `out` is a path or a binary file object."""
    doc = BaseDocTemplate(
        out if not isinstance(out, Path) else str(out),
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        author=author,
        subject=subject,
        creator="caseapp",
        invariant=True,
    )
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, WIDTH, PAGE_H - MARGIN_TOP - MARGIN_BOTTOM, id="body")
    doc.addPageTemplates(
        [PageTemplate(id="cover", frames=[frame]), PageTemplate(id="page", frames=[frame])]
    )
    doc.build([NextPageTemplate("page"), *story], canvasmaker=_numbered_canvas(decorate))


def running_heads(
    left: str,
    right: str,
    footer_left: str,
    page_label: Callable[[int, int], str],
    forecast: tuple[str, str] | None = None,
):
    """Heads and feet for every page but the cover: title and date at the top, a note and the
    page number at the bottom. `forecast` (a banner and a word) marks every page, the cover too,
    as a forecast: the banner across the top and the word across the page."""

    def decorate(canvas: Canvas, page: int, pages: int) -> None:
        canvas.saveState()
        if page > 1:
            canvas.setFont(FONT, 8)
            canvas.setFillColor(MUTED)
            top = PAGE_H - 14 * mm
            canvas.drawString(MARGIN_X, top, left)
            canvas.drawRightString(PAGE_W - MARGIN_X, top, right)
            canvas.setStrokeColor(RULE)
            canvas.setLineWidth(0.5)
            canvas.line(MARGIN_X, top - 2.5 * mm, PAGE_W - MARGIN_X, top - 2.5 * mm)
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN_X, 10 * mm, footer_left)
        canvas.drawRightString(PAGE_W - MARGIN_X, 10 * mm, page_label(page, pages))
        if page == 1:
            canvas.setFillColor(ACCENT)
            canvas.rect(0, PAGE_H - 9 * mm, PAGE_W, 9 * mm, stroke=0, fill=1)
        if forecast is not None:
            _forecast_marks(canvas, *forecast)
        canvas.restoreState()

    return decorate


def _forecast_marks(canvas: Canvas, banner: str, word: str) -> None:
    """A black band with the banner in white above the running head, and the word in large
    grey letters across the page, behind nothing a reader could miss."""
    lines = simpleSplit(banner, BOLD, 8, PAGE_W - 2 * MARGIN_X)[:2]
    height = (3 + 4 * len(lines)) * mm
    canvas.setFillColor(INK)
    canvas.rect(0, PAGE_H - height, PAGE_W, height, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont(BOLD, 8)
    for i, line in enumerate(lines):
        canvas.drawString(MARGIN_X, PAGE_H - (5 + 4 * i) * mm, line)
    canvas.saveState()
    canvas.translate(PAGE_W / 2, PAGE_H / 2)
    canvas.rotate(45)
    canvas.setFillColor(colors.Color(0.5, 0.5, 0.5, alpha=0.18))
    canvas.setFont(BOLD, 96)
    canvas.drawCentredString(0, -34, word)
    canvas.restoreState()
