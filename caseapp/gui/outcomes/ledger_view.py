"""The outcome ledger in a participant's file: week by week, for one metric, whether the week
qualified, what it earned, and why not when it did not, so anyone can answer "why was this
week not paid?" from the screen."""

from __future__ import annotations

import html
from datetime import date, timedelta

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from caseapp.gui import i18n
from caseapp.gui.i18n import tr
from caseapp.gui.operations import Operations
from caseapp.gui.outcomes import ledger_loading, numbers
from caseapp.gui.outcomes.dashboard import chosen_day, date_edit
from caseapp.gui.outcomes.ledger_loading import LedgerAnswer
from caseapp.gui.outcomes.ledger_model import (
    HELD_BACK,
    MILESTONE,
    NOT_QUALIFIED,
    OUTSIDE,
    PAID,
    WHY,
    LedgerModel,
)
from caseapp.gui.outcomes.ledger_reasons import note_text, requirements, rule_text
from caseapp.gui.outcomes.screen import OutcomeScreen
from caseapp.services.actor import Actor
from caseapp.services.contracts import ContractChoice
from caseapp.storage.database import Database


def _swatch(color: str, text: str) -> QLabel:
    label = QLabel(f"<span style='background:{color}'>&nbsp;&nbsp;&nbsp;&nbsp;</span> {text}")
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


class OutcomeLedger(OutcomeScreen):
    """`loaded` is emitted each time a ledger is on screen."""

    loaded = Signal()

    def __init__(
        self,
        db: Database,
        actor: Actor,
        participant_key: str,
        *,
        ops: Operations | None = None,
        as_of: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, actor, ops, parent)
        self.participant_key = participant_key
        self._request = 0
        self.choices: list[ContractChoice] = []
        self.answer: LedgerAnswer | None = None

        self.project_box = QComboBox()
        self.project_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.project_label = QLabel(tr("Project"))
        self.metric_box = QComboBox()
        self.metric_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.as_of = date_edit(as_of or date.today())
        self.only_unpaid = QCheckBox(tr("Only weeks that earned nothing"))
        bar = QHBoxLayout()
        for widget in (self.project_label, self.project_box, QLabel(tr("Metric")), self.metric_box):
            bar.addWidget(widget)
        bar.addWidget(QLabel(tr("As of")))
        bar.addWidget(self.as_of)
        bar.addWidget(self.only_unpaid)
        bar.addStretch(1)

        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.requirements = QLabel("")
        self.requirements.setWordWrap(True)
        self.summary = {
            key: QLabel("–")
            for key in ("window", "qualifying_weeks", "paid_weeks", "amount", "achieved_on")
        }
        summary = QGridLayout()
        captions = (
            tr("Window"),
            tr("Qualifying weeks"),
            tr("Paid weeks"),
            tr("Earned"),
            tr("Achieved"),
        )
        for column, (caption, value) in enumerate(
            zip(captions, self.summary.values(), strict=True)
        ):
            summary.addWidget(QLabel(caption), 0, column)
            font = value.font()
            font.setBold(True)
            value.setFont(font)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            summary.addWidget(value, 1, column)
        self.notes = QLabel("")
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet(f"background: {HELD_BACK.name()}; padding: 6px;")
        self.notes.hide()

        self.model = LedgerModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WHY, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.detail = QLabel(tr("Choose a week to see in full why it earned what it did."))
        self.detail.setWordWrap(True)
        self.detail.setFrameShape(QFrame.Shape.StyledPanel)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setMinimumHeight(self.detail.fontMetrics().lineSpacing() * 3 + 12)
        legend = QHBoxLayout()
        for color, text in (
            (PAID, tr("Paid / qualified")),
            (MILESTONE, tr("Achieved (one-off payment)")),
            (HELD_BACK, tr("Qualified, but capped")),
            (NOT_QUALIFIED, tr("Did not qualify")),
            (OUTSIDE, tr("Outside the window")),
        ):
            legend.addWidget(_swatch(color.name(), text))
        legend.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(self.requirements)
        layout.addLayout(summary)
        layout.addWidget(self.notes)
        layout.addWidget(self.table, 1)
        layout.addLayout(legend)
        layout.addWidget(self.detail)

        self.project_box.currentIndexChanged.connect(self._project_chosen)
        self.metric_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.as_of.dateChanged.connect(lambda _d: self.refresh())
        self.only_unpaid.toggled.connect(self._filter)

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #b00020;" if error else "")
        self.status.setVisible(bool(text))

    def show_file(self, _file: object) -> None:
        """The participant's file was (re)loaded: once shown, work the ledger out again, since a
        spell or the contract may have changed."""
        if self._asked:
            self.reload()

    def reload(self) -> None:
        """Fetch the projects and metrics again (after an enrolment or a contract changed)."""
        self._asked = True
        self._request += 1
        request, actor, key = self._request, self._actor, self.participant_key
        self._waiting = True
        self._say(tr("Calculating …"))
        self._ops.run(
            lambda db, _p: ledger_loading.choices(db, actor, key),
            lambda found: self._choices_loaded(request, found),
            lambda exc: self._failed(request, exc),
            owner=self,
        )

    def _choices_loaded(self, request: int, found: list[ContractChoice]) -> None:
        if request != self._request:
            return
        self._waiting = False
        self.choices = found
        self.project_box.blockSignals(True)
        self.project_box.clear()
        for choice in found:
            self.project_box.addItem(
                f"{choice.project_name} ({choice.project_key})", choice.project_key
            )
        self.project_box.blockSignals(False)
        several = len(found) > 1
        self.project_box.setVisible(several)
        self.project_label.setVisible(several)
        if not found:
            self._show(request, None)
            self._say(
                tr(
                    "None of this person's projects has an outcome contract yet, "
                    "so nothing is earned."
                )
            )
            return
        self._project_chosen()

    def _project_chosen(self) -> None:
        choice = self._choice()
        chosen = self.metric_box.currentData()
        self.metric_box.blockSignals(True)
        self.metric_box.clear()
        for metric_id, name in choice.metrics if choice else ():
            self.metric_box.addItem(name, metric_id)
        self.metric_box.setCurrentIndex(max(self.metric_box.findData(chosen), 0))
        self.metric_box.blockSignals(False)
        self.refresh()

    def _choice(self) -> ContractChoice | None:
        i = self.project_box.currentIndex()
        return self.choices[i] if 0 <= i < len(self.choices) else None

    def select_metric(self, metric_id: str) -> None:
        """Show the ledger of the metric with this id (in the chosen project)."""
        self.metric_box.setCurrentIndex(self.metric_box.findData(metric_id))

    def refresh(self) -> None:
        """Work the chosen metric's ledger out again for the chosen day."""
        choice, metric_id = self._choice(), self.metric_box.currentData()
        if choice is None or metric_id is None:
            return
        self._request += 1
        request, actor, key, day = (
            self._request,
            self._actor,
            self.participant_key,
            chosen_day(self.as_of),
        )
        self._waiting = True
        self._say(tr("Calculating …"))
        self._ops.run(
            lambda db, _p: ledger_loading.load(db, actor, choice, key, metric_id, day),
            lambda answer: self._show(request, answer),
            lambda exc: self._failed(request, exc),
            owner=self,
        )

    def _failed(self, request: int, exc: BaseException) -> None:
        if request != self._request:
            return
        self._waiting = False
        self._say(i18n.message(exc), error=True)

    def _show(self, request: int, answer: LedgerAnswer | None) -> None:
        if request != self._request:
            return
        self._waiting = False
        self.answer = answer
        self._say("")
        self.model.show(answer, self.only_unpaid.isChecked())
        self._show_summary(answer)
        self.detail.setText(tr("Choose a week to see in full why it earned what it did."))
        self.table.scrollToBottom()
        self.loaded.emit()

    def _show_summary(self, answer: LedgerAnswer | None) -> None:
        if answer is None:
            for label in self.summary.values():
                label.setText("–")
            self.requirements.setText("")
            self.notes.hide()
            return
        ledger, cur = answer.ledger, answer.currency
        window = (
            tr("empty")
            if ledger.window_first is None or ledger.window_last is None
            else f"{numbers.day(ledger.window_first)} – {numbers.day(ledger.window_last)}"
        )
        weekly = ledger.kind == "weekly_activity"
        housing = ledger.kind == "housing_sustained"
        milestone = ledger.milestone
        values = {
            "window": window,
            "qualifying_weeks": "–" if housing else numbers.count(ledger.qualifying_weeks),
            "paid_weeks": numbers.count(ledger.paid_weeks) if weekly else "–",
            "amount": numbers.amount(ledger.amount, cur),
            "achieved_on": "–"
            if weekly
            else (tr("not yet") if milestone is None else numbers.day(milestone.achieved_on)),
        }
        for key, text in values.items():
            self.summary[key].setText(text)
        self.requirements.setText(requirements(answer))
        notes = [note_text(answer, n) + f" ({rule_text(n.rule)})" for n in ledger.notes]
        self.notes.setText("\n".join(notes))
        self.notes.setVisible(bool(notes))

    def _filter(self, only: bool) -> None:
        self.model.show(self.answer, only)

    def _selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        i = rows[0].row()
        row = self.model.rows[i]
        week = f"{numbers.day(row.monday)} – {numbers.day(row.monday + timedelta(days=6))}"
        rule = rule_text(self.model.rule(row))
        why = html.escape(self.model.explain(i))
        self.detail.setText(f"<b>{row.week}</b> ({week}): {why} <i>{rule}</i>")
