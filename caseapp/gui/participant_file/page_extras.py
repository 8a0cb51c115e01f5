"""What some record pages add: one-click buttons (task done, goal achieved, exit) and a summary.

The summary line says what needs attention on the page: overlapping or gapped housing, jobs
without evidence, overdue tasks, the action plan's progress.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QPushButton

from caseapp.gui.i18n import tr
from caseapp.services.participant_file import RecordRow

if TYPE_CHECKING:
    from caseapp.gui.participant_file.record_page import RecordPage

WARNING_HTML = '<span style="color:#b3261e">⚠ {text}</span>'


def add_buttons(page: RecordPage, row: QHBoxLayout) -> list[QPushButton]:
    """The page's one-click buttons; they act on the selected record."""
    buttons: list[QPushButton] = []
    if page.kind == "task":
        done = QPushButton(page.tr("Mark done"))
        done.setObjectName("mark-done")
        done.clicked.connect(lambda: page.quick_update({"done_on": date.today()}))
        buttons.append(done)
    elif page.kind == "goal":
        achieved = QPushButton(page.tr("Mark achieved"))
        achieved.setObjectName("mark-achieved")
        achieved.clicked.connect(
            lambda: page.quick_update({"status": "achieved", "achieved_on": date.today()})
        )
        buttons.append(achieved)
    elif page.kind == "enrolment":
        leave = QPushButton(page.tr("Exit…"))
        leave.setObjectName("exit-enrolment")
        leave.setToolTip(page.tr("Record the participant's exit from the project"))

        def start_exit() -> None:
            if page.start_edit({"exited_on": date.today()}):
                page.form.editors["exit_reason"].focus_widget().setFocus()

        leave.clicked.connect(start_exit)
        buttons.append(leave)
    for button in buttons:
        row.addWidget(button)
    return buttons


def summary(kind: str, rows: list[RecordRow]) -> tuple[str, tuple[int, int] | None]:
    """The page's summary text and, for the action plan, (achieved, goals) for a progress bar."""
    if kind == "goal" and rows:
        achieved = sum(1 for r in rows if r.values["status"] == "achieved")
        counted = sum(1 for r in rows if r.values["status"] != "dropped")
        text = tr("Action plan: {achieved} of {total} goals achieved").format(
            achieved=achieved, total=counted
        )
        return text, (achieved, counted)
    if kind == "task":
        open_tasks = [r for r in rows if r.values["done_on"] is None]
        overdue = [
            r for r in open_tasks if r.values["due_on"] and r.values["due_on"] < date.today()
        ]
        if overdue:
            text = (
                tr("%n open task(s)", None, len(open_tasks))
                + ", "
                + tr("{n} overdue").format(n=len(overdue))
            )
            return WARNING_HTML.format(text=text), None
        if open_tasks:
            return tr("%n open task(s)", None, len(open_tasks)), None
    if kind == "housing":
        overlaps = sum(1 for r in rows if any(f.code == "overlap" for f in r.flags))
        gaps = sum(1 for r in rows if any(f.code == "gap" for f in r.flags))
        parts = []
        if overlaps:
            parts.append(tr("%n spell(s) overlap another", None, overlaps))
        if gaps:
            parts.append(tr("%n gap(s) between spells", None, gaps))
        if parts:
            text = "; ".join(parts) + ". " + tr("Check the dates.")
            return WARNING_HTML.format(text=text), None
    if kind == "activity":
        unverified = sum(1 for r in rows if r.flags)
        if unverified:
            text = tr(
                "%n job(s) or education(s) without evidence: not counted towards any outcome "
                "until verified",
                None,
                unverified,
            )
            return WARNING_HTML.format(text=text), None
    return "", None
