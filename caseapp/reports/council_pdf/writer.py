"""What every section of the council PDF shares: the report, its language, and shortcuts to its
words, number formats, section headings and tables of person counts."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from caseapp.domain import formatting as fmt
from caseapp.domain import labels
from caseapp.reports.council_model import WORDING, CouncilReport, PeopleTable
from caseapp.reports.pdf_layout import H1, SMALL, figure_table, para
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

    def pct(self, value: float | Decimal | None) -> str:
        return fmt.percent(value, self.lang)

    def day(self, value: Any) -> str:
        return fmt.long_date(value, self.lang)

    def label(self, group: str, code: str | None) -> str:
        if code is None:
            return self.t("not_recorded")
        if group == WORDING:
            return self.t(code)
        return labels.code_label(group, code, self.lang)

    def section(self, number: int, key: str) -> Paragraph:
        return para(f"{number}  {self.t(key)}", H1)

    def note_if_hidden(self, *tables: PeopleTable) -> list[Flowable]:
        if any(t.counts.any_hidden for t in tables):
            return [Spacer(1, 2), para(self.t("suppressed_note"), SMALL)]
        return []

    def people_table(self, table: PeopleTable, first_heading: str, width: float) -> Table:
        """A table of person counts by code, as suppressed in the model, with its totals."""
        rows = []
        for code, cells in zip(table.codes, table.counts.cells, strict=True):
            rows.append([self.label(table.group, code), *(fmt.count(c, self.lang) for c in cells)])
        if table.counts.column_totals is not None:
            rows.append(
                [self.t("total"), *(fmt.count(c, self.lang) for c in table.counts.column_totals)]
            )
        n = len(table.columns)
        number_w = 27 * mm
        return figure_table(
            [first_heading, *(self.t(c) for c in table.columns)],
            rows,
            [width - n * number_w, *([number_w] * n)],
            total_rows=1 if table.counts.column_totals is not None else 0,
        )


def share(part: int, whole: int) -> float | None:
    return part / whole if whole else None
