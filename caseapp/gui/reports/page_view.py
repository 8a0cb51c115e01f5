"""A PDF's pages as pictures in a scrolling column, with zoom and fit-to-width.

Pages are drawn off the GUI thread (`caseapp.reports.page_images`) at the scale the view needs,
and only those in sight or next to it: pages far out of sight give their pictures back, so a
long report at a high zoom does not fill the memory. A new zoom or width draws them again.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from caseapp.gui.operations import Operations
from caseapp.reports.page_images import PageImage, render_pages

ZOOM_STEP = 1.25
ZOOM_RANGE = (0.25, 4.0)
MARGIN = 12  # logical pixels around and between pages
RESIZE_DELAY_MS = 120
PAGE_STYLE = "QLabel { background: white; border: 1px solid #b8b8b8; }"


class _Pages(QScrollArea):
    resized = Signal()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit()


class PdfPageView(QWidget):
    """Shows the PDF given to `set_document`; `zoom` is None while the pages fit the width."""

    drawn = Signal()  # pictures of pages arrived

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("report-pages")
        self.ops = ops
        self.zoom: float | None = None
        self._pdf = b""
        self._sizes: list[tuple[float, float]] = []
        self._generation = 0
        self._drawing = False
        self._drawn_at: dict[int, float] = {}  # page number -> scale of its picture

        self.zoom_out_button = QToolButton()
        self.zoom_out_button.setText("−")
        self.zoom_out_button.setToolTip(self.tr("Zoom out"))
        self.zoom_in_button = QToolButton()
        self.zoom_in_button.setText("+")
        self.zoom_in_button.setToolTip(self.tr("Zoom in"))
        self.zoom_in_button.setShortcut(QKeySequence.StandardKey.ZoomIn)
        self.zoom_out_button.setShortcut(QKeySequence.StandardKey.ZoomOut)
        self.fit_button = QToolButton()
        self.fit_button.setText(self.tr("Fit width"))
        self.fit_button.setCheckable(True)
        self.fit_button.setChecked(True)
        self.zoom_label = QLabel()
        self.page_label = QLabel()
        self.page_label.setObjectName("report-page-count")
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        for widget in (self.zoom_out_button, self.zoom_label, self.zoom_in_button):
            bar.addWidget(widget)
        bar.addWidget(self.fit_button)
        bar.addStretch(1)
        bar.addWidget(self.page_label)

        self.column = QWidget()
        self.column.setObjectName("report-page-column")
        self.column_layout = QVBoxLayout(self.column)
        self.column_layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        self.column_layout.setSpacing(MARGIN)
        self.column_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.area = _Pages()
        self.area.setWidget(self.column)
        self.area.setWidgetResizable(True)
        # A scroll bar that comes and goes would change the width the pages are fitted to.
        self.area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.area.setFrameShape(QFrame.Shape.StyledPanel)
        self.area.setStyleSheet("QScrollArea { background: palette(mid); }")
        self.column.setStyleSheet("#report-page-column { background: palette(mid); }")
        self.labels: list[QLabel] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.area, 1)

        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(RESIZE_DELAY_MS)
        self._resize_timer.timeout.connect(self._layout_pages)
        self.area.resized.connect(self._resized)
        self.area.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.zoom_in_button.clicked.connect(self.zoom_in)
        self.zoom_out_button.clicked.connect(self.zoom_out)
        self.fit_button.clicked.connect(self.fit_width)
        self._set_enabled()

    # The document

    @property
    def page_count(self) -> int:
        return len(self._sizes)

    def set_document(self, pdf: bytes, sizes: list[tuple[float, float]]) -> None:
        """Show `pdf`, whose pages measure `sizes` (points); pictures follow as they are drawn."""
        self._pdf, self._sizes = pdf, sizes
        self._generation += 1
        self._drawn_at.clear()
        for label in self.labels:
            self.column_layout.removeWidget(label)
            label.deleteLater()
        self.labels = []
        for number in range(1, len(sizes) + 1):
            label = QLabel()
            label.setObjectName(f"report-page-{number}")
            label.setStyleSheet(PAGE_STYLE)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.column_layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self.labels.append(label)
        self.area.verticalScrollBar().setValue(0)
        self._set_enabled()
        self._layout_pages()

    def drawn_pages(self) -> list[int]:
        """The numbers of the pages shown as pictures at the current zoom."""
        scale = self.device_scale()
        return sorted(n for n, at in self._drawn_at.items() if at == scale)

    # Zoom

    def points_to_pixels(self) -> float:
        """Logical pixels a point at the current zoom (100 % is the page's printed size)."""
        actual = self.logicalDpiX() / 72
        if self.zoom is not None or not self._sizes:
            return actual * (self.zoom or 1.0)
        room = self.area.viewport().width() - 2 * MARGIN - 2
        widest = max(w for w, _h in self._sizes)
        return max(room, 50) / widest

    def device_scale(self) -> float:
        return round(self.points_to_pixels() * self.devicePixelRatioF(), 4)

    def current_zoom(self) -> float:
        return self.points_to_pixels() / (self.logicalDpiX() / 72)

    def zoom_in(self) -> None:
        self._set_zoom(self.current_zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._set_zoom(self.current_zoom() / ZOOM_STEP)

    def fit_width(self) -> None:
        self.zoom = None
        self.fit_button.setChecked(True)
        self._layout_pages()

    def _set_zoom(self, zoom: float) -> None:
        self.zoom = min(max(zoom, ZOOM_RANGE[0]), ZOOM_RANGE[1])
        self.fit_button.setChecked(False)
        self._layout_pages()

    def _set_enabled(self) -> None:
        for button in (self.zoom_in_button, self.zoom_out_button, self.fit_button):
            button.setEnabled(bool(self._sizes))

    # Laying out and drawing

    def _resized(self) -> None:
        if self.zoom is None:
            self._resize_timer.start()

    def _layout_pages(self) -> None:
        """Size every page for the zoom (a blank page until its picture comes), then draw."""
        bar = self.area.verticalScrollBar()
        where = bar.value() / bar.maximum() if bar.maximum() else 0.0
        per_point = self.points_to_pixels()
        for label, (width, height) in zip(self.labels, self._sizes, strict=True):
            label.setFixedSize(round(width * per_point), round(height * per_point))
        self.zoom_label.setText(f"{round(self.current_zoom() * 100)} %" if self._sizes else "")
        self.column_layout.activate()  # place the pages now: what is in sight depends on it
        self.column.resize(self.column.sizeHint().expandedTo(self.area.viewport().size()))
        bar.setValue(round(where * bar.maximum()))  # the same place in the document
        self._scrolled()

    def _scrolled(self, *_args: Any) -> None:
        self._show_page_number()
        self._draw_in_sight()

    def _in_reach(self, viewports: float) -> list[int]:
        """Pages within `viewports` screen heights of what is in sight (numbers from 1)."""
        top = self.area.verticalScrollBar().value()
        height = max(self.area.viewport().height(), 1)
        low, high = top - viewports * height, top + height + viewports * height
        return [
            number
            for number, label in enumerate(self.labels, start=1)
            if label.y() + label.height() >= low and label.y() <= high
        ]

    def _show_page_number(self) -> None:
        if not self.labels:
            self.page_label.setText("")
            return
        middle = self.area.verticalScrollBar().value() + self.area.viewport().height() // 2
        current = next(
            (n for n, label in enumerate(self.labels, 1) if label.y() + label.height() >= middle),
            len(self.labels),
        )
        self.page_label.setText(
            self.tr("Page {page} of {pages}").format(page=current, pages=len(self.labels))
        )

    def _draw_in_sight(self) -> None:
        scale = self.device_scale()
        kept = set(self._in_reach(3))
        for number in list(self._drawn_at):
            if number not in kept:
                del self._drawn_at[number]
                self.labels[number - 1].clear()
        wanted = [n for n in self._in_reach(1) if self._drawn_at.get(n) != scale]
        if self._drawing or not wanted:
            return
        self._drawing = True
        pdf, generation = self._pdf, self._generation
        self.ops.run(
            lambda _db, _progress: render_pages(pdf, scale, wanted),
            lambda images: self._arrived(images, generation, scale),
            self._failed,
            owner=self,
        )

    def _arrived(self, images: list[PageImage], generation: int, scale: float) -> None:
        self._drawing = False
        if generation == self._generation and scale == self.device_scale():
            ratio = self.devicePixelRatioF()
            for image in images:
                picture = QImage(
                    image.pixels,
                    image.width,
                    image.height,
                    image.stride,
                    QImage.Format.Format_RGB888,
                ).copy()  # the QImage above only borrows the bytes
                pixmap = QPixmap.fromImage(picture)
                pixmap.setDevicePixelRatio(ratio)
                self.labels[image.number - 1].setPixmap(pixmap)
                self._drawn_at[image.number] = scale
            self.drawn.emit()
        self._draw_in_sight()  # the view may have moved or zoomed meanwhile

    def _failed(self, error: BaseException) -> None:
        self._drawing = False
        self.page_label.setText(
            self.tr("The pages could not be shown: {error}").format(error=error)
        )
