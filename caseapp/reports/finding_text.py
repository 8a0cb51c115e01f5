"""One line saying what a data-quality finding is about, in Danish or English; names no one."""

from __future__ import annotations

from datetime import date

from caseapp.domain import formatting as fmt
from caseapp.domain import labels
from caseapp.services.data_quality import Finding

_LINES: dict[str, tuple[str, str]] = {
    "unverified_earning": (
        "{code} fra {start} uden dokumentation; ville give {amount} i {project}",
        "{code} from {start} without evidence; would earn {amount} in {project}",
    ),
    "housing_overlap": (
        "overlapper et andet boligforhold fra {start} ({days} dage)",
        "overlaps another housing spell from {start} ({days} days)",
    ),
    "housing_overlap_open": (
        "overlapper et andet åbent boligforhold fra {start}",
        "overlaps another open housing spell from {start}",
    ),
    "housing_gap": (
        "intet boligforhold {start} - {end} ({days} dage)",
        "no housing recorded {start} - {end} ({days} days)",
    ),
    "housing_gap_open": (
        "intet boligforhold registreret siden {start}",
        "no housing recorded since {start}",
    ),
    "housing_gap_none": (
        "intet boligforhold registreret på opgørelsesdagen",
        "no housing recorded for the day checked",
    ),
    "activity_overlap": (
        "{code} overlapper et andet forløb af samme type fra {start} ({days} dage)",
        "{code} overlaps another spell of the same type from {start} ({days} days)",
    ),
    "activity_overlap_open": (
        "{code} overlapper et andet åbent forløb af samme type fra {start}",
        "{code} overlaps another open spell of the same type from {start}",
    ),
    "no_consent": (
        "indskrevet i {project} den {start} uden samtykkedato",
        "enrolled in {project} on {start} without a consent date",
    ),
    "exit_no_reason": (
        "afsluttet i {project} den {start} uden årsag",
        "exited from {project} on {start} without a reason",
    ),
    "future_contact": (
        "kontakt dateret {start}, ude i fremtiden",
        "contact dated {start}, in the future",
    ),
    "not_seen": (
        "ikke set siden {start} ({days} dage)",
        "not seen since {start} ({days} days)",
    ),
}


def describe(f: Finding, lang: str) -> str:
    key = f.kind
    if f.kind in ("housing_overlap", "activity_overlap") and f.days is None:
        key += "_open"
    elif f.kind == "housing_gap" and f.end is None:
        key += "_open" if f.start is not None else "_none"
    da, en = _LINES[key]
    group = "contact_mode" if f.kind == "future_contact" else "activity"

    def day(value: date | None) -> str:
        return "-" if value is None else fmt.short_date(value, lang)

    return (da if lang == "da" else en).format(
        code=labels.code_label(group, f.code, lang) if f.code else "",
        start=day(f.start),
        end=day(f.end),
        days="-" if f.days is None else fmt.number(f.days, lang),
        amount=fmt.money(f.amount, "DKK", lang) if f.amount is not None else "-",
        project=f.project or "",
    )
