"""The chart widget: round axis steps, what it draws, and the same data in words."""

from __future__ import annotations

from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from caseapp.gui.outcomes.chart import Chart, Series
from caseapp.reports.chart_scale import axis_ticks, label_every, nice_ticks


def test_axis_steps_are_round_and_reach_the_highest_value() -> None:
    assert nice_ticks(91_400) == [0, 20_000, 40_000, 60_000, 80_000, 100_000]
    assert nice_ticks(5, whole=True) == [0, 1, 2, 3, 4, 5]
    assert nice_ticks(3, whole=True) == [0, 1, 2, 3]  # never half a person
    assert nice_ticks(0) == [0, 1]
    assert nice_ticks(12_345_678)[-1] >= 12_345_678


def test_screen_and_report_charts_share_one_axis() -> None:
    # The dashboard's chart and the council report's PDF charts both take `axis_ticks`.
    assert axis_ticks(91_400) == [0, 20_000, 40_000, 60_000, 80_000, 100_000]
    assert axis_ticks(4, whole=True) == [0, 1, 2, 3, 4, 5]


def test_crowded_category_labels_are_thinned() -> None:
    assert label_every(8, room=800, widest=50) == 1
    assert label_every(40, room=400, widest=50) == 7


def _chart(qtbot: QtBot) -> Chart:
    chart = Chart()
    qtbot.addWidget(chart)
    chart.resize(500, 300)
    chart.set_data(
        "Earned by quarter (DKK)",
        ["2024Q1", "2024Q2", "2024Q3"],
        [
            Series("Weekly", [10_000, 0, 5_000], "#0072B2"),
            Series("One-off", [25_000, 0, 0], "#009E73"),
            Series("Target", [30_000], "#D55E00", "level"),
        ],
        lambda v: f"{v:,.0f}",
    )
    chart.show()
    return chart


def test_the_chart_draws_stacked_bars_and_a_target_line(qtbot: QtBot) -> None:
    chart = _chart(qtbot)
    image = chart.grab().toImage()
    colours = {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 3)
        for y in range(0, image.height(), 3)
    }
    assert {QColor("#0072B2").name(), QColor("#009E73").name()} <= colours
    assert QColor("#D55E00").name() in colours


def test_the_chart_says_in_words_what_it_shows(qtbot: QtBot) -> None:
    chart = _chart(qtbot)
    assert chart.describe().splitlines()[0] == (
        "2024Q1 — Weekly: 10,000, One-off: 25,000, Target: 30,000"
    )
    assert chart.accessibleName() == "Earned by quarter (DKK)"
    chart.grab()  # lays the plot out
    assert chart.category_at(chart.width() - 20) == 2
    assert chart.category_at(2) is None  # left of the plot


def test_an_empty_chart_says_so(qtbot: QtBot) -> None:
    chart = Chart()
    qtbot.addWidget(chart)
    chart.set_data("Earned", [], [], str, empty_text="Nothing earned yet")
    chart.resize(300, 200)
    chart.grab()  # paints without data
    assert chart.describe() == ""
