"""What every section of the council PDF shares: the report, its language, and shortcuts to its
words, number formats, section headings and tables of person counts."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from caseapp.domain import formatting as fmt
from caseapp.domain import labels
from caseapp.reports.council_model import WORDING, CouncilReport, PeopleTable
from caseapp.reports.pdf_layout import H1, SMALL, figure_table, para
from caseapp.reports.project_queries import WAITING
from caseapp.reports.wording import text


class Writer:
    """One report in one language; each section is a function of it."""

    def __init__(self, report: CouncilReport, lang: str) -> None:
        self.r = report
        self.lang = lang
        self.cur = report.contract.currency

    # Formatting shortcuts
    def t(self, key: str, **values: Any) -> str:
        return text(key, self.lang, **values)

    def n(self, value: int | float | Decimal, places: int = 0) -> str:
        return fmt.number(value, self.lang, places)

    def money(self, value: Decimal | float | None) -> str:
        return fmt.money(value, self.cur, self.lang)

    def estimate(self, value: Decimal | None) -> str:
        """An amount that is a forecast or an estimate, to the nearest thousand: øre would claim
        a precision it does not have."""
        if value is None:
            return self.money(None)
        thousands = (value / 1000).quantize(Decimal(1), rounding=ROUND_HALF_UP)
        return self.money(thousands * 1000)

    def pct(self, value: float | Decimal | None) -> str:
        return fmt.percent(value, self.lang)

    def day(self, value: Any) -> str:
        return fmt.long_date(value, self.lang)

    def label(self, group: str, code: str | None) -> str:
        if code is None:
            return self.t("not_recorded")
        if code == WAITING:
            return self.t("funnel_waiting")
        if group == WORDING:
            return self.t(code)
        return labels.code_label(group, code, self.lang)

    def section(self, number: int, key: str) -> Paragraph:
        return para(f"{number}  {self.t(key)}", H1)

    # Figures about people, as the disclosure layer allows them to be printed
    def shown(self, *keys: str) -> bool:
        return self.r.disclosure.all_shown(*keys)

    def c(self, key: str) -> str:
        """A count of people, or its mark."""
        d = self.r.disclosure
        value = d.shown(key)
        return d.mark(key) if value is None else self.n(value)

    def fig(self, key: str, places: int = 0, scale: int = 1) -> str:
        """A figure about people (weeks, hours), or its mark; `scale` undoes whole-øre storage."""
        d = self.r.disclosure
        value = d.shown(key)
        if value is None:
            return d.mark(key)
        return self.n(Decimal(value) / scale, places)

    def cash(self, key: str) -> str:
        """An amount registered in øre, as money, or its mark."""
        d = self.r.disclosure
        value = d.shown(key)
        return d.mark(key) if value is None else self.money(Decimal(value) / 100)

    def ratio(self, part: str, whole: str) -> str:
        """part / whole as a percentage, only when both are shown (a share with one of them
        gives the other away); "-" when the whole is 0."""
        d = self.r.disclosure
        if not d.all_shown(part, whole):
            return d.mark(part) if d.hidden(part) else d.mark(whole)
        a, b = d.cells[part].value, d.cells[whole].value
        return self.pct(exact_share(a, b)) if b else "-"

    def note_if_hidden(self, *keys: str) -> list[Flowable]:
        if any(self.r.disclosure.hidden(k) for k in keys):
            return [Spacer(1, 2), para(self.t("suppressed_note"), SMALL)]
        return []

    def table_keys(self, table: PeopleTable) -> list[str]:
        return [k for row in table.keys for k in row] + list(table.totals)

    def people_table(self, table: PeopleTable, first_heading: str, width: float) -> Table:
        """A table of person counts by code, as the disclosure layer allows, with its totals."""
        rows = []
        for code, keys in zip(table.codes, table.keys, strict=True):
            rows.append([self.label(table.group, code), *(self.c(k) for k in keys)])
        rows.append([self.t("total"), *(self.c(k) for k in table.totals)])
        n = len(table.columns)
        number_w = 27 * mm
        return figure_table(
            [first_heading, *(self.t(c) for c in table.columns)],
            rows,
            [width - n * number_w, *([number_w] * n)],
            total_rows=1,
        )


def exact_share(part: int, whole: int) -> Decimal:
    """part / whole from the counts themselves, so a percentage is rounded once, when printed."""
    return Decimal(part) / Decimal(whole)


def share(part: int, whole: int) -> float | None:
    return part / whole if whole else None
