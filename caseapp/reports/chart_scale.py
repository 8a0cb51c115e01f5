"""Round axis steps for a chart (0, 20 000, 40 000, ...), worked out without Qt: the one scale
that the dashboard's charts on screen and the council report's charts in the PDF both use, so
the same figures get the same axis."""

from __future__ import annotations

import math


def nice_ticks(highest: float, most: int = 6, whole: bool = False) -> list[float]:
    """Ticks from 0 to a round value at or above `highest`, at most `most` + 1 of them.

    Steps are 1, 2 or 5 times a power of ten; with `whole`, never below 1 (counts of people).
    """
    if highest <= 0 or not math.isfinite(highest):
        return [0.0, 1.0]
    raw = highest / most
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    if whole:
        step = max(1.0, float(math.ceil(step)))
    top = math.ceil(highest / step - 1e-9) * step
    count = round(top / step)
    return [float(round(i * step, 10)) for i in range(count + 1)]


# A little headroom, so a line or bar at the highest value does not run along the frame.
HEADROOM = 1.08
AXIS_STEPS = 5


def axis_ticks(highest: float, whole: bool = False) -> list[float]:
    """The ticks of a value axis whose highest value is `highest` (see `nice_ticks`)."""
    return nice_ticks(highest * HEADROOM, AXIS_STEPS, whole)


def label_every(labels: int, room: float, widest: float) -> int:
    """Show every n-th category label so that labels of width `widest` fit in `room`."""
    if labels <= 0 or widest <= 0:
        return 1
    fit = max(1, int(room // (widest * 1.3)))
    return max(1, math.ceil(labels / fit))
