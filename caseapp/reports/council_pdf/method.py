"""Section 9, method: the contract's terms, each metric's terms, the counting rules and the
fingerprint that lets anyone reproduce the figures."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer

from caseapp.domain import labels
from caseapp.outcomes import ActivitySustainedMetric, HousingSustainedMetric, WeeklyActivityMetric
from caseapp.reports.council_pdf.writer import Writer
from caseapp.reports.pdf_layout import H2, MONO, SMALL, WIDTH, bullets, figure_table, para


def method(w: Writer) -> list[Flowable]:
    r, c = w.r, w.r.contract
    names = r.metric_names
    success_metric = c.success_metric
    rule = (
        w.t(
            "success_rule_text",
            weeks=w.n(c.success.min_weeks),
            metric=names[c.success.metric],
        )
        if isinstance(success_metric, WeeklyActivityMetric)
        else w.t("success_rule_once", metric=names[c.success.metric])
    )
    terms = [
        [w.t("currency"), c.currency],
        [w.t("payment_end"), w.day(c.payment_end)],
        [w.t("target_participants"), w.n(c.target_participants)],
        [w.t("target_rate"), w.pct(c.target_rate)],
        [w.t("baseline_rate"), w.pct(c.baseline_rate)],
        [w.t("investment"), w.money(c.investment)],
        [w.t("avoided_cost"), w.money(c.avoided_cost_per_week)],
        [
            w.t("stable_housing"),
            ", ".join(labels.code_label("housing", h, w.lang) for h in c.stable_housing),
        ],
        [w.t("success_rule"), rule],
    ]
    out: list[Flowable] = [
        PageBreak(),
        w.section(9, "sec_method"),
        para(w.t("method_intro")),
        para(w.t("contract_terms"), H2),
        figure_table(
            [w.t("term"), w.t("value")],
            terms,
            [70 * mm, WIDTH - 70 * mm],
            left_columns=2,
        ),
    ]
    for m in c.metrics:
        out.append(
            KeepTogether(
                [
                    para(f"{w.t('metric_terms')}: {m.name}", H2),
                    figure_table(
                        [w.t("term"), w.t("value")],
                        _metric_terms(w, m),
                        [70 * mm, WIDTH - 70 * mm],
                        left_columns=2,
                    ),
                ]
            )
        )
    rules = [
        w.t("rule_counted"),
        w.t("rule_weeks"),
        w.t("rule_quarters"),
        w.t("rule_caps"),
        w.t("rule_plan", start=w.day(r.period.start), end=w.day(r.period.end)),
        w.t("rule_suppression"),
        w.t("rule_fingerprint"),
    ]
    out.append(para(w.t("rules_title"), H2))
    out += bullets(rules)
    out += [
        para(w.t("fingerprint"), H2),
        figure_table(
            [w.t("figure"), w.t("value")],
            [
                [w.t("as_of"), w.day(r.as_of)],
                [w.t("program"), f"caseapp {r.program_version}"],
                [w.t("audit_head"), r.audit_head],
            ],
            [70 * mm, WIDTH - 70 * mm],
            left_columns=2,
        ),
        Spacer(1, 2 * mm),
        para(r.fingerprint, MONO),
        Spacer(1, 2 * mm),
        para(w.t("reproduce", project=r.project_key, as_of=r.as_of.isoformat()), SMALL),
    ]
    return out


def _metric_terms(w: Writer, m: Any) -> list[list[str]]:
    yes_no = {True: w.t("yes"), False: w.t("no")}

    def maybe(value: Any, render: Any) -> str:
        return w.t("none") if value is None else render(value)

    rows = [[w.t("kind"), w.t(f"kind_{m.kind}")]]
    if isinstance(m, WeeklyActivityMetric):
        tariffs = "; ".join(
            f"{labels.code_label('activity', k, w.lang)} {w.money(v)}" for k, v in m.tariffs.items()
        )
        rows += [
            [w.t("tariffs"), tariffs],
            [w.t("min_hours"), w.n(m.min_hours_per_week, 1)],
            [w.t("require_verified"), yes_no[m.require_verified]],
            [w.t("window_weeks"), maybe(m.window_weeks, w.n)],
            [w.t("cap_weeks"), maybe(m.cap_weeks_per_participant, w.n)],
            [w.t("cap_amount"), maybe(m.cap_amount_total, w.money)],
        ]
    elif isinstance(m, ActivitySustainedMetric):
        rows += [
            [
                w.t("activity_types"),
                ", ".join(labels.code_label("activity", k, w.lang) for k in m.activity_types),
            ],
            [w.t("min_consecutive"), w.n(m.min_consecutive_weeks)],
            [w.t("min_hours"), w.n(m.min_hours_per_week, 1)],
            [w.t("require_verified"), yes_no[m.require_verified]],
            [w.t("window_weeks"), maybe(m.window_weeks, w.n)],
            [w.t("one_off_amount"), w.money(m.amount)],
        ]
    elif isinstance(m, HousingSustainedMetric):
        rows += [
            [
                w.t("housing_types"),
                ", ".join(labels.code_label("housing", k, w.lang) for k in m.housing_types),
            ],
            [w.t("min_days"), w.n(m.min_days)],
            [w.t("window_weeks"), maybe(m.window_weeks, w.n)],
            [w.t("one_off_amount"), w.money(m.amount)],
        ]
    return rows
