"""Section 8, changed since the last delivered report: each figure of that report that reads
otherwise when made again from today's records, old and new, and why."""

from __future__ import annotations

from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from caseapp.reports import locale_format as fmt
from caseapp.reports.council_pdf.quarter_charts import period_text
from caseapp.reports.council_pdf.writer import Writer
from caseapp.reports.pdf_layout import SMALL, WIDTH, figure_table, para
from caseapp.reports.restatement import Printed
from caseapp.reports.wording import finding_label

_PLAIN = {
    "referred": "flow_referred",
    "counted": "flow_counted",
    "active": "flow_active",
    "exited": "flow_exited",
    "succeeded": "line_actual",
    "in_activity_now": "kf_activity_now",
    "housed_now": "housed_now",
    "eligible_12m": "eligible_12m",
    "retained_12m": "retained_12m",
    "shelter_free": "shelter_free",
    "shelter_used": "shelter_used",
    "shelter_nights": "shelter_nights",
    "total_amount": "total_amount",
    "gross_saving": "gross_saving",
}
_COLUMNS = {
    "activity_ever": ("activity", "ever"),
    "activity_now": ("activity", "current"),
    "activity_weeks": ("activity", "weeks_total"),
    "support_ever": ("support", "support_ever"),
    "support_now": ("support", "support_now"),
    "support_hours": ("support", "support_hours"),
    "exit": ("exit_reason", "exit_reasons"),
    "source": ("referral_source", "referral_sources"),
}
_CONTACT_TOTALS = {
    "total": "contacts_total",
    "recent": "contacts_recent",
    "minutes": "contact_hours",
}
_CONTACT_GROUPS = {"mode": "contact_mode", "location": "contact_location", "topic": "contact_topic"}
_WEEKS = {"weeks": "paid_weeks", "achieved": "achieved", "amount": "amount"}


def figure_label(w: Writer, key: str) -> str:
    """What a figure of the report is called, from its disclosure key."""
    if key in _PLAIN:
        return w.t(_PLAIN[key])
    parts = key.split(":")
    names = w.r.metric_names
    if parts[0] in _COLUMNS:
        group, column = _COLUMNS[parts[0]]
        code = None if parts[1] == "-" else parts[1]
        return f"{w.t(column)}: {w.label(group, code)}"
    if parts[0] == "contacts" and len(parts) == 2:
        return w.t(_CONTACT_TOTALS[parts[1]])
    if parts[0] == "contacts":
        which = w.t("contacts_all" if parts[3] == "all" else "contacts_recent")
        code = None if parts[2] == "-" else parts[2]
        label = w.label(_CONTACT_GROUPS[parts[1]], code)
        return f"{w.t('contacts_title')}: {label} ({which.lower()})"
    if parts[0] == "housing":
        return f"{w.t('sec_housing')}, {w.t(parts[1]).lower()}: {w.t(parts[2])}"
    if parts[0] == "quality":
        return finding_label(parts[1], w.lang)
    if parts[0] == "curve":
        return f"{w.t('line_actual')}, {fmt.quarter(parts[1], w.lang)}"
    if parts[0] == "metric":
        return f"{names.get(parts[1], parts[1])}: {w.t(parts[2])}"
    if parts[0] == "quarter" and parts[-1] == "total":
        return f"{w.t('total_amount')}, {period_text(tuple(parts[1].split('-')), w.lang)}"
    if parts[0] == "quarter":
        period = period_text(tuple(parts[2].split("-")), w.lang)
        return f"{names.get(parts[1], parts[1])}, {period}: {w.t(_WEEKS[parts[3]])}"
    return key


def _value(w: Writer, key: str, value: Printed) -> str:
    if isinstance(value, str):
        return value
    if key == "contacts:minutes":
        return w.n(Decimal(value) / 60, 1)
    if key.startswith("contacts:"):
        return w.n(value)
    money = key.endswith(("amount", "amount_uncapped", ":total")) or key in (
        "total_amount",
        "gross_saving",
    )
    return w.money(Decimal(value) / 100) if money else w.n(value)


def restated(w: Writer) -> list[Flowable]:
    r = w.r.restatement
    out: list[Flowable] = [w.section(8, "sec_restated")]
    if r is None:
        return [*out, para(w.t("restated_none"))]
    d = r.delivered
    out.append(
        para(
            w.t(
                "restated_intro",
                as_of=w.day(d.as_of),
                delivered=w.day(d.delivered_at.date()),
                records=w.n(r.late_records),
            )
        )
    )
    out.append(Spacer(1, 3 * mm))
    if not r.changed:
        out.append(para(w.t("restated_nothing")))
    else:
        rows = [
            [figure_label(w, c.key), _value(w, c.key, c.old), _value(w, c.key, c.new)]
            for c in r.changed
        ]
        out.append(
            figure_table(
                [w.t("figure"), w.t("restated_old"), w.t("restated_new")],
                rows,
                [WIDTH - 2 * 38 * mm, 38 * mm, 38 * mm],
            )
        )
    out += [
        Spacer(1, 2),
        para(
            w.t("restated_prints", old=d.fingerprint[:12], new=r.fingerprint_now[:12]),
            SMALL,
        ),
    ]
    return out
