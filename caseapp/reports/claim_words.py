"""The words of the payment claim, in Danish (first) and English."""

from __future__ import annotations

from typing import Any

_TEXT: dict[str, tuple[str, str]] = {
    "title": ("Betalingskrav", "Payment claim"),
    "confidential": (
        "FORTROLIGT - kun til betaleren. Indeholder tal pr. deltager (under pseudonym).",
        "CONFIDENTIAL - for the payer only. Holds figures per participant (under pseudonym).",
    ),
    "intro": (
        "Krav for {quarter} ({first} - {last}) for {project}: pr. deltager (pseudonym) og mål "
        "de uger og beløb, der kræves betalt i kvartalet, med de forløb og den dokumentation, "
        "de bygger på. Beløb pr. deltager er før det samlede loft; kravet pr. mål er efter.",
        "Claim for {quarter} ({first} - {last}) for {project}: per participant (pseudonym) and "
        "metric, the weeks and amounts claimed in the quarter, with the spells and evidence "
        "they rest on. Amounts per participant are before the total cap; the claim per metric "
        "is after it.",
    ),
    "pseudonym": ("Pseudonym", "Pseudonym"),
    "metric": ("Mål", "Metric"),
    "weeks": ("Uger", "Weeks"),
    "achieved_on": ("Opnået", "Achieved on"),
    "amount": ("Beløb", "Amount"),
    "evidence": ("Forløb og dokumentation", "Spells and evidence"),
    "verified": ("dokumenteret", "verified"),
    "not_verified": ("ikke dokumenteret", "not verified"),
    "open": ("løbende", "ongoing"),
    "lines_total": ("Sum af linjerne", "Sum of the lines"),
    "claimed": ("Krævet (efter samlet loft)", "Claimed (after the total cap)"),
    "total": ("Krav i alt", "Total claimed"),
    "nothing": ("Intet at kræve for dette mål i kvartalet.", "Nothing to claim for this metric."),
    "made": ("Udarbejdet {at} af {by}", "Made {at} by {by}"),
    "page": ("Side {page} af {pages}", "Page {page} of {pages}"),
}


def text(key: str, lang: str, **values: Any) -> str:
    da, en = _TEXT[key]
    words = da if lang == "da" else en
    return words.format(**values) if values else words
