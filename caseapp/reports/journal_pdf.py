"""A person's journal for a period, as a PDF: for a handover, for the citizen, or for a court.

Everything written in the file in the period, oldest first: contacts with their whole notes,
spells, goals and tasks, with their dates and what they were. It names the person (it is their
journal) but never holds the CPR number. Making it is audit-logged.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import IO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer
from sqlalchemy import select
from sqlalchemy.orm import Session

from caseapp.domain import formatting as fmt
from caseapp.domain import labels
from caseapp.domain.fields import DATED_BY
from caseapp.reports import wording
from caseapp.reports.output_files import atomic_output
from caseapp.reports.pdf_layout import (
    BODY,
    H1,
    H2,
    SMALL,
    build_pdf,
    para,
    running_heads,
)
from caseapp.services import audit, case_records, scope
from caseapp.services.actor import Actor, Can
from caseapp.services.journal import TEXT_FIELDS

# The code shown beside each kind of record, and its label group.
_CODE = {
    "contact": ("mode", "contact_mode"),
    "housing": ("type", "housing"),
    "activity": ("type", "activity"),
    "support": ("type", "support"),
    "goal": ("area", "goal_area"),
}
_WORDS: dict[str, tuple[str, str]] = {
    "title": ("Journal", "Journal"),
    "person": ("Deltager", "Participant"),
    "period": ("Periode", "Period"),
    "made": ("Udskrevet {when} af {who}", "Printed {when} by {who}"),
    "empty": ("Der er ikke skrevet noget i perioden.", "Nothing was written in the period."),
    "entries": ("{n} poster", "{n} entries"),
    "private": (
        "Fortroligt: personoplysninger. Må kun gives videre efter reglerne.",
        "Confidential: personal data. Pass on only as the rules allow.",
    ),
}


def _say(key: str, lang: str, **values: object) -> str:
    da, en = _WORDS[key]
    return (da if lang == "da" else en).format(**values)


@dataclass(frozen=True)
class Entry:
    when: date | datetime
    kind: str
    code: str | None
    text: str


def entries(
    session: Session, actor: Actor, key: str, first: date, last: date
) -> tuple[str, list[Entry]]:
    """The person's name and what was written in their file from `first` to `last`."""
    actor.require(Can.READ_CASE)
    person = scope.require_participant(session, actor, key)
    found: list[Entry] = []
    for kind, fields in TEXT_FIELDS.items():
        model = case_records.MODELS[kind]
        rows = session.scalars(
            select(model).where(model.participant_id == person.id)  # type: ignore[attr-defined]
        )
        for obj in rows:
            when = getattr(obj, DATED_BY[kind])
            day = when.date() if isinstance(when, datetime) else when
            if day is None or not first <= day <= last:
                continue
            code_field = _CODE.get(kind)
            text = "\n".join(str(v) for f in fields if (v := getattr(obj, f)))
            found.append(
                Entry(when, kind, getattr(obj, code_field[0]) if code_field else None, text)
            )
    found.sort(
        key=lambda e: e.when if isinstance(e.when, datetime) else datetime(*e.when.timetuple()[:3])
    )
    return person.display_name, found


def _moment(when: date | datetime) -> datetime:
    return when if isinstance(when, datetime) else datetime(when.year, when.month, when.day)


def write_journal_pdf(
    name: str,
    key: str,
    first: date,
    last: date,
    found: list[Entry],
    made_by: str,
    lang: str,
    out: IO[bytes] | Path,
) -> None:
    period = f"{fmt.short_date(first, lang)} – {fmt.short_date(last, lang)}"
    story: list[Flowable] = [
        para(_say("title", lang), H1),
        para(f"{_say('person', lang)}: {name} ({key})", BODY),
        para(f"{_say('period', lang)}: {period}", BODY),
        para(_say("made", lang, when=fmt.time_of_day(datetime.now(), lang), who=made_by), SMALL),
        para(_say("private", lang), SMALL),
        Spacer(1, 4 * mm),
    ]
    if not found:
        story.append(para(_say("empty", lang), BODY))
    for entry in found:
        when = (
            fmt.time_of_day(entry.when, lang)
            if isinstance(entry.when, datetime)
            else fmt.short_date(entry.when, lang)
        )
        what = labels.kind_label(entry.kind, lang)
        if entry.code and entry.kind in _CODE:
            what += ": " + labels.code_label(_CODE[entry.kind][1], entry.code, lang)
        story.append(para(f"{when} · {what}", H2))
        for line in entry.text.splitlines() or [""]:
            story.append(para(line, BODY))
    decorate = running_heads(
        f"{_say('title', lang)}: {name} ({key})",
        period,
        _say("private", lang),
        lambda page, pages: wording.text("page_of", lang, page=page, pages=pages),
    )
    build_pdf(out, story, decorate, title=_say("title", lang), author="caseapp")


def make_journal_pdf(
    session: Session, actor: Actor, key: str, first: date, last: date, lang: str, out: Path
) -> int:
    """Write the journal of `key` from `first` to `last` to `out`; returns how many entries.
    Logged with the period (never the contents)."""
    actor.require(Can.READ_CASE)
    name, found = entries(session, actor, key, first, last)
    with atomic_output(out) as handle:
        write_journal_pdf(name, key, first, last, found, actor.name, lang, handle)
    audit.record(session, actor, "printed_journal", key, f"{first} {last} entries={len(found)}")
    return len(found)
