"""The council report's first page as simple HTML, for a preview where PDF pages cannot be shown
as images. The same model, words and number formats as the PDF; text from data is escaped."""

from __future__ import annotations

from html import escape

from caseapp.domain import formatting as fmt
from caseapp.reports.council_model import CouncilReport
from caseapp.reports.wording import finding_label, text


def summary_html(r: CouncilReport, lang: str) -> str:
    t = lambda key, **kw: escape(text(key, lang, **kw))  # noqa: E731
    cur = r.contract.currency
    f, j, v = r.figures, r.figures_json, r.verdict
    p, h = f.participants, f.housing
    verdict = t(
        f"verdict_{v.code}",
        succeeded=fmt.number(v.succeeded, lang),
        expected=fmt.number(v.expected, lang, 1),
        target=fmt.number(v.target, lang),
    )
    rows = [
        (text("kf_counted", lang), fmt.number(p.counted, lang)),
        (text("kf_success", lang), fmt.percent(j["success"]["rate"], lang)),
        (text("kf_activity_now", lang), fmt.number(f.in_activity_now, lang)),
        (text("kf_housed_now", lang), fmt.number(h.housed_now, lang)),
        (text("retained_12m", lang), f"{h.retained_12m} / {h.eligible_12m}"),
        (text("kf_earned", lang), fmt.money(f.total_amount, cur, lang)),
        (text("repayment_ratio", lang), fmt.percent(j["repayment_ratio"], lang)),
    ]
    rows += [(r.metric_names.get(m.id, m.id), fmt.money(m.amount, cur, lang)) for m in f.metrics]
    quality = [
        (finding_label(q.kind, lang), fmt.count(q.count, lang)) for q in r.quality if q.count != 0
    ]

    def table(items: list[tuple[str, str]]) -> str:
        cells = "".join(
            f"<tr><td>{escape(a)}</td><td align='right'>&nbsp;&nbsp;{escape(b)}</td></tr>"
            for a, b in items
        )
        return f"<table cellspacing='0' cellpadding='3'>{cells}</table>"

    return (
        f"<h2>{t('council_title')}</h2>"
        f"<p><b>{escape(r.project_name)}</b> ({escape(r.project_key)}) &middot; "
        f"{t('as_of')} {escape(fmt.long_date(r.as_of, lang))}</p>"
        f"<p style='background:#f5f6f8; padding:6px'>{verdict}</p>"
        f"<h3>{t('summary_figures')}</h3>{table(rows)}"
        f"<h3>{t('sec_quality')}</h3>"
        f"{table(quality) if quality else t('quality_none')}"
        f"<p><small>{t('fingerprint')}: <code>{escape(r.fingerprint)}</code></small></p>"
    )
