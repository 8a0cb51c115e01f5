"""A small chart drawn with QPainter: stacked bars, lines and dashed reference levels over
labelled categories, with a legend, axis labels and a tooltip per category."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QHelpEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from caseapp.reports.chart_scale import axis_ticks, label_every

# Okabe-Ito colours: told apart also by people with colour-blindness.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442")


@dataclass(frozen=True)
class Series:
    """`bar` series stack; a `line` joins one value per category; a `level` is one value drawn
    as a dashed line across the chart (a target)."""

    label: str
    values: Sequence[float]
    color: str
    kind: Literal["bar", "line", "level"] = "bar"


class Chart(QWidget):
    """Categories along the bottom, values up the left; `set_data` replaces what is drawn."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 220)
        self.title = ""
        self.empty_text = ""
        self.categories: list[str] = []
        self.series: list[Series] = []
        self._value_text: Callable[[float], str] = lambda v: f"{v:g}"
        self._whole = False
        self._plot = QRectF()

    def sizeHint(self) -> QSize:
        return QSize(480, 280)

    def set_data(
        self,
        title: str,
        categories: Sequence[str],
        series: Sequence[Series],
        value_text: Callable[[float], str],
        *,
        whole: bool = False,
        empty_text: str = "",
    ) -> None:
        self.title, self.empty_text = title, empty_text
        self.categories, self.series = list(categories), list(series)
        self._value_text, self._whole = value_text, whole
        self.setAccessibleName(title)
        self.setAccessibleDescription(self.describe())
        self.update()

    def describe(self) -> str:
        """The chart in words, one category per line (for screen readers and tooltips)."""
        return "\n".join(self._category_text(i) for i in range(len(self.categories)))

    def _category_text(self, i: int) -> str:
        parts = []
        for s in self.series:
            value = s.values[0] if s.kind == "level" else s.values[i]
            parts.append(f"{s.label}: {self._value_text(value)}")
        return f"{self.categories[i]} — " + ", ".join(parts)

    def _highest(self) -> float:
        top = 0.0
        for i in range(len(self.categories)):
            stacked = sum(s.values[i] for s in self.series if s.kind == "bar")
            top = max(top, stacked)
        for s in self.series:
            if s.kind != "bar" and s.values:
                top = max(top, *s.values)
        return top

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), self.palette().base())
        text_color = self.palette().text().color()
        fm = QFontMetrics(self.font())
        line = fm.height()
        bold = self.font()
        bold.setBold(True)
        p.setFont(bold)
        p.setPen(text_color)
        p.drawText(
            QRectF(8, 4, self.width() - 16, line + 2), Qt.AlignmentFlag.AlignLeft, self.title
        )
        p.setFont(self.font())
        legend_bottom = self._draw_legend(p, fm, 8, line + 10)
        if not self.categories:
            p.setPen(QColor("#777777"))
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return
        ticks = axis_ticks(self._highest(), self._whole)
        left = 12 + max(fm.horizontalAdvance(self._value_text(t)) for t in ticks)
        plot = QRectF(left, legend_bottom + line / 2, self.width() - left - 14, 0)
        plot.setBottom(self.height() - line - 12)
        self._plot = plot
        if plot.height() < 20 or plot.width() < 20:
            return
        top = ticks[-1] or 1.0

        def y_of(value: float) -> float:
            return plot.bottom() - value / top * plot.height()

        for t in ticks:
            y = y_of(t)
            p.setPen(QPen(QColor("#d8d8d8"), 1))
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(text_color)
            p.drawText(
                QRectF(0, y - line / 2, left - 6, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                self._value_text(t),
            )
        slot = plot.width() / len(self.categories)
        self._draw_bars(p, plot, slot, y_of)
        self._draw_lines(p, plot, slot, y_of)
        p.setPen(QPen(text_color, 1))
        p.drawLine(plot.bottomLeft(), plot.bottomRight())
        p.drawLine(plot.bottomLeft(), plot.topLeft())
        widest = max(fm.horizontalAdvance(c) for c in self.categories)
        every = label_every(len(self.categories), plot.width(), widest)
        for i, category in enumerate(self.categories):
            if i % every == 0:
                x = plot.left() + slot * (i + 0.5)
                box = QRectF(x - slot * every / 2, plot.bottom() + 4, slot * every, line)
                p.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, category)

    def _draw_legend(self, p: QPainter, fm: QFontMetrics, x: float, y: float) -> float:
        line = fm.height()
        for s in self.series:
            width = fm.horizontalAdvance(s.label) + 26
            if x + width > self.width() - 8 and x > 8:
                x, y = 8, y + line + 4
            color = QColor(s.color)
            if s.kind == "bar":
                p.fillRect(QRectF(x, y + line / 2 - 5, 12, 10), color)
            else:
                pen = QPen(
                    color, 2.5, Qt.PenStyle.DashLine if s.kind == "level" else Qt.PenStyle.SolidLine
                )
                p.setPen(pen)
                p.drawLine(QPointF(x, y + line / 2), QPointF(x + 14, y + line / 2))
            p.setPen(self.palette().text().color())
            p.drawText(QRectF(x + 18, y, width, line), Qt.AlignmentFlag.AlignVCenter, s.label)
            x += width + 10
        return y + line

    def _draw_bars(
        self, p: QPainter, plot: QRectF, slot: float, y_of: Callable[[float], float]
    ) -> None:
        width = max(2.0, min(slot * 0.62, 56.0))
        for i in range(len(self.categories)):
            base = 0.0
            x = plot.left() + slot * (i + 0.5) - width / 2
            for s in self.series:
                if s.kind != "bar" or s.values[i] <= 0:
                    continue
                top, bottom = y_of(base + s.values[i]), y_of(base)
                p.fillRect(QRectF(x, top, width, bottom - top), QColor(s.color))
                base += s.values[i]

    def _draw_lines(
        self, p: QPainter, plot: QRectF, slot: float, y_of: Callable[[float], float]
    ) -> None:
        for s in self.series:
            color = QColor(s.color)
            if s.kind == "level" and s.values:
                p.setPen(QPen(color, 2, Qt.PenStyle.DashLine))
                y = y_of(s.values[0])
                p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            elif s.kind == "line":
                points = [
                    QPointF(plot.left() + slot * (i + 0.5), y_of(v)) for i, v in enumerate(s.values)
                ]
                p.setPen(QPen(color, 2.5))
                p.drawPolyline(points)
                p.setBrush(color)
                for point in points:
                    p.drawEllipse(point, 3.5, 3.5)
                p.setBrush(Qt.BrushStyle.NoBrush)

    def category_at(self, x: float) -> int | None:
        """The category under a horizontal position in the plot, if any."""
        plot = self._plot
        if not self.categories or plot.width() <= 0 or not plot.left() <= x <= plot.right():
            return None
        return min(
            len(self.categories) - 1, int((x - plot.left()) / plot.width() * len(self.categories))
        )

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            i = self.category_at(event.pos().x())
            if i is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self._category_text(i), self)
            return True
        return super().event(event)
