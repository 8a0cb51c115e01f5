"""How a report for a day still to come says so: the words of its title and of the banner on
every page or sheet. Such figures count open spells as running until that day, so they are a
forecast, never an account, and never delivered (`delivered_reports.require_deliverable`)."""

from __future__ import annotations

from datetime import date

FORECAST_TEXT: dict[str, tuple[str, str]] = {
    "forecast_word": ("PROGNOSE", "FORECAST"),
    "forecast_title": ("PROGNOSE: {title}", "FORECAST: {title}"),
    "forecast_banner": (
        "PROGNOSE, ikke en opgørelse: tallene gælder {day}, en dag der endnu ikke er kommet, og "
        "åbne forløb er regnet som løbende til da. Rapporten kan ikke afleveres.",
        "FORECAST, not an account: the figures are for {day}, a day still to come, and open "
        "spells are counted as running until then. This report cannot be delivered.",
    ),
}


def is_forecast(as_of: date, made_on: date) -> bool:
    """Figures for a day after the day they are made."""
    return as_of > made_on


def forecast_text(key: str, lang: str, **values: str) -> str:
    da, en = FORECAST_TEXT[key]
    return (da if lang == "da" else en).format(**values)
