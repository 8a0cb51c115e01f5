"""The project dashboard shows exactly the figures of `caseapp outcomes --json`."""

from __future__ import annotations

import threading
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from caseapp.gui.i18n import tr
from caseapp.gui.outcomes import dashboard, numbers
from caseapp.gui.outcomes.dashboard import ProjectDashboard
from caseapp.outcomes import to_json_dict
from caseapp.services import outcome_figures, projects
from caseapp.storage.database import Database

from .sample_db import CASEWORKER, COORDINATOR, LEAD

AS_OF = date(2024, 6, 30)


def _open(qtbot: QtBot, db: Database, as_of: date = AS_OF, **kw: Any) -> ProjectDashboard:
    w = ProjectDashboard(db, kw.pop("actor", LEAD), kw.pop("project", "DEMO-HF"), as_of=as_of)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.figures is not None or w.status.styleSheet() != "", timeout=10000)
    qtbot.waitUntil(lambda: not w.busy)
    return w


def _cli_json(db: Database, as_of: date) -> dict[str, Any]:
    """What `caseapp outcomes --json` prints: to_json_dict of the same service call."""
    with db.reader() as s:
        return to_json_dict(outcome_figures.figures(s, LEAD, "DEMO-HF", as_of))


def _cells(table: Any, column: int) -> list[str]:
    return [table.item(r, column).text() for r in range(table.rowCount())]


def _assert_shows(w: ProjectDashboard, d: dict[str, Any]) -> None:
    p, s, h, cur = d["participants"], d["success"], d["housing"], d["currency"]
    value = {key: tile.value.text() for key, tile in w.tiles.items()}
    assert value == {
        "counted": numbers.count(p["counted"]),
        "succeeded": numbers.count(s["succeeded"]),
        "rate": numbers.rate(s["rate"]),
        "in_activity_now": numbers.count(d["in_activity_now"]),
        "housed_now": numbers.count(h["housed_now"]),
        "retained_12m": f"{h['retained_12m']} / {h['eligible_12m']}",
        "total_amount": numbers.amount(d["total_amount"], cur),
        "repayment_ratio": numbers.rate(d["repayment_ratio"]),
    }
    note = w.tiles["succeeded"].note.text()
    assert str(s["target_count"]) in note and str(s["baseline_count"]) in note
    assert numbers.rate(s["target_rate"]) in w.tiles["rate"].note.text()
    assert str(h["shelter_free_last_365d"]) in w.tiles["housed_now"].note.text()
    assert numbers.amount(d["gross_saving"], cur) in w.tiles["total_amount"].note.text()

    metrics = d["metrics"]
    assert _cells(w.metric_table, 2) == [str(m.get("qualifying_weeks", "")) for m in metrics]
    assert _cells(w.metric_table, 3) == [str(m.get("paid_weeks", "")) for m in metrics]
    assert _cells(w.metric_table, 4) == [str(m.get("achieved", "")) for m in metrics]
    assert _cells(w.metric_table, 5) == [numbers.amount(m["amount"], cur) for m in metrics]

    # Earned by quarter: one row per quarter anything was paid in, a column per metric.
    for column, m in enumerate(metrics, start=1):
        shown = dict(zip(_cells(w.quarter_table, 0), _cells(w.quarter_table, column), strict=True))
        for q in m["by_quarter"]:
            assert shown[q["quarter"]] == numbers.amount(q["amount"], cur), (m["id"], q)
        assert shown[tr("Total")] == numbers.amount(m["amount"], cur)
    assert _cells(w.quarter_table, len(metrics) + 1)[-1] == numbers.amount(d["total_amount"], cur)
    bars = {series.label: series.values for series in w.earned_chart.series}
    for m in metrics:
        by_quarter = {q["quarter"]: q["amount"] for q in m["by_quarter"]}
        name = w.figures.metric_name(m["id"]) if w.figures else ""
        assert sum(bars[name]) == pytest.approx(m["amount"])
        assert bars[name] == [by_quarter.get(q, 0.0) for q in w.earned_chart.categories]


def test_the_dashboard_shows_the_command_lines_figures(
    qtbot: QtBot, sample_db: Database, expected: dict[str, Any]
) -> None:
    assert _cli_json(sample_db, AS_OF) == expected
    w = _open(qtbot, sample_db)
    assert w.figures is not None and w.figures.figures == expected
    _assert_shows(w, expected)
    assert w.tiles["rate"].value.text() == "71.43%"
    assert w.tiles["total_amount"].value.text() == "DKK 195,000.00"


def test_in_danish_the_same_figures_are_written_the_danish_way(
    qtbot: QtBot, sample_db: Database, expected: dict[str, Any], danish: None
) -> None:
    w = _open(qtbot, sample_db)
    _assert_shows(w, expected)
    assert w.tiles["rate"].value.text() == "71,43 %"
    assert w.tiles["total_amount"].value.text() == "195.000,00 kr."
    assert w.tiles["succeeded"].caption.text() == "Succeser"


def test_another_as_of_day_gives_that_days_figures(qtbot: QtBot, sample_db: Database) -> None:
    w = _open(qtbot, sample_db)
    w.as_of.setDate(w.as_of.date().addYears(-1))
    qtbot.waitUntil(lambda: w.figures is not None and w.figures.figures["as_of"] == "2023-06-30")
    qtbot.waitUntil(lambda: not w.busy)
    _assert_shows(w, _cli_json(sample_db, date(2023, 6, 30)))


def test_the_success_chart_counts_successes_at_each_quarter_end_against_the_target(
    qtbot: QtBot, sample_db: Database, expected: dict[str, Any]
) -> None:
    w = _open(qtbot, sample_db)
    line, target, baseline = w.success_chart.series
    assert w.success_chart.categories[0] == "2022Q2" and w.success_chart.categories[-1] == "2024Q2"
    assert list(line.values) == [0, 1, 1, 2, 2, 2, 3, 4, 5]
    assert line.values[-1] == expected["success"]["succeeded"]
    assert list(target.values) == [expected["success"]["target_count"]]
    assert list(baseline.values) == [expected["success"]["baseline_count"]]
    # Each point is the figure the command line gives as of that quarter's last day.
    assert line.values[4] == _cli_json(sample_db, date(2023, 6, 30))["success"]["succeeded"]


def test_figures_are_worked_out_off_the_gui_thread(
    qtbot: QtBot, sample_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[threading.Thread] = []
    real = dashboard.load

    def spy(*args: Any) -> Any:
        threads.append(threading.current_thread())
        return real(*args)

    monkeypatch.setattr(dashboard, "load", spy)
    w = _open(qtbot, sample_db)
    assert threads and threading.main_thread() not in threads
    assert w.figures is not None


def test_the_window_keeps_responding_while_figures_are_worked_out(
    qtbot: QtBot, sample_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    real = dashboard.load

    def slow(*args: Any) -> Any:
        release.wait(10)  # as if 10,000 people took a while
        return real(*args)

    monkeypatch.setattr(dashboard, "load", slow)
    w = ProjectDashboard(sample_db, LEAD, "DEMO-HF", as_of=AS_OF)
    qtbot.addWidget(w)
    w.show()
    assert w.busy and w.status.text() == "Calculating …"
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    qtbot.waitUntil(lambda: len(ticks) >= 5)  # the event loop runs while the work waits
    timer.stop()
    assert w.figures is None
    release.set()
    qtbot.waitUntil(lambda: w.figures is not None and not w.busy, timeout=10000)


def test_a_coordinator_sees_figures_but_a_caseworker_is_told_why_not(
    qtbot: QtBot, sample_db: Database
) -> None:
    assert _open(qtbot, sample_db, actor=COORDINATOR).figures is not None
    w = _open(qtbot, sample_db, actor=CASEWORKER)
    assert w.figures is None and not w.body.isEnabled()
    assert "may not view figures" in w.status.text()


def test_a_project_without_a_contract_says_so(qtbot: QtBot, sample_db: Database) -> None:
    with sample_db.unit_of_work() as s:
        projects.create(s, LEAD, {"key": "NEW", "name": "Not agreed yet"})
    w = _open(qtbot, sample_db, project="NEW")
    assert w.figures is None
    assert "has no contract yet" in w.status.text()
