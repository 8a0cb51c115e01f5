"""The figures workbook (.xlsx, openpyxl) for economists and evaluators: the summary, the figures
by quarter, the pseudonymised participant ledger and the weekly ledger.

Participants appear only under their pseudonym (the dataset exporter's stable HMAC pseudonym),
never by key, name or CPR number. The weekly ledger goes to a CSV file beside the workbook when
it has more rows than a sheet comfortably holds (`SHEET_ROWS`, far under the hard limit of
1,048,576: a sheet that size takes minutes to write and to open).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import select

from caseapp import __version__
from caseapp.outcomes import (
    OneOffQuarter,
    OutcomeResult,
    ParticipantFacts,
    SustainedResult,
    WeeklyActivityMetric,
    WeeklyQuarter,
    compute,
    participant_ledger,
)
from caseapp.reports import workbook_words as words
from caseapp.reports.fingerprint import RULES_VERSION, fingerprint
from caseapp.reports.forecast_marking import forecast_text, is_forecast
from caseapp.reports.output_files import atomic_output
from caseapp.reports.sheet_cells import cell, csv_text, text_cell
from caseapp.services import audit, outcome_figures, pseudonyms, scope
from caseapp.services.actor import Actor, Can
from caseapp.storage.database import Database
from caseapp.storage.models import Enrolment, Participant

SHEET_ROW_LIMIT = 1_048_576
SHEET_ROWS = 20_000
MONEY = "#,##0.00"
RATE = "0.0000"

Progress = Callable[[int, int], None]
# A sheet's columns: the word key of each head, and its width.
Columns = Sequence[tuple[str, int]]
_QUARTER_COLUMNS: Columns = (
    ("metric", 16),
    ("metric_name", 34),
    ("kind", 20),
    ("quarter", 10),
    ("paid_weeks", 12),
    ("achieved", 10),
    ("amount", 16),
)
_PARTICIPANT_COLUMNS: Columns = (
    ("pseudonym", 16),
    ("metric", 16),
    ("kind", 20),
    ("qualifying_weeks", 12),
    ("paid_weeks", 12),
    ("achieved_on", 14),
    ("amount", 14),
    ("success", 9),
)
_WEEK_COLUMNS: Columns = (
    ("pseudonym", 16),
    ("metric", 14),
    ("week", 11),
    ("monday", 12),
    ("quarter", 10),
    ("qualified", 10),
    ("amount", 12),
    ("reason", 18),
    ("rule", 9),
)


@dataclass(frozen=True)
class WorkbookResult:
    path: Path
    weekly_csv: Path | None
    participant_rows: int
    weekly_rows: int


def weekly_csv_path(out: Path) -> Path:
    return out.with_name(f"{out.stem}-weekly.csv")


def _window_weeks(metric: WeeklyActivityMetric, p: ParticipantFacts, as_of: date, end: date) -> int:
    """ISO weeks that touch the participant's window for the metric (rule 2)."""
    enrolled = p.enrolment.enrolled_on
    assert enrolled is not None
    first = enrolled.toordinal()
    last = min(as_of.toordinal(), end.toordinal())
    if metric.window_weeks is not None:
        last = min(last, first + 7 * metric.window_weeks - 1)
    if last < first:
        return 0
    return (last - 1) // 7 - (first - 1) // 7 + 1


def _weekly_rows(
    contract: Any,
    people: list[ParticipantFacts],
    names: dict[str, str],
    as_of: date,
    lang: str,
    progress: Progress | None,
) -> Iterator[tuple[Any, ...]]:
    """The week-by-week ledger of the weekly metrics (the ones paid per week), weeks inside
    each participant's window only; the one-off metrics are dated in the participant ledger."""
    metrics = [m for m in contract.metrics if isinstance(m, WeeklyActivityMetric)]
    for i, p in enumerate(people):
        for m in metrics:
            ledger = participant_ledger(contract, m.id, p, as_of)
            for row in ledger.rows:
                if row.reason == "outside_window":
                    continue
                yield (
                    names[p.key],
                    m.id,
                    row.week,
                    row.monday,
                    row.quarter,
                    row.qualified,
                    row.amount,
                    words.code("reason", row.reason, lang) if row.reason else "",
                    words.rule(row.rule or "", lang),
                )
        if progress is not None and (i % 200 == 0 or i == len(people) - 1):
            progress(i + 1, len(people))


def _sheet(
    wb: Workbook, lang: str, title: str, columns: Columns, banner: str | None = None
) -> WriteOnlyWorksheet:
    """A sheet whose first row, frozen, names each column (a word key and a width). A forecast's
    `banner` comes above it, frozen too and printed on every page, and in the page head."""
    ws = wb.create_sheet(words.text(title, lang))
    for i, (_key, width) in enumerate(columns):
        ws.column_dimensions[chr(ord("A") + i)].width = width
    heads = 1 if banner is None else 2
    # Before the first row: a write-only sheet writes its view (the frozen rows) with it.
    ws.freeze_panes = f"A{heads + 1}"
    if banner is not None:
        ws.append([text_cell(ws, banner, bold=True)])
        ws.oddHeader.center.text = banner
    # Printed: as wide as the paper, landscape, the heading rows on every page.
    ws.print_title_rows = f"1:{heads}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.append([text_cell(ws, words.text(key, lang), bold=True) for key, _width in columns])
    return ws


def _append(ws: WriteOnlyWorksheet, columns: Columns, values: Sequence[Any]) -> None:
    """One row of values under the columns' heads; the amount as money."""
    ws.append(
        [
            cell(ws, value, MONEY if key == "amount" else None)
            for (key, _width), value in zip(columns, values, strict=True)
        ]
    )


def _summary(
    wb: Workbook,
    lang: str,
    project: Any,
    result: OutcomeResult,
    print_: str,
    by: Actor,
    banner: str | None,
) -> None:
    ws = _sheet(wb, lang, "sheet_summary", (("figure", 44), ("value", 70)), banner)
    p, s, h = result.participants, result.success, result.housing
    rows: list[tuple[str, Any, str | None]] = [
        ("project", project.key, None),
        ("project_name", project.name, None),
        ("as_of", result.as_of, None),
        ("currency", result.currency, None),
        ("referred", p.referred, None),
        ("counted", p.counted, None),
        ("active", p.active, None),
        ("exited", p.exited, None),
        ("success_metric", s.metric, None),
        ("success_min_weeks", s.min_weeks, None),
        ("succeeded", s.succeeded, None),
        ("success_rate", s.rate, RATE),
        ("target_rate", s.target_rate, RATE),
        ("target_count", s.target_count, None),
        ("baseline_rate", s.baseline_rate, RATE),
        ("baseline_count", s.baseline_count, None),
        ("in_activity_now", result.in_activity_now, None),
    ]
    for m in result.metrics:
        rows.append((f"amount:{m.id}", m.amount, MONEY))
    ratio = result.repayment_ratio
    rows += [
        ("total_amount", result.total_amount, MONEY),
        ("investment", result.investment, MONEY),
        ("repayment_ratio", None if ratio is None else float(ratio), RATE),
        ("gross_saving", result.gross_saving, MONEY),
        ("housed_now", h.housed_now, None),
        ("eligible_12m", h.eligible_12m, None),
        ("retained_12m", h.retained_12m, None),
        ("shelter_free_last_365d", h.shelter_free_last_365d, None),
        ("rules", RULES_VERSION, None),
        ("program", f"caseapp {__version__}", None),
        ("fingerprint", print_, None),
        ("produced_by", f"{by.name} ({by.key})", None),
        ("produced_at", datetime.now().replace(microsecond=0).isoformat(sep=" "), None),
    ]
    for key, value, number_format in rows:
        label = words.text(key, lang) if ":" not in key else words.metric_amount(key, lang)
        ws.append([text_cell(ws, label), cell(ws, value, number_format)])


def _quarters(
    wb: Workbook, lang: str, result: OutcomeResult, names: dict[str, str], banner: str | None
) -> None:
    ws = _sheet(wb, lang, "sheet_quarters", _QUARTER_COLUMNS, banner)
    for m in result.metrics:
        for q in m.by_quarter:
            weeks = q.paid_weeks if isinstance(q, WeeklyQuarter) else None
            achieved = q.achieved if isinstance(q, OneOffQuarter) else None
            kind = words.code("kind", m.kind, lang)
            row = (m.id, names.get(m.id, m.id), kind, q.quarter, weeks, achieved, q.amount)
            _append(ws, _QUARTER_COLUMNS, row)


def _participants(
    wb: Workbook,
    lang: str,
    result: OutcomeResult,
    pseudonym: dict[str, str],
    banner: str | None,
) -> int:
    ws = _sheet(wb, lang, "sheet_participants", _PARTICIPANT_COLUMNS, banner)
    successes = set(result.success.participants)
    rows = 0
    for m in result.metrics:
        for r in m.by_participant:
            if isinstance(m, SustainedResult):
                weeks, paid, achieved = r.qualifying_weeks, None, r.achieved_on  # type: ignore[union-attr]
            else:
                weeks, paid, achieved = r.qualifying_weeks, r.paid_weeks, None  # type: ignore[union-attr]
            success = r.participant in successes
            kind = words.code("kind", m.kind, lang)
            row = (pseudonym[r.participant], m.id, kind, weeks, paid, achieved, r.amount, success)
            _append(ws, _PARTICIPANT_COLUMNS, row)
            rows += 1
    return rows


def make_workbook(
    db: Database,
    actor: Actor,
    project_key: str,
    as_of: date,
    lang: str,
    out: Path,
    progress: Progress | None = None,
) -> WorkbookResult:
    """Write the workbook (and the weekly CSV where needed); audit-logged, no personal data."""
    actor.require(Can.MAKE_REPORTS)
    secret = pseudonyms.secret(db)
    with db.unit_of_work() as session:
        project = scope.require_project(session, actor, project_key)
        facts = outcome_figures.load_facts(session, project_key)
        result = compute(facts.contract, facts.participants, as_of, facts.project_key)
        counted = sorted(
            (
                p
                for p in facts.participants
                if p.enrolment.enrolled_on is not None and p.enrolment.enrolled_on <= as_of
            ),
            key=lambda p: p.key,
        )
        uuids: dict[str, str] = {
            key: uuid
            for key, uuid in session.execute(
                select(Participant.key, Participant.uuid)
                .join(Enrolment, Enrolment.participant_id == Participant.id)
                .where(Enrolment.project_id == project.id)
            )
        }
        by_uuid = pseudonyms.pseudonyms(secret, uuids.values())
        names = {key: by_uuid[u] for key, u in uuids.items()}
        print_ = fingerprint(
            facts.project_key, facts.contract, facts.participants, as_of, __version__
        )
        metric_names = {m.id: m.name for m in facts.contract.metrics}

        weekly = [m for m in facts.contract.metrics if isinstance(m, WeeklyActivityMetric)]
        expected = sum(
            _window_weeks(m, p, as_of, facts.contract.payment_end) for p in counted for m in weekly
        )
        csv_path = weekly_csv_path(out) if expected > SHEET_ROWS else None

        wb = Workbook(write_only=True)
        banner = None
        if is_forecast(as_of, date.today()):
            banner = forecast_text("forecast_banner", lang, day=as_of.isoformat())
            title = forecast_text("forecast_title", lang, title=project.name)
            wb.properties.title = title
        _summary(wb, lang, project, result, print_, actor, banner)
        _quarters(wb, lang, result, metric_names, banner)
        participant_rows = _participants(wb, lang, result, names, banner)
        rows = _weekly_rows(facts.contract, counted, names, as_of, lang, progress)
        weekly_rows = 0
        if csv_path is None:
            ws = _sheet(wb, lang, "sheet_weeks", _WEEK_COLUMNS, banner)
            for row in rows:
                _append(ws, _WEEK_COLUMNS, row)
                weekly_rows += 1
        else:
            ws = _sheet(wb, lang, "sheet_weeks", (("note", 100),), banner)
            ws.append([text_cell(ws, words.text("weekly_in_csv", lang).format(file=csv_path.name))])
            with atomic_output(csv_path) as raw, _text(raw) as handle:
                writer = csv.writer(handle)
                writer.writerow([words.text(key, lang) for key, _width in _WEEK_COLUMNS])
                for row in rows:
                    writer.writerow([csv_text(v) for v in row])
                    weekly_rows += 1
        with atomic_output(out) as handle:
            wb.save(handle)
        audit.record(session, actor, "made_workbook", detail=f"{project_key} {as_of}")
    return WorkbookResult(out, csv_path, participant_rows, weekly_rows)


def _text(raw: Any) -> io.TextIOWrapper:
    return io.TextIOWrapper(raw, encoding="utf-8", newline="")
