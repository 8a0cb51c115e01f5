"""The caseload report for team leads (PDF): per key worker, the active participants, contacts in
the period, who has not been seen for 30 days, and open and overdue tasks. Counts only: no
participant names, no notes, no task titles (a title may name someone)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import IO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from caseapp.domain import formatting as fmt
from caseapp.domain import labels
from caseapp.reports.forecast_marking import is_forecast
from caseapp.reports.output_files import atomic_output
from caseapp.reports.pdf_layout import (
    BODY,
    H1,
    SMALL,
    WIDTH,
    build_pdf,
    figure_table,
    para,
    running_heads,
)
from caseapp.reports.wording import text
from caseapp.services import audit, scope
from caseapp.services.actor import Actor, Can
from caseapp.storage.models import Contact, Enrolment, Staff, Task

NOT_SEEN_DAYS = 30


@dataclass(frozen=True)
class WorkerRow:
    key: str | None  # None: participants without a key worker
    name: str | None
    role: str | None
    participants: int
    contacts: int
    attempted: int
    not_seen: int
    open_tasks: int
    overdue_tasks: int


@dataclass(frozen=True)
class Caseload:
    project: str | None
    project_name: str | None
    first: date
    last: date
    rows: tuple[WorkerRow, ...]
    produced_by: str
    made_on: date

    @property
    def is_forecast(self) -> bool:
        """A period ending after the day it is made (`--forecast`): marked on every page."""
        return is_forecast(self.last, self.made_on)


def caseload(
    session: Session, actor: Actor, project_key: str | None, first: date, last: date
) -> Caseload:
    """The figures; callers check permission and write the audit entry."""
    project = scope.require_project(session, actor, project_key) if project_key else None
    in_reach = scope.enrolment_condition(actor, scope.staff_id(session, actor))
    active = select(Enrolment.participant_id, Enrolment.key_worker_id).where(
        in_reach,
        Enrolment.enrolled_on.is_not(None),
        Enrolment.enrolled_on <= last,
        (Enrolment.exited_on.is_(None)) | (Enrolment.exited_on > last),
    )
    if project is not None:
        active = active.where(Enrolment.project_id == project.id)
    worker_of: dict[int, int | None] = {}
    for pid, worker in session.execute(active):
        worker_of.setdefault(pid, worker)
    people: dict[int | None, set[int]] = {}
    for pid, worker in worker_of.items():
        people.setdefault(worker, set()).add(pid)

    since = datetime.combine(first, time.min)
    until = datetime.combine(last, time.max)
    contacts: dict[int | None, list[int]] = {}
    for staff_id, mode, n in session.execute(
        select(Contact.staff_id, Contact.mode, func.count())
        .where(Contact.at >= since, Contact.at <= until, Contact.participant_id.in_(worker_of))
        .group_by(Contact.staff_id, Contact.mode)
    ):
        counts = contacts.setdefault(staff_id, [0, 0])
        counts[0] += n
        counts[1] += n if mode == "attempted" else 0
    seen = {
        pid: at
        for pid, at in session.execute(
            select(Contact.participant_id, func.max(Contact.at))
            .where(Contact.mode != "attempted", Contact.at <= until)
            .group_by(Contact.participant_id)
        )
    }
    limit = datetime.combine(last - timedelta(days=NOT_SEEN_DAYS), time.min)
    tasks: dict[int | None, list[int]] = {}
    # Open on the last day: not done by then (a task done later was still open on it).
    task_q = select(Task.assigned_to_id, Task.due_on).where(
        (Task.done_on.is_(None)) | (Task.done_on > last), Task.participant_id.in_(worker_of)
    )
    for staff_id, due in session.execute(task_q):
        counts = tasks.setdefault(staff_id, [0, 0])
        counts[0] += 1
        counts[1] += due is not None and due < last
    staff = {
        sid: (key, name, role)
        for sid, key, name, role in session.execute(
            select(Staff.id, Staff.key, Staff.name, Staff.role)
        )
    }
    ids = set(people) | {s for s in contacts if s is not None} | {s for s in tasks if s is not None}
    rows = []
    for sid in sorted(ids, key=lambda s: (s is None, staff.get(s, ("",))[0] if s else "")):
        key, name, role = staff.get(sid, (None, None, None)) if sid is not None else (None,) * 3
        mine = people.get(sid, set())
        rows.append(
            WorkerRow(
                key,
                name,
                role,
                len(mine),
                contacts.get(sid, [0, 0])[0],
                contacts.get(sid, [0, 0])[1],
                sum(1 for pid in mine if seen.get(pid) is None or seen[pid] < limit),
                tasks.get(sid, [0, 0])[0],
                tasks.get(sid, [0, 0])[1],
            )
        )
    return Caseload(
        project.key if project else None,
        project.name if project else None,
        first,
        last,
        tuple(rows),
        actor.name,
        date.today(),
    )


def write_caseload_pdf(report: Caseload, lang: str, out: Path | IO[bytes]) -> None:
    t = lambda key, **kw: text(key, lang, **kw)  # noqa: E731
    title = t("caseload_title")
    forecast = None
    if report.is_forecast:
        title = t("forecast_title", title=title)
        day = fmt.long_date(report.last, lang)
        forecast = (t("forecast_banner", day=day), t("forecast_word"))
    scope = f"{report.project_name} ({report.project})" if report.project else t("all_projects")
    period = f"{fmt.long_date(report.first, lang)} - {fmt.long_date(report.last, lang)}"
    header = [
        t("key_worker"),
        t("cl_participants"),
        t("cl_contacts"),
        t("cl_attempts"),
        t("cl_not_seen"),
        t("cl_open"),
        t("cl_overdue"),
    ]
    body = []
    for r in report.rows:
        who = t("no_key_worker")
        if r.key is not None:
            role = labels.code_label("role", r.role, lang).lower()
            who = f"{r.name} ({r.key}, {role})"
        body.append(
            [
                who,
                *(
                    fmt.number(v, lang)
                    for v in (
                        r.participants,
                        r.contacts,
                        r.attempted,
                        r.not_seen,
                        r.open_tasks,
                        r.overdue_tasks,
                    )
                ),
            ]
        )
    totals = [
        t("total"),
        *(
            fmt.number(sum(getattr(r, f) for r in report.rows), lang)
            for f in (
                "participants",
                "contacts",
                "attempted",
                "not_seen",
                "open_tasks",
                "overdue_tasks",
            )
        ),
    ]
    number = 18 * mm
    story: list[Flowable] = [
        para(title, H1),
        para(f"{t('project')}: {scope}", BODY),
        para(f"{t('caseload_period')}: {period}", BODY),
        para(f"{t('produced_by')}: {report.produced_by}", BODY),
        Spacer(1, 4 * mm),
        para(t("caseload_intro"), SMALL),
        Spacer(1, 4 * mm),
        figure_table(
            header,
            [*body, totals],
            [WIDTH - 6 * number, *([number] * 6)],
            total_rows=1,
        ),
    ]
    decorate = running_heads(
        title,
        period,
        "caseapp",
        lambda page, pages: t("page_of", page=page, pages=pages),
        forecast,
    )
    build_pdf(out, story, decorate, title=title, author="caseapp")


def make_caseload_report(
    session: Session,
    actor: Actor,
    project_key: str | None,
    first: date,
    last: date,
    lang: str,
    out: Path,
) -> Caseload:
    actor.require(Can.MAKE_REPORTS)
    report = caseload(session, actor, project_key, first, last)
    with atomic_output(out) as handle:
        write_caseload_pdf(report, lang, handle)
    audit.record(
        session, actor, "made_caseload_report", detail=f"{project_key or '*'} {first} {last}"
    )
    return report
