"""The project dashboard for a team lead: the project against its contract on a chosen day.

Figures are worked out in the background (`dashboard_figures.load`), so the window stays
responsive on a project of thousands; a newer request makes an older answer be ignored.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from caseapp.gui import i18n
from caseapp.gui.headings import page_heading
from caseapp.gui.i18n import tr
from caseapp.gui.operations import Operations
from caseapp.gui.outcomes import dashboard_tables, numbers
from caseapp.gui.outcomes.chart import PALETTE, Chart, Series
from caseapp.gui.outcomes.dashboard_figures import DashboardFigures, load, load_successes
from caseapp.gui.outcomes.screen import OutcomeScreen
from caseapp.outcomes.history import SuccessPoint
from caseapp.services.actor import Actor
from caseapp.storage.database import Database


def date_edit(day: date) -> QDateEdit:
    """A date field with a calendar, written as the rest of the program writes dates."""
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd-MM-yyyy" if i18n.current() == "da" else "yyyy-MM-dd")
    return edit


def chosen_day(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


class Tile(QFrame):
    """One key figure: a big number, what it is, and what to hold it against."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = QLabel("–")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setBold(True)
        self.value.setFont(font)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.caption = QLabel(caption)
        self.note = QLabel("")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.setSpacing(2)
        for label in (self.caption, self.value, self.note):
            layout.addWidget(label)
        layout.addStretch(1)
        # Room for two lines of note, so a wrapped note is never cut off.
        line = self.note.fontMetrics().lineSpacing()
        self.setMinimumHeight(int(line * 6.2) + 12)
        self.setMinimumWidth(200)

    def show_figure(self, value: str, note: str = "") -> None:
        self.value.setText(value)
        self.note.setText(note)


class ProjectDashboard(OutcomeScreen):
    """`loaded` is emitted each time new figures are on screen."""

    loaded = Signal()

    def __init__(
        self,
        db: Database,
        actor: Actor,
        project_key: str,
        *,
        ops: Operations | None = None,
        as_of: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, actor, ops, parent)
        self.project_key = project_key
        self._request = 0
        self.figures: DashboardFigures | None = None
        self.successes: tuple[SuccessPoint, ...] = ()

        self.heading = page_heading(project_key)
        self.as_of = date_edit(as_of or date.today())
        self.as_of.dateChanged.connect(lambda _d: self.reload())
        refresh = QPushButton(tr("Refresh"))
        refresh.clicked.connect(self.reload)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(QLabel(tr("As of")))
        top.addWidget(self.as_of)
        top.addWidget(refresh)
        self.status = QLabel("")
        self.status.setWordWrap(True)

        self.tiles = {
            "counted": Tile(tr("Participants counted")),
            "succeeded": Tile(tr("Successes")),
            "rate": Tile(tr("Success rate")),
            "in_activity_now": Tile(tr("In work or education now")),
            "housed_now": Tile(tr("In stable housing now")),
            "retained_12m": Tile(tr("12-month housing retention")),
            "total_amount": Tile(tr("Earned so far")),
            "repayment_ratio": Tile(tr("Repayment ratio")),
        }
        grid = QGridLayout()
        for i, tile in enumerate(self.tiles.values()):
            grid.addWidget(tile, i // 4, i % 4)

        self.earned_chart = Chart()
        self.success_chart = Chart()
        charts = QHBoxLayout()
        charts.addWidget(self.earned_chart)
        charts.addWidget(self.success_chart)
        self.metric_table = dashboard_tables.read_only_table(7)
        self.quarter_table = dashboard_tables.read_only_table(2)
        tables = QVBoxLayout()
        for title, table in (
            (tr("Earned by metric"), self.metric_table),
            (tr("Earned by quarter"), self.quarter_table),
        ):
            box = QGroupBox(title)
            box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
            QVBoxLayout(box).addWidget(table)
            tables.addWidget(box)

        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.addLayout(grid)
        body.addLayout(charts, 1)
        body.addLayout(tables)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.body)
        outer = QVBoxLayout(self)
        outer.addLayout(top)
        outer.addWidget(self.status)
        outer.addWidget(scroll, 1)
        self.body.setEnabled(False)

    def reload(self) -> None:
        """Work the figures out again for the chosen day."""
        self._asked = True
        self._request += 1
        request, actor, key, day = (
            self._request,
            self._actor,
            self.project_key,
            chosen_day(self.as_of),
        )
        self._waiting = True
        self.status.setText(tr("Calculating …"))
        self._ops.run(
            lambda db, _progress: load(db, actor, key, day),
            lambda f: self._show(request, f),
            lambda exc: self._failed(request, exc),
            owner=self,
        )

    def _failed(self, request: int, exc: BaseException) -> None:
        if request != self._request:
            return
        self._waiting = False
        self.body.setEnabled(False)
        self.status.setText(i18n.message(exc))
        self.status.setStyleSheet("color: #b00020;")

    def _show(self, request: int, f: DashboardFigures) -> None:
        if request != self._request:
            return
        self._waiting = False
        self.figures = f
        self.body.setEnabled(True)
        self.heading.setText(f"{f.project_name} — {f.project}")
        self.status.setStyleSheet("")
        self.status.setText(
            tr("Figures as of {day}, worked out by the outcome rules v1.").format(
                day=numbers.day(date.fromisoformat(f.figures["as_of"]))
            )
        )
        self._show_tiles(f)
        dashboard_tables.fill_metrics(self.metric_table, f)
        dashboard_tables.fill_quarters(self.quarter_table, f)
        for table in (self.metric_table, self.quarter_table):
            dashboard_tables.fit_height(table)
        self._show_earnings(f)
        self._show_successes(request, None)
        self._waiting = True
        actor, key, day = self._actor, self.project_key, date.fromisoformat(f.figures["as_of"])
        self._ops.run(
            lambda db, _progress: load_successes(db, actor, key, day),
            lambda points: self._show_successes(request, points),
            lambda exc: self._history_failed(request, exc),
            owner=self,
        )
        self.loaded.emit()

    def _show_tiles(self, f: DashboardFigures) -> None:
        d, c = f.figures, f.contract
        p, s, h, cur = d["participants"], d["success"], d["housing"], d["currency"]
        n = numbers.count
        self.tiles["counted"].show_figure(
            n(p["counted"]),
            tr(
                "planned {planned} · referred {referred} · active {active} · exited {exited}"
            ).format(
                planned=n(c.target_participants),
                referred=n(p["referred"]),
                active=n(p["active"]),
                exited=n(p["exited"]),
            ),
        )
        self.tiles["succeeded"].show_figure(
            n(s["succeeded"]),
            tr("target {target} · baseline {baseline}").format(
                target=n(s["target_count"]), baseline=n(s["baseline_count"])
            ),
        )
        self.tiles["rate"].show_figure(
            numbers.rate(s["rate"]),
            tr("target {target} · baseline {baseline}").format(
                target=numbers.rate(s["target_rate"]), baseline=numbers.rate(s["baseline_rate"])
            ),
        )
        self.tiles["in_activity_now"].show_figure(
            n(d["in_activity_now"]),
            tr("by the success metric “{metric}”").format(metric=f.metric_name(s["metric"])),
        )
        self.tiles["housed_now"].show_figure(
            n(h["housed_now"]),
            tr("{count} without a shelter stay in the last 365 days").format(
                count=n(h["shelter_free_last_365d"])
            ),
        )
        self.tiles["retained_12m"].show_figure(
            f"{n(h['retained_12m'])} / {n(h['eligible_12m'])}",
            tr("stayed 12 months, of those first housed at least 12 months ago"),
        )
        saving = d["gross_saving"]
        self.tiles["total_amount"].show_figure(
            numbers.amount(d["total_amount"], cur),
            ""
            if saving is None
            else tr("gross saving (estimate) {amount}").format(amount=numbers.amount(saving, cur)),
        )
        investment = None if c.investment is None else float(c.investment)
        self.tiles["repayment_ratio"].show_figure(
            numbers.rate(d["repayment_ratio"]),
            tr("no investment in the contract")
            if investment is None
            else tr("of the investment {amount}").format(amount=numbers.amount(investment, cur)),
        )

    def _history_failed(self, request: int, exc: BaseException) -> None:
        if request == self._request:
            self._waiting = False
            self.success_chart.set_data(
                tr("Successes so far, at the end of each quarter"),
                [],
                [],
                numbers.whole,
                empty_text=i18n.message(exc),
            )

    def _show_earnings(self, f: DashboardFigures) -> None:
        quarters = f.quarter_range()
        bars = [
            Series(f.metric_name(m["id"]), [f.earned(m["id"], q) for q in quarters], color)
            for m, color in zip(f.figures["metrics"], PALETTE, strict=False)
        ]
        self.earned_chart.set_data(
            tr("Earned by quarter ({currency})").format(currency=f.figures["currency"]),
            quarters,
            bars,
            numbers.whole,
            empty_text=tr("Nothing earned yet"),
        )

    def _show_successes(self, request: int, points: tuple[SuccessPoint, ...] | None) -> None:
        """The success count against the target; `points` None while they are worked out."""
        if request != self._request or self.figures is None:
            return
        if points is not None:
            self._waiting = False
        self.successes = points or ()
        s = self.figures.figures["success"]
        self.success_chart.set_data(
            tr("Successes so far, at the end of each quarter"),
            [p.quarter for p in self.successes],
            [
                Series(tr("Successes"), [p.succeeded for p in self.successes], PALETTE[0], "line"),
                Series(
                    tr("Target ({count})").format(count=s["target_count"]),
                    [s["target_count"]],
                    PALETTE[5],
                    "level",
                ),
                Series(
                    tr("Baseline ({count})").format(count=s["baseline_count"]),
                    [s["baseline_count"]],
                    "#777777",
                    "level",
                ),
            ],
            numbers.whole,
            whole=True,
            empty_text=tr("Calculating …") if points is None else tr("Nobody enrolled yet"),
        )
