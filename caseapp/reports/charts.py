"""The report's two charts, drawn with ReportLab's vector shapes so they print sharply in black
and white: series differ by grey shade and hatching or by line style, and carry direct labels
instead of relying on colour."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from caseapp.reports.pdf_layout import BOLD, FONT, INK, MUTED, RULE

# Bar fills from dark to light; a hatched fill follows the plain greys.
_FILLS = ("#3d3d3d", "#9a9a9a", "#d9d9d9")


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[float, ...]


def _rect(d: Drawing, x: float, y: float, w: float, h: float, fill: Any) -> None:
    # Attributes are set after construction: the type stubs mistype Rect's keyword arguments.
    rect = Rect(x, y, w, h)
    rect.fillColor = fill
    rect.strokeColor = INK
    rect.strokeWidth = 0.35
    d.add(rect)


def _fill(index: int) -> Any:
    return colors.HexColor(_FILLS[index]) if index < len(_FILLS) else colors.white


def nice_step(value: float) -> float:
    """The 'round' step at or above `value`: 1, 2, 2.5 or 5 times a power of ten."""
    if value <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if value <= step * power + 1e-9:
            return step * power
    return 10 * power


def axis_steps(top: float, at_least_one: bool = False) -> list[float]:
    """Gridline values from 0 to just above `top`, four or five round steps."""
    step = nice_step(top / 4) if top > 0 else 1.0
    if at_least_one:
        step = max(step, 1.0)
    count = max(1, math.ceil(top / step - 1e-9))
    return [step * k for k in range(count + 1)]


def _hatch(d: Drawing, x: float, y: float, w: float, h: float, gap: float = 3.2) -> None:
    """Diagonal lines (/) clipped to a rectangle."""
    if w <= 0 or h <= 0:
        return
    c = -h
    while c < w:
        # The line y' = x' - c inside [0, w] x [0, h].
        x0, y0 = max(c, 0.0), max(-c, 0.0)
        x1 = min(w, h + c)
        y1 = x1 - c
        if x1 > x0:
            d.add(Line(x + x0, y + y0, x + x1, y + y1, strokeColor=INK, strokeWidth=0.45))
        c += gap


def _swatch(d: Drawing, x: float, y: float, index: int) -> None:
    size = 7
    _rect(d, x, y, size, size, _fill(index))
    if index >= len(_FILLS):
        _hatch(d, x, y, size, size, 2.2)


def _gridlines(
    d: Drawing,
    steps: Sequence[float],
    left: float,
    bottom: float,
    plot_w: float,
    scale: float,
    axis_label: Callable[[float], str],
) -> None:
    """A gridline across the plot at each step, its value left of the plot."""
    for value in steps:
        y = bottom + value * scale
        d.add(Line(left, y, left + plot_w, y, strokeColor=RULE, strokeWidth=0.4))
        d.add(
            String(
                left - 3,
                y - 2.5,
                axis_label(value),
                fontName=FONT,
                fontSize=7,
                fillColor=MUTED,
                textAnchor="end",
            )
        )


def _quarter_label(d: Drawing, x: float, bottom: float, quarter: str) -> None:
    """A quarter's name under the plot, centred on `x`."""
    d.add(
        String(
            x, bottom - 9, quarter, fontName=FONT, fontSize=7, fillColor=INK, textAnchor="middle"
        )
    )


def stacked_bars(
    quarters: Sequence[str],
    series: Sequence[Series],
    width: float,
    height: float,
    value_label: Callable[[float], str],
    axis_label: Callable[[float], str],
    unit: str,
) -> Drawing:
    """Stacked bars per quarter, the total written above each bar, a legend of series on top
    (wrapped onto as many rows as the names need)."""
    d = Drawing(width, height)
    left, right, bottom = 16 * mm, 3 * mm, 11 * mm
    legend = _legend_rows(series, width - left)
    top = 6 * mm + len(legend) * 11
    plot_w, plot_h = width - left - right, height - bottom - top
    totals = [sum(s.values[i] for s in series) for i in range(len(quarters))]
    steps = axis_steps(max(totals, default=0) * 1.08)
    scale = plot_h / steps[-1]
    d.add(String(0, height - 4, unit, fontName=FONT, fontSize=7, fillColor=MUTED))
    _gridlines(d, steps, left, bottom, plot_w, scale, axis_label)
    slot = plot_w / max(len(quarters), 1)
    bar = slot * 0.62
    every = 1 if len(quarters) <= 12 else 2
    for i, q in enumerate(quarters):
        x = left + i * slot + (slot - bar) / 2
        y = bottom
        for index, s in enumerate(series):
            h = s.values[i] * scale
            if h <= 0:
                continue
            _rect(d, x, y, bar, h, _fill(index))
            if index >= len(_FILLS):
                _hatch(d, x, y, bar, h)
            y += h
        if totals[i] > 0:
            d.add(
                String(
                    x + bar / 2,
                    y + 2,
                    value_label(totals[i]),
                    fontName=FONT,
                    fontSize=6.3 if len(quarters) > 10 else 7,
                    fillColor=INK,
                    textAnchor="middle",
                )
            )
        if i % every == 0:
            _quarter_label(d, left + i * slot + slot / 2, bottom, q)
    d.add(Line(left, bottom, left + plot_w, bottom, strokeColor=INK, strokeWidth=0.7))
    for row, items in enumerate(legend):
        y = height - 13 - row * 11
        for index, x in items:
            _swatch(d, left + x, y, index)
            d.add(
                String(
                    left + x + 10, y + 1, series[index].name, fontName=FONT, fontSize=7.5,
                    fillColor=INK,
                )
            )  # fmt: skip
    return d


def _legend_rows(series: Sequence[Series], room: float) -> list[list[tuple[int, float]]]:
    """(series index, x offset) per legend row, starting a new row where a name would not fit."""
    rows: list[list[tuple[int, float]]] = [[]]
    x = 0.0
    for index, s in enumerate(series):
        item = 10 + stringWidth(s.name, FONT, 7.5) + 12
        if rows[-1] and x + item > room:
            rows.append([])
            x = 0.0
        rows[-1].append((index, x))
        x += item
    return rows


@dataclass(frozen=True)
class Curve:
    name: str
    values: tuple[float, ...]
    style: str  # "solid", "dashed" or "dotted"
    label: str  # the value written at the line's end


def lines_chart(
    quarters: Sequence[str],
    curves: Sequence[Curve],
    width: float,
    height: float,
    axis_label: Callable[[float], str],
) -> Drawing:
    """Lines over quarters, each named at its right end (no legend to match up)."""
    d = Drawing(width, height)
    left, right, bottom, top = 12 * mm, 42 * mm, 11 * mm, 5 * mm
    plot_w, plot_h = width - left - right, height - bottom - top
    shown = [[v for v in c.values if not math.isnan(v)] for c in curves]
    top_value = max((max(v, default=0) for v in shown), default=0) * 1.1
    steps = axis_steps(top_value, at_least_one=True)
    scale = plot_h / steps[-1]
    _gridlines(d, steps, left, bottom, plot_w, scale, axis_label)
    n = len(quarters)
    slot = plot_w / max(n, 1)
    xs = [left + i * slot + slot / 2 for i in range(n)]
    every = 1 if n <= 12 else 2
    for i, q in enumerate(quarters):
        if i % every == 0:
            _quarter_label(d, xs[i], bottom, q)
    d.add(Line(left, bottom, left + plot_w, bottom, strokeColor=INK, strokeWidth=0.7))
    ends: list[tuple[float, Curve]] = []
    for curve in curves:
        points: list[float] = []
        for x, v in zip(xs, curve.values, strict=True):
            if not math.isnan(v):  # a point not to be shown (hidden by the disclosure rules)
                points += [x, bottom + v * scale]
        dash: list[float] | None = {"solid": None, "dashed": [4.0, 2.5], "dotted": [1.0, 2.0]}[
            curve.style
        ]
        width_pt = 1.6 if curve.style == "solid" else 1.1
        grey = INK if curve.style != "dotted" else colors.HexColor("#555555")
        if len(points) >= 4:
            line = PolyLine(points, strokeColor=grey, strokeWidth=width_pt)
            if dash:
                line.strokeDashArray = dash
            d.add(line)
        if curve.style == "solid":
            for j in range(0, len(points), 2):
                d.add(Circle(points[j], points[j + 1], 1.8, fillColor=INK, strokeColor=INK))
        if points:
            ends.append((points[-1], curve))
    # Names at the right end, nudged apart so they never overlap.
    placed: list[float] = []
    for y, curve in sorted(ends, key=lambda e: e[0]):
        label_y = max([y - 3, *[p + 9 for p in placed]])
        placed.append(label_y)
        x = (xs[-1] if xs else left) + 5
        d.add(
            String(
                x,
                label_y,
                f"{curve.name}: {curve.label}",
                fontName=BOLD if curve.style == "solid" else FONT,
                fontSize=7.5,
                fillColor=INK,
            )
        )
    return d
