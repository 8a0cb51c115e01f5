"""The payment claim as a PDF (marked confidential on every page) and as a CSV beside it."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from caseapp.domain import labels
from caseapp.reports import locale_format as fmt
from caseapp.reports.claim import Claim, ClaimLine, ClaimSpell
from caseapp.reports.claim_words import text
from caseapp.reports.output_files import atomic_output
from caseapp.reports.pdf_layout import (
    CELL,
    H2,
    SMALL,
    TITLE,
    WIDTH,
    build_pdf,
    figure_table,
    para,
    running_heads,
)


def csv_path(out: Path) -> Path:
    return out.with_suffix(".csv")


def spell_text(s: ClaimSpell, lang: str) -> str:
    group = "activity" if s.kind == "activity" else "housing"
    end = fmt.short_date(s.end, lang) if s.end else text("open", lang)
    out = f"{labels.code_label(group, s.type, lang)} {fmt.short_date(s.start, lang)} - {end}"
    if s.verified is not None:
        out += f", {text('verified' if s.verified else 'not_verified', lang)}"
    if s.evidence:
        out += f": {s.evidence}"
    return out


def _made_at(claim: Claim, lang: str) -> str:
    return f"{fmt.long_date(claim.made_at.date(), lang)} {claim.made_at:%H:%M}"


def _row(line: ClaimLine, lang: str) -> list[Any]:
    when = (
        fmt.number(line.weeks, lang)
        if line.weeks is not None
        else fmt.short_date(line.achieved_on, lang)
        if line.achieved_on
        else ""
    )
    return [
        line.pseudonym,
        when,
        fmt.number(line.amount, lang, 2),
        # Left-aligned, unlike the figures: a flowable is placed as it is.
        para("; ".join(spell_text(s, lang) for s in line.spells), CELL),
    ]


def write_claim(claim: Claim, lang: str, out: Path) -> Path:
    """The PDF at `out`, the CSV beside it (same name, .csv); both written whole or not at all."""
    cur = claim.currency
    t = lambda key, **kw: text(key, lang, **kw)  # noqa: E731
    story: list[Flowable] = [
        para(t("title"), TITLE),
        Spacer(1, 3 * mm),
        para(t("confidential"), H2),
        Spacer(1, 3 * mm),
        para(
            t(
                "intro",
                quarter=fmt.quarter(claim.quarter, lang),
                first=fmt.long_date(claim.first, lang),
                last=fmt.long_date(claim.last, lang),
                project=f"{claim.project_name} ({claim.project_key})",
            )
        ),
        para(
            t(
                "made",
                at=f"{fmt.long_date(claim.made_at.date(), lang)} {claim.made_at:%H:%M}",
                by=claim.made_by,
            ),
            SMALL,
        ),
    ]
    for total in claim.totals:
        lines = [ln for ln in claim.lines if ln.metric == total.metric]
        unit = "weeks" if total.kind == "weekly_activity" else "achieved_on"
        block: list[Flowable] = [para(total.name, H2)]
        if not lines:
            block.append(para(t("nothing")))
        else:
            rows = [_row(ln, lang) for ln in lines]
            rows.append([t("lines_total"), "", fmt.number(total.lines, lang, 2), ""])
            rows.append([t("claimed"), "", fmt.number(total.claimed, lang, 2), ""])
            block.append(
                figure_table(
                    [t("pseudonym"), t(unit), f"{t('amount')} ({cur})", t("evidence")],
                    rows,
                    [26 * mm, 20 * mm, 30 * mm, WIDTH - 76 * mm],
                    total_rows=2,
                )
            )
        story.append(KeepTogether(block))
    story += [
        Spacer(1, 4 * mm),
        para(f"{t('total')}: {fmt.money(claim.total, cur, lang)}", H2),
    ]
    decorate = running_heads(
        f"{t('title')} · {claim.project_key} · {fmt.quarter(claim.quarter, lang)}",
        t("confidential").split(" - ")[0],
        t("confidential"),
        lambda page, pages: t("page", page=page, pages=pages),
    )
    buffer = io.BytesIO()
    build_pdf(
        buffer,
        story,
        decorate,
        title=f"{t('title')} - {claim.project_key} - {claim.quarter}",
        author="caseapp",
    )
    with atomic_output(out) as handle:
        handle.write(buffer.getvalue())
    target = csv_path(out)
    with atomic_output(target) as raw, io.TextIOWrapper(raw, encoding="utf-8", newline="") as h:
        writer = csv.writer(h)
        writer.writerow(["pseudonym", "metric", "quarter", "weeks", "achieved_on", "amount",
                         "currency", "spells"])  # fmt: skip
        for ln in claim.lines:
            writer.writerow(
                [
                    ln.pseudonym,
                    ln.metric,
                    claim.quarter,
                    "" if ln.weeks is None else ln.weeks,
                    "" if ln.achieved_on is None else ln.achieved_on.isoformat(),
                    f"{ln.amount:.2f}",
                    claim.currency,
                    "; ".join(spell_text(s, lang) for s in ln.spells),
                ]
            )
    return target
