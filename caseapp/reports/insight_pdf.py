"""The insight document as a PDF the person can read (ReportLab), Danish or English."""

from __future__ import annotations

import io
import json
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.platypus.flowables import Flowable

from caseapp.domain import formatting as fmt
from caseapp.domain import labels
from caseapp.domain.fields import INSIGHT_LISTS
from caseapp.reports import fonts
from caseapp.reports import insight_text as t
from caseapp.reports.output_files import atomic_output

_STYLES = getSampleStyleSheet()
_BODY = ParagraphStyle(
    "body", parent=_STYLES["BodyText"], fontName=fonts.FONT, fontSize=9.5, leading=12
)
_CELL = ParagraphStyle("cell", parent=_BODY, fontSize=8.5, leading=10.5)
_LABEL = ParagraphStyle("label", parent=_CELL, textColor=colors.HexColor("#444444"))
_H1 = ParagraphStyle(
    "h1", parent=_STYLES["Title"], fontName=fonts.BOLD, fontSize=18, alignment=0, spaceAfter=4
)
_H2 = ParagraphStyle(
    "h2", parent=_STYLES["Heading2"], fontName=fonts.BOLD, fontSize=12.5, spaceBefore=10
)

_WIDTH = A4[0] - 36 * mm
_GRID = TableStyle(
    [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#cccccc")),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
)
# The line that heads each record: its date or time, then its type or title.
_HEADLINE = {
    "enrolments": ("project", "referred_on"),
    "contacts": ("at", "mode"),
    "housing": ("start", "type"),
    "activities": ("start", "type"),
    "supports": ("start", "type"),
    "goals": ("created_on", "title"),
    "tasks": ("due_on", "title"),
    "consents": ("given_on", "covers"),
}


def _p(text: str, style: ParagraphStyle = _CELL) -> Paragraph:
    # Notes keep their line breaks; markup characters in them are text, not tags.
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _shown(kind: str, name: str, value: Any, lang: str) -> str:
    """A value as the reader sees it: codes as words, roles named, times without the T."""
    if name.endswith("_role"):
        return t.role(value, lang)
    group = labels.field_group(kind, name)
    if group is not None:
        items = value if isinstance(value, list) else [value]
        return ", ".join(labels.code_label(group, c, lang) for c in items)
    return _date_text(value, lang) or t.value(value, lang)


def _date_text(value: Any, lang: str) -> str | None:
    """A date (2022-06-01) or time (2022-06-01T10:00) as the language writes it."""
    if not isinstance(value, str) or len(value) not in (10, 16, 19) or value[4:5] != "-":
        return None
    try:
        if len(value) == 10:
            return fmt.long_date(date.fromisoformat(value), lang)
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return f"{fmt.short_date(moment.date(), lang)} {moment:%H:%M}"


def _pairs(item: dict[str, Any], kind: str, lang: str) -> Table | None:
    rows = [
        [_p(t.field(kind, k, lang), _LABEL), _p(_shown(kind, k, v, lang))]
        for k, v in item.items()
        if v not in (None, "", [])
    ]
    if not rows:
        return None
    table = Table(rows, colWidths=[45 * mm, _WIDTH - 45 * mm])
    table.setStyle(_GRID)
    return table


# Contacts are many and alike: one compact table, a row each.
_CONTACT_COLUMNS = (
    ("at", 26),
    ("mode", 20),
    ("location", 22),
    ("topics", 30),
    ("duration_min", 14),
    ("staff_role", 22),
)


def _contacts(items: list[dict[str, Any]], lang: str) -> Table:
    names = [name for name, _ in _CONTACT_COLUMNS]
    rows: list[list[Flowable]] = [
        [_p(t.field("contact", n, lang), _LABEL) for n in [*names, "note"]]
    ]
    for item in items:
        cells = [_p(_shown("contact", n, item.get(n), lang)) for n in names]
        rows.append([*cells, _p(_shown("contact", "note", item.get("note"), lang))])
    used = sum(w for _, w in _CONTACT_COLUMNS) * mm
    widths = [w * mm for _, w in _CONTACT_COLUMNS] + [_WIDTH - used]
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(_GRID)
    return table


def _about(doc: dict[str, Any], lang: str) -> list[Flowable]:
    """Why the data is held, who receives what, how long it is kept, the person's rights and
    whom to ask (GDPR art. 15(1))."""
    controller = doc.get("controller") or t.text("controller_unknown", lang)
    pairs = [
        ("purposes_title", t.text("purposes", lang)),
        ("recipients_title", t.text("recipients", lang)),
        ("retention_title", t.text("retention", lang).format(years=doc.get("retention_years", 5))),
        ("rights_title", t.text("rights", lang)),
        ("controller_title", controller),
    ]
    rows = [[_p(t.text(k, lang), _LABEL), _p(v)] for k, v in pairs]
    table = Table(rows, colWidths=[35 * mm, _WIDTH - 35 * mm])
    table.setStyle(_GRID)
    return [Paragraph(escape(t.text("about", lang)), _H2), table]


def _outcomes(doc: dict[str, Any], lang: str) -> list[Flowable]:
    out: list[Flowable] = [
        Paragraph(escape(t.text("outcomes", lang)), _H2),
        _p(t.text("outcomes_intro", lang), _BODY),
        Spacer(1, 3),
    ]
    items = doc.get("outcomes") or []
    if not items:
        return [*out, _p(t.text("none", lang), _BODY)]
    heads = ["project", "outcome_metric", "weeks_counted", "weeks_paid", "reached_on", "amount"]
    rows: list[list[Flowable]] = [
        [
            _p(t.field("enrolment", h, lang) if h == "project" else t.text(h, lang), _LABEL)
            for h in heads
        ]
    ]
    for o in items:
        reached = _date_text(o.get("achieved_on"), lang) or ""
        rows.append(
            [
                _p(o["project"]),
                _p(o["metric"]),
                _p(str(o.get("qualifying_weeks", ""))),
                _p(str(o.get("paid_weeks", ""))),
                _p(reached),
                _p(fmt.number(o["amount"], lang, 2)),
            ]
        )
    widths = [18 * mm, _WIDTH - 114 * mm, 22 * mm, 22 * mm, 26 * mm, 26 * mm]
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(_GRID)
    return [*out, table]


def _section(doc: dict[str, Any], name: str, lang: str) -> list[Flowable]:
    out: list[Flowable] = [Paragraph(escape(t.text(name, lang)), _H2)]
    items = doc.get(name) or []
    if not items:
        return [*out, _p(t.text("none", lang), _BODY)]
    if name == "contacts":
        return [*out, _contacts(items, lang)]
    kind = INSIGHT_LISTS[name]
    for item in items:
        head = " · ".join(_shown(kind, k, item[k], lang) for k in _HEADLINE[name] if item.get(k))
        block: list[Flowable] = [_p(head, ParagraphStyle("rh", parent=_CELL, fontName=fonts.BOLD))]
        table = _pairs(item, kind, lang)
        if table is not None:
            block.append(table)
        block.append(Spacer(1, 4))
        out.append(KeepTogether(block))
    return out


def _accesses(doc: dict[str, Any], lang: str) -> list[Flowable]:
    out: list[Flowable] = [Paragraph(escape(t.text("accesses", lang)), _H2)]
    rows: list[list[Flowable]] = [
        [_p(t.text(k, lang), _LABEL) for k in ("when", "what", "purpose", "role")]
    ]
    for a in doc.get("accesses") or []:
        what, purpose = t.action(a["action"], lang)
        when = _date_text(a["at"][:16], lang) or a["at"]
        rows.append([_p(when), _p(what), _p(purpose), _p(t.role(a["role"], lang))])
    if len(rows) == 1:
        return [*out, _p(t.text("none", lang), _BODY)]
    table = Table(rows, colWidths=[32 * mm, 60 * mm, 48 * mm, _WIDTH - 140 * mm], repeatRows=1)
    table.setStyle(_GRID)
    out.append(table)
    return out


def json_path(out: Path) -> Path:
    """Where the machine-readable copy goes: beside the PDF, same name, `.json`."""
    return out.with_suffix(".json") if out.suffix.lower() == ".pdf" else Path(f"{out}.json")


def write_files(doc: dict[str, Any], out: Path, lang: str = "da") -> tuple[Path, Path]:
    """The PDF at `out` and the JSON beside it, each readable by its owner only (0600) and
    written whole or not at all."""
    buffer = io.BytesIO()
    write_pdf(doc, buffer, lang)
    with atomic_output(out) as handle:
        handle.write(buffer.getvalue())
    target = json_path(out)
    with atomic_output(target) as handle:
        handle.write((json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
    return out, target


def write_pdf(doc: dict[str, Any], out: Path | IO[bytes], lang: str = "da") -> None:
    person = doc["participant"]
    key = person["key"]
    story: list[Flowable] = [
        Paragraph(escape(t.text("title", lang)), _H1),
        _p(f"{t.text('made_at', lang)}: {_date_text(doc['made_at'][:16], lang)}", _BODY),
        Spacer(1, 4),
        _p(t.text("intro", lang), _BODY),
        *_about(doc, lang),
        Paragraph(escape(t.text("participant", lang)), _H2),
    ]
    details = _pairs(person, "participant", lang)
    if details is not None:
        story.append(details)
    for name in INSIGHT_LISTS:
        story += _section(doc, name, lang)
    story += _outcomes(doc, lang)
    story += _accesses(doc, lang)

    def footer(canvas: Canvas, pdf: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(fonts.FONT, 8)
        canvas.drawString(18 * mm, 10 * mm, f"{t.text('title', lang)} · {key}")
        canvas.drawRightString(A4[0] - 18 * mm, 10 * mm, f"{t.text('page', lang)} {pdf.page}")
        canvas.restoreState()

    pdf = SimpleDocTemplate(
        str(out) if isinstance(out, Path) else out,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=18 * mm,
        # The document title names the key only: PDF metadata shows up in file browsers.
        title=f"{t.text('title', lang)} {key}",
        author="caseapp",
    )
    pdf.build(story, onFirstPage=footer, onLaterPages=footer)
