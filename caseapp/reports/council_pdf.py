"""The council report as a PDF (ReportLab), Danish or English, from its model.

Layout only: every figure comes from `CouncilReport`, every word from `wording` or the code
labels, every number through `locale_format`.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import IO, Any

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
)
from reportlab.platypus import TableStyle as TS

from caseapp.domain import labels
from caseapp.outcomes import ActivitySustainedMetric, HousingSustainedMetric, WeeklyActivityMetric
from caseapp.reports import charts
from caseapp.reports import locale_format as fmt
from caseapp.reports.council_model import WORDING, CouncilReport, PeopleTable
from caseapp.reports.pdf_layout import (
    BODY,
    H1,
    H2,
    H2_TIGHT,
    MONO,
    SMALL,
    SUBTITLE,
    TITLE,
    WIDTH,
    build_pdf,
    bullets,
    callout,
    figure_table,
    para,
    running_heads,
    side_by_side,
    tiles,
    two_lines,
)
from caseapp.reports.wording import finding_label, text


class _Writer:
    """Builds the story of one report in one language."""

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

    # Sections
    def cover(self) -> list[Flowable]:
        r = self.r
        period = "-"
        if r.project_start:
            end = self.day(r.project_end) if r.project_end else self.t("open_ended")
            period = f"{self.day(r.project_start)} - {end}"
        role = labels.code_label("role", r.produced_role, self.lang)
        rows = [
            (self.t("project"), f"{r.project_name} ({r.project_key})"),
            (self.t("municipality"), r.municipality or "-"),
            (self.t("period"), period),
            (
                self.t("contract_period"),
                f"{self.day(r.period.start)} - {self.day(r.period.end)}",
            ),
            (self.t("as_of"), self.day(r.as_of)),
            (self.t("produced_by"), f"{r.produced_by} ({role.lower()})"),
            (
                self.t("produced_on"),
                f"{self.day(r.produced_at.date())} {r.produced_at:%H:%M}",
            ),
            (self.t("program"), f"caseapp {r.program_version}"),
        ]
        details = Table(
            [[para(k, SMALL), para(v, BODY)] for k, v in rows], colWidths=[45 * mm, WIDTH - 45 * mm]
        )
        details.setStyle(
            TS(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.3, "#cccccc"),
                ]
            )
        )
        contents = [
            "sec_summary",
            "sec_flow",
            "sec_outcomes",
            "sec_housing",
            "sec_work",
            "sec_support",
            "sec_quality",
            "sec_method",
        ]
        toc = [para(f"{i}  {self.t(k)}", BODY) for i, k in enumerate(contents, start=1)]
        return [
            Spacer(1, 38 * mm),
            para(self.t("council_title"), TITLE),
            Spacer(1, 4 * mm),
            para(f"{r.project_name}", SUBTITLE),
            para(
                f"{self.t('council_subtitle')} · {self.t('as_of').lower()} {self.day(r.as_of)}",
                SUBTITLE,
            ),
            Spacer(1, 14 * mm),
            details,
            Spacer(1, 12 * mm),
            para(self.t("contents"), H2),
            *toc,
            Spacer(1, 12 * mm),
            para(self.t("privacy_note"), SMALL),
            PageBreak(),
        ]

    def summary(self) -> list[Flowable]:
        r, f = self.r, self.r.figures
        s, p, h = f.success, f.participants, f.housing
        j = r.figures_json
        v = r.verdict
        sentence = self.t(
            f"verdict_{v.code}",
            succeeded=self.n(v.succeeded),
            expected=self.n(v.expected, 1),
            target=self.n(v.target),
        )
        basis = self.t("verdict_basis", elapsed=self.pct(v.elapsed))
        items = [
            (
                self.n(p.counted),
                self.t("kf_counted"),
                self.t("kf_counted_sub", target=self.n(r.contract.target_participants)),
            ),
            (
                self.pct(j["success"]["rate"]),
                self.t("kf_success"),
                self.t(
                    "kf_success_sub",
                    succeeded=self.n(s.succeeded),
                    counted=self.n(p.counted),
                    target=f"{self.pct(j['success']['target_rate'])} ({self.n(s.target_count)})",
                    baseline=f"{self.pct(j['success']['baseline_rate'])} "
                    f"({self.n(s.baseline_count)})",
                ),
            ),
            (
                self.n(f.in_activity_now),
                self.t("kf_activity_now"),
                self.t("kf_activity_now_sub", share=self.pct(_share(f.in_activity_now, p.counted))),
            ),
            (
                self.n(h.housed_now),
                self.t("kf_housed_now"),
                self.t("kf_housed_now_sub", share=self.pct(_share(h.housed_now, p.counted))),
            ),
            (
                self.pct(_share(h.retained_12m, h.eligible_12m)) if h.eligible_12m else "-",
                self.t("kf_retention"),
                self.t(
                    "kf_retention_sub",
                    retained=self.n(h.retained_12m),
                    eligible=self.n(h.eligible_12m),
                ),
            ),
            (
                self.money(f.total_amount),
                self.t("kf_earned"),
                self.t(
                    "kf_earned_sub",
                    ratio=self.pct(j["repayment_ratio"]),
                    investment=self.money(f.investment),
                )
                if f.investment
                else self.t("kf_earned_no_investment"),
            ),
        ]
        if f.gross_saving is not None and r.contract.avoided_cost_per_week is not None:
            weeks = f.gross_saving / r.contract.avoided_cost_per_week
            items.append(
                (
                    self.money(f.gross_saving),
                    self.t("kf_saving"),
                    self.t(
                        "kf_saving_sub",
                        weeks=self.n(weeks),
                        cost=self.money(r.contract.avoided_cost_per_week),
                    ),
                )
            )
        earned = [[r.metric_names.get(m.id, m.id), self.money(m.amount)] for m in f.metrics]
        earned.append([self.t("total_amount"), self.money(f.total_amount)])
        return [
            self.section(1, "sec_summary"),
            callout(sentence, basis),
            Spacer(1, 6 * mm),
            para(self.t("summary_figures"), H2),
            tiles(items),
            Spacer(1, 4 * mm),
            figure_table(
                [self.t("metric"), self.t("amount")],
                earned,
                [WIDTH - 45 * mm, 45 * mm],
                total_rows=1,
            ),
            PageBreak(),
        ]

    def _people_table(self, table: PeopleTable, first_heading: str, width: float) -> Table:
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

    def flow(self) -> list[Flowable]:
        p = self.r.figures.participants
        stages = [
            [self.t("flow_referred"), self.n(p.referred)],
            [self.t("flow_counted"), self.n(p.counted)],
            [self.t("flow_active"), self.n(p.active)],
            [self.t("flow_exited"), self.n(p.exited)],
        ]
        half = (WIDTH - 6 * mm) / 2
        out: list[Flowable] = [
            self.section(2, "sec_flow"),
            para(self.t("flow_intro")),
            Spacer(1, 3 * mm),
            figure_table(
                [self.t("flow_stage"), self.t("participants")], stages, [WIDTH - 40 * mm, 40 * mm]
            ),
        ]
        left: list[Flowable] = [para(self.t("exit_reasons"), H2_TIGHT)]
        left.append(
            self._people_table(self.r.exit_reasons, self.t("reason"), half)
            if self.r.exit_reasons.codes
            else para("-")
        )
        right: list[Flowable] = [
            para(self.t("referral_sources"), H2_TIGHT),
            self._people_table(self.r.referral_sources, self.t("source"), half),
        ]
        out += [Spacer(1, 3 * mm), side_by_side(_stack(left), _stack(right))]
        out += self.note_if_hidden(self.r.exit_reasons, self.r.referral_sources)
        return out

    def outcomes(self) -> list[Flowable]:
        f, j = self.r.figures, self.r.figures_json
        names = self.r.metric_names
        rows: list[list[Any]] = []
        capped = False
        for m in j["metrics"]:
            count = m.get("paid_weeks", m.get("achieved"))
            unit = "weeks_short" if "paid_weeks" in m else "achieved_short"
            capped |= m["amount"] != m["amount_uncapped"]
            rows.append(
                [
                    two_lines(names.get(m["id"], m["id"]), self.t(f"kind_{m['kind']}")),
                    self.n(m["qualifying_weeks"]) if "qualifying_weeks" in m else "-",
                    f"{self.n(count)} {self.t(unit)}",
                    self.money(m["amount"]),
                    self.money(m["amount_uncapped"]),
                ]
            )
        rows.append([self.t("total_amount"), "", "", self.money(f.total_amount), ""])
        out: list[Flowable] = [
            self.section(3, "sec_outcomes"),
            figure_table(
                [
                    self.t("metric"),
                    self.t("qualifying_weeks"),
                    f"{self.t('paid_weeks')} / {self.t('achieved').lower()}",
                    self.t("amount"),
                    self.t("amount_uncapped"),
                ],
                rows,
                [WIDTH - 2 * 24 * mm - 2 * 34 * mm, 24 * mm, 24 * mm, 34 * mm, 34 * mm],
                total_rows=1,
            ),
        ]
        if capped:
            out += [Spacer(1, 2), para(self.t("capped_note"), SMALL)]
        extra = [
            [self.t("repayment_ratio"), self.pct(j["repayment_ratio"])],
            [self.t("gross_saving"), self.money(j["gross_saving"])],
        ]
        out += [
            Spacer(1, 3 * mm),
            figure_table([self.t("figure"), self.t("value")], extra, [WIDTH - 45 * mm, 45 * mm]),
        ]
        out += self._quarters()
        return out

    def _quarters(self) -> list[Flowable]:
        j = self.r.figures_json
        names = self.r.metric_names
        quarters = sorted({q["quarter"] for m in j["metrics"] for q in m["by_quarter"]})
        out: list[Flowable] = [CondPageBreak(60 * mm), para(self.t("by_quarter"), H2)]
        if not quarters:
            return [*out, para(self.t("no_payments"))]
        index = {m["id"]: {q["quarter"]: q for q in m["by_quarter"]} for m in j["metrics"]}
        # Amounts without the currency sign (it is in the heading) so they fit on one line.
        unit_amount = f"{self.t('amount')} ({fmt.money(0, self.cur, self.lang).split()[-1]})"
        if self.lang != "da":
            unit_amount = f"{self.t('amount')} ({self.cur})"
        groups = [("", 1)] + [(names.get(m["id"], m["id"]), 2) for m in j["metrics"]] + [("", 1)]
        header = [self.t("quarter")]
        for m in j["metrics"]:
            unit = "paid_weeks" if m["kind"] == "weekly_activity" else "achieved"
            header += [self.t(unit), unit_amount]
        header.append(f"{self.t('total')} ({self.cur})")
        rows = []
        for q in quarters:
            row = [fmt.quarter(q, self.lang)]
            total = Decimal(0)
            for m in j["metrics"]:
                entry = index[m["id"]].get(q)
                if entry is None:
                    row += ["", ""]
                    continue
                row += [
                    self.n(entry.get("paid_weeks", entry.get("achieved"))),
                    self.n(entry["amount"], 2),
                ]
                total += Decimal(str(entry["amount"]))
            row.append(self.n(total, 2))
            rows.append(row)
        rows.append(
            [self.t("total")]
            + [x for m in j["metrics"] for x in ("", self.n(m["amount"], 2))]
            + [self.n(j["total_amount"], 2)]
        )
        if len(j["metrics"]) <= 2:
            n = len(j["metrics"])
            first, count_w, last = 21 * mm, 17 * mm, 28 * mm
            amount_w = (WIDTH - first - last - n * count_w) / max(n, 1)
            widths = [first, *([count_w, amount_w] * n), last]
            out.append(figure_table(header, rows, widths, total_rows=1, groups=groups))
        else:
            out.append(self._quarters_per_metric(quarters, index, rows, unit_amount))
        out += [Spacer(1, 2), para(self.t("quarter_counts_note"), SMALL)]
        out += self._charts(quarters)
        return out

    def _quarters_per_metric(
        self,
        quarters: list[str],
        index: dict[str, dict[str, Any]],
        wide_rows: list[list[str]],
        unit_amount: str,
    ) -> Table:
        """Past two metrics one wide table has no room for long amounts: a small table per
        metric, two abreast, and one with each quarter's total."""
        j = self.r.figures_json
        names = self.r.metric_names
        half = (WIDTH - 6 * mm) / 2
        widths = [24 * mm, 22 * mm, half - 46 * mm]
        tables: list[Flowable] = []
        for m in j["metrics"]:
            unit = "paid_weeks" if m["kind"] == "weekly_activity" else "achieved"
            rows = []
            for q in quarters:
                entry = index[m["id"]].get(q)
                count = (
                    "" if entry is None else self.n(entry.get("paid_weeks", entry.get("achieved")))
                )
                amount = "" if entry is None else self.n(entry["amount"], 2)
                rows.append([fmt.quarter(q, self.lang), count, amount])
            rows.append([self.t("total"), "", self.n(m["amount"], 2)])
            tables.append(
                figure_table(
                    [self.t("quarter"), self.t(unit), unit_amount],
                    rows,
                    widths,
                    total_rows=1,
                    groups=[(names.get(m["id"], m["id"]), 3)],
                )
            )
        totals = [[row[0], row[-1]] for row in wide_rows]
        tables.append(
            figure_table(
                [self.t("quarter"), f"{self.t('total')} ({self.cur})"],
                totals,
                [24 * mm, half - 24 * mm],
                total_rows=1,
                groups=[(self.t("total_amount"), 2)],
            )
        )
        grid = [
            [tables[i], "", tables[i + 1] if i + 1 < len(tables) else ""]
            for i in range(0, len(tables), 2)
        ]
        table = Table(grid, colWidths=[half, 6 * mm, half])
        table.setStyle(
            TS(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4 * mm),
                ]
            )
        )
        return table

    def _charts(self, quarters: list[str]) -> list[Flowable]:
        j = self.r.figures_json
        names = self.r.metric_names
        series = [
            charts.Series(
                names.get(m["id"], m["id"]),
                tuple(
                    float(next((q["amount"] for q in m["by_quarter"] if q["quarter"] == k), 0))
                    for k in quarters
                ),
            )
            for m in j["metrics"]
        ]
        biggest = max((sum(s.values[i] for s in series) for i in range(len(quarters))), default=0)
        # Chart labels in thousands or millions, so a dozen bars keep readable labels.
        if biggest >= 10_000_000:
            divisor, unit = 1_000_000, self.t("chart_currency_millions")
        elif biggest >= 10_000:
            divisor, unit = 1_000, self.t("chart_currency_thousands")
        else:
            divisor, unit = 1, self.cur

        def amount_label(v: float) -> str:
            scaled = v / divisor
            return self.n(scaled, 1) if divisor > 1 and scaled < 100 else self.n(scaled)

        def axis_label(v: float) -> str:
            scaled = v / divisor
            return self.n(scaled) if scaled == int(scaled) else self.n(scaled, 1)

        labels_q = [fmt.short_quarter(q, self.lang) for q in quarters]
        earnings = charts.stacked_bars(
            labels_q, series, WIDTH, 72 * mm, amount_label, axis_label, unit
        )
        curve = self.r.curve
        success = charts.lines_chart(
            [fmt.short_quarter(p.quarter, self.lang) for p in curve],
            [
                charts.Curve(
                    self.t("line_actual"),
                    tuple(float(p.successes) for p in curve),
                    "solid",
                    self.n(curve[-1].successes) if curve else "",
                ),
                charts.Curve(
                    self.t("line_plan"),
                    tuple(p.plan for p in curve),
                    "dashed",
                    self.n(curve[-1].plan, 1) if curve else "",
                ),
                charts.Curve(
                    self.t("line_baseline"),
                    tuple(p.baseline for p in curve),
                    "dotted",
                    self.n(curve[-1].baseline, 1) if curve else "",
                ),
            ],
            WIDTH,
            70 * mm,
            lambda v: self.n(v) if v == int(v) else self.n(v, 1),
        )
        return [
            KeepTogether([para(self.t("chart_earnings"), H2), earnings]),
            KeepTogether([para(self.t("chart_successes"), H2), success]),
        ]

    def housing(self) -> list[Flowable]:
        f = self.r.figures
        h, counted = f.housing, f.participants.counted
        rows = [
            [self.t("housed_now"), self.n(h.housed_now)],
            [self.t("eligible_12m"), self.n(h.eligible_12m)],
            [self.t("retained_12m"), self.n(h.retained_12m)],
            [
                self.t("kf_retention"),
                self.pct(_share(h.retained_12m, h.eligible_12m)) if h.eligible_12m else "-",
            ],
            [self.t("shelter_free"), self.n(h.shelter_free_last_365d)],
            [self.t("shelter_used"), self.n(counted - h.shelter_free_last_365d)],
            [self.t("shelter_nights"), self.n(self.r.shelter_nights)],
        ]
        return [
            self.section(4, "sec_housing"),
            para(self.t("housing_intro")),
            Spacer(1, 3 * mm),
            self._people_table(self.r.housing, self.t("situation"), WIDTH),
            *self.note_if_hidden(self.r.housing),
            para(self.t("retention_title"), H2),
            figure_table(
                [self.t("figure"), self.t("participants")], rows, [WIDTH - 35 * mm, 35 * mm]
            ),
        ]

    def work(self) -> list[Flowable]:
        r = self.r
        rows = [
            [
                labels.code_label("activity", a.code, self.lang),
                fmt.count(a.ever, self.lang),
                fmt.count(a.now, self.lang),
                self.n(a.weeks),
                "-" if a.avg_hours_now is None else self.n(a.avg_hours_now, 1),
            ]
            for a in r.activities
        ]
        out: list[Flowable] = [
            CondPageBreak(90 * mm),
            self.section(5, "sec_work"),
            para(self.t("work_intro")),
            Spacer(1, 3 * mm),
            figure_table(
                [
                    self.t("activity_type"),
                    self.t("ever"),
                    self.t("current"),
                    self.t("weeks_total"),
                    self.t("avg_hours"),
                ],
                rows or [["-", "", "", "", ""]],
                [WIDTH - 4 * 30 * mm, 30 * mm, 30 * mm, 30 * mm, 30 * mm],
            ),
        ]
        if any(a.ever is None or a.now is None for a in r.activities):
            out += [Spacer(1, 2), para(self.t("suppressed_note"), SMALL)]
        sustained = [
            [
                m.name,
                self.n(next(x for x in r.figures_json["metrics"] if x["id"] == m.id)["achieved"]),
                self.money(r.figures.metric(m.id).amount),
            ]
            for m in r.contract.metrics
            if isinstance(m, ActivitySustainedMetric)
        ]
        sustained.insert(0, [self.t("kf_activity_now"), self.n(r.figures.in_activity_now), ""])
        out += [
            para(self.t("sustained_title"), H2),
            figure_table(
                [self.t("metric"), self.t("participants"), self.t("amount")],
                sustained,
                [WIDTH - 70 * mm, 30 * mm, 40 * mm],
            ),
        ]
        return out

    def support(self) -> list[Flowable]:
        r, c = self.r, self.r.contacts
        srows = [
            [
                labels.code_label("support", s.code, self.lang),
                fmt.count(s.ever, self.lang),
                fmt.count(s.now, self.lang),
                self.n(s.hours),
            ]
            for s in r.supports
        ]
        half = (WIDTH - 6 * mm) / 2

        def volume(group: str, data: dict[Any, tuple[int, int]], heading: str, w: float) -> Table:
            order = [code for code, _ in labels.code_choices(group, self.lang)]
            keys = [k for k in order if k in data] + [k for k in data if k not in order]
            rows = [
                [self.label(group, k), self.n(data[k][0]), self.n(data[k][1])]
                for k in keys
                if data[k][0]
            ]
            return figure_table(
                [heading, self.t("contacts_all"), self.t("contacts_recent")],
                rows or [["-", "", ""]],
                [w - 44 * mm, 22 * mm, 22 * mm],
            )

        totals = [
            [self.t("contacts_total"), self.n(c.total), self.n(c.recent)],
            [self.t("contact_hours"), self.n(c.minutes / 60), ""],
        ]
        out: list[Flowable] = [
            self.section(6, "sec_support"),
            figure_table(
                [
                    self.t("support_type"),
                    self.t("support_ever"),
                    self.t("support_now"),
                    self.t("support_hours"),
                ],
                srows or [["-", "", "", ""]],
                [WIDTH - 3 * 32 * mm, 32 * mm, 32 * mm, 32 * mm],
            ),
        ]
        if any(s.ever is None or s.now is None for s in r.supports):
            out += [Spacer(1, 2), para(self.t("suppressed_note"), SMALL)]
        out += [
            para(self.t("contacts_title"), H2),
            para(self.t("contacts_intro")),
            Spacer(1, 3 * mm),
            figure_table(
                [self.t("figure"), self.t("contacts_all"), self.t("contacts_recent")],
                totals,
                [WIDTH - 60 * mm, 30 * mm, 30 * mm],
            ),
            Spacer(1, 4 * mm),
            side_by_side(
                volume("contact_mode", c.by_mode, self.t("by_mode"), half),
                volume("contact_location", c.by_location, self.t("by_location"), half),
            ),
            Spacer(1, 4 * mm),
            side_by_side(
                volume("contact_topic", dict(c.by_topic), self.t("by_topic"), half),
                para(self.t("topic_note"), SMALL),
            ),
        ]
        return out

    def quality(self) -> list[Flowable]:
        r = self.r
        rows = [
            [
                finding_label(q.kind, self.lang),
                fmt.count(q.count, self.lang),
                "" if q.amount is None else self.money(q.amount),
            ]
            for q in r.quality
        ]
        out: list[Flowable] = [
            CondPageBreak(80 * mm),
            self.section(7, "sec_quality"),
            para(self.t("quality_intro")),
            Spacer(1, 3 * mm),
            figure_table(
                [self.t("finding"), self.t("findings"), self.t("at_stake")],
                rows,
                [WIDTH - 65 * mm, 25 * mm, 40 * mm],
            ),
        ]
        notes = []
        if r.quality_at_stake > 0:
            notes.append(self.t("at_stake_note", amount=self.money(r.quality_at_stake)))
        if any(q.count is None for q in r.quality):
            notes.append(self.t("suppressed_note"))
        out += [para(n, SMALL) for n in notes]
        return out

    def method(self) -> list[Flowable]:
        r, c = self.r, self.r.contract
        names = r.metric_names
        success_metric = c.success_metric
        rule = (
            self.t(
                "success_rule_text",
                weeks=self.n(c.success.min_weeks),
                metric=names[c.success.metric],
            )
            if isinstance(success_metric, WeeklyActivityMetric)
            else self.t("success_rule_once", metric=names[c.success.metric])
        )
        terms = [
            [self.t("currency"), c.currency],
            [self.t("payment_end"), self.day(c.payment_end)],
            [self.t("target_participants"), self.n(c.target_participants)],
            [self.t("target_rate"), self.pct(c.target_rate)],
            [self.t("baseline_rate"), self.pct(c.baseline_rate)],
            [self.t("investment"), self.money(c.investment)],
            [self.t("avoided_cost"), self.money(c.avoided_cost_per_week)],
            [
                self.t("stable_housing"),
                ", ".join(labels.code_label("housing", h, self.lang) for h in c.stable_housing),
            ],
            [self.t("success_rule"), rule],
        ]
        out: list[Flowable] = [
            PageBreak(),
            self.section(8, "sec_method"),
            para(self.t("method_intro")),
            para(self.t("contract_terms"), H2),
            figure_table(
                [self.t("term"), self.t("value")],
                terms,
                [70 * mm, WIDTH - 70 * mm],
                left_columns=2,
            ),
        ]
        for m in c.metrics:
            out.append(
                KeepTogether(
                    [
                        para(f"{self.t('metric_terms')}: {m.name}", H2),
                        figure_table(
                            [self.t("term"), self.t("value")],
                            self._metric_terms(m),
                            [70 * mm, WIDTH - 70 * mm],
                            left_columns=2,
                        ),
                    ]
                )
            )
        rules = [
            self.t("rule_counted"),
            self.t("rule_weeks"),
            self.t("rule_quarters"),
            self.t("rule_caps"),
            self.t("rule_plan", start=self.day(r.period.start), end=self.day(r.period.end)),
            self.t("rule_suppression"),
            self.t("rule_fingerprint"),
        ]
        out.append(para(self.t("rules_title"), H2))
        out += bullets(rules)
        out += [
            para(self.t("fingerprint"), H2),
            figure_table(
                [self.t("figure"), self.t("value")],
                [
                    [self.t("as_of"), self.day(r.as_of)],
                    [self.t("program"), f"caseapp {r.program_version}"],
                ],
                [70 * mm, WIDTH - 70 * mm],
                left_columns=2,
            ),
            Spacer(1, 2 * mm),
            para(r.fingerprint, MONO),
            Spacer(1, 2 * mm),
            para(self.t("reproduce", project=r.project_key, as_of=r.as_of.isoformat()), SMALL),
        ]
        return out

    def _metric_terms(self, m: Any) -> list[list[str]]:
        yes_no = {True: self.t("yes"), False: self.t("no")}

        def maybe(value: Any, render: Any) -> str:
            return self.t("none") if value is None else render(value)

        rows = [[self.t("kind"), self.t(f"kind_{m.kind}")]]
        if isinstance(m, WeeklyActivityMetric):
            tariffs = "; ".join(
                f"{labels.code_label('activity', k, self.lang)} {self.money(v)}"
                for k, v in m.tariffs.items()
            )
            rows += [
                [self.t("tariffs"), tariffs],
                [self.t("min_hours"), self.n(m.min_hours_per_week, 1)],
                [self.t("require_verified"), yes_no[m.require_verified]],
                [self.t("window_weeks"), maybe(m.window_weeks, self.n)],
                [self.t("cap_weeks"), maybe(m.cap_weeks_per_participant, self.n)],
                [self.t("cap_amount"), maybe(m.cap_amount_total, self.money)],
            ]
        elif isinstance(m, ActivitySustainedMetric):
            rows += [
                [
                    self.t("activity_types"),
                    ", ".join(
                        labels.code_label("activity", k, self.lang) for k in m.activity_types
                    ),
                ],
                [self.t("min_consecutive"), self.n(m.min_consecutive_weeks)],
                [self.t("min_hours"), self.n(m.min_hours_per_week, 1)],
                [self.t("require_verified"), yes_no[m.require_verified]],
                [self.t("window_weeks"), maybe(m.window_weeks, self.n)],
                [self.t("one_off_amount"), self.money(m.amount)],
            ]
        elif isinstance(m, HousingSustainedMetric):
            rows += [
                [
                    self.t("housing_types"),
                    ", ".join(labels.code_label("housing", k, self.lang) for k in m.housing_types),
                ],
                [self.t("min_days"), self.n(m.min_days)],
                [self.t("window_weeks"), maybe(m.window_weeks, self.n)],
                [self.t("one_off_amount"), self.money(m.amount)],
            ]
        return rows

    def story(self) -> list[Flowable]:
        return [
            *self.cover(),
            *self.summary(),
            *self.flow(),
            *self.outcomes(),
            PageBreak(),
            *self.housing(),
            *self.work(),
            PageBreak(),
            *self.support(),
            *self.quality(),
            *self.method(),
        ]


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _stack(items: list[Flowable]) -> Table:
    table = Table([[i] for i in items])
    table.setStyle(
        TS(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def write_council_pdf(report: CouncilReport, lang: str, out: Path | IO[bytes]) -> None:
    """Write the report as a PDF to a path or a binary file object."""
    w = _Writer(report, lang)
    title = text("council_title", lang)
    decorate = running_heads(
        f"{title} · {report.project_name}",
        f"{text('as_of', lang)} {fmt.long_date(report.as_of, lang)}",
        f"caseapp {report.program_version} · {text('fingerprint', lang).split(' ')[0]} "
        f"{report.fingerprint[:12]}",
        lambda page, pages: text("page_of", lang, page=page, pages=pages),
    )
    build_pdf(
        out,
        w.story(),
        decorate,
        title=f"{title} - {report.project_key} - {report.as_of.isoformat()}",
        author="caseapp",
        subject=report.project_name,
    )
