"""Sheet names and column headings of the figures workbook, in Danish and English."""

from __future__ import annotations

_WORDS: dict[str, tuple[str, str]] = {
    "sheet_summary": ("Oversigt", "Summary"),
    "sheet_quarters": ("Kvartaler", "By quarter"),
    "sheet_participants": ("Deltagere", "Participants"),
    "sheet_weeks": ("Uger", "Weeks"),
    "figure": ("Tal", "Figure"),
    "value": ("Værdi", "Value"),
    "note": ("Bemærkning", "Note"),
    "weekly_in_csv": (
        "Ugeregnskabet er for stort til et ark og ligger i filen {file} ved siden af denne.",
        "The weekly ledger is too large for a sheet; it is in the file {file} beside this one.",
    ),
    "project": ("Projekt", "Project"),
    "project_name": ("Projektets navn", "Project name"),
    "as_of": ("Opgjort pr.", "As of"),
    "currency": ("Valuta", "Currency"),
    "referred": ("Henvist", "Referred"),
    "counted": ("Talt med", "Counted"),
    "active": ("Aktive", "Active"),
    "exited": ("Afsluttet", "Exited"),
    "success_metric": ("Succesmål", "Success metric"),
    "success_min_weeks": ("Mindst uger for succes", "Minimum weeks for success"),
    "succeeded": ("Succeser", "Successes"),
    "success_rate": ("Succesrate", "Success rate"),
    "target_rate": ("Mål for succesrate", "Target rate"),
    "target_count": ("Mål, antal", "Target count"),
    "baseline_rate": ("Basislinje, rate", "Baseline rate"),
    "baseline_count": ("Basislinje, antal", "Baseline count"),
    "in_activity_now": ("I job/uddannelse nu", "In work/education now"),
    "amount_of": ("Beløb: {metric}", "Amount: {metric}"),
    "total_amount": ("Optjent i alt", "Total earned"),
    "investment": ("Investering", "Investment"),
    "repayment_ratio": ("Andel af investeringen", "Repayment ratio"),
    "gross_saving": ("Anslået besparelse (brutto)", "Estimated gross saving"),
    "housed_now": ("I stabil bolig nu", "In stable housing now"),
    "eligible_12m": ("Kunne nå 12 mdr. i bolig", "Eligible for 12-month retention"),
    "retained_12m": ("Fastholdt bolig 12 mdr.", "Retained housing 12 months"),
    "shelter_free_last_365d": ("Uden herberg seneste 365 dage", "Shelter-free last 365 days"),
    "rules": ("Regler", "Rules"),
    "program": ("Program", "Program"),
    "fingerprint": ("Fingeraftryk (SHA-256)", "Fingerprint (SHA-256)"),
    "produced_by": ("Udarbejdet af", "Produced by"),
    "produced_at": ("Udarbejdet", "Produced at"),
    "metric": ("Mål-id", "Metric id"),
    "metric_name": ("Mål", "Metric"),
    "kind": ("Type", "Kind"),
    "quarter": ("Kvartal", "Quarter"),
    "paid_weeks": ("Betalte uger", "Paid weeks"),
    "achieved": ("Opnået", "Achieved"),
    "amount": ("Beløb", "Amount"),
    "pseudonym": ("Pseudonym", "Pseudonym"),
    "qualifying_weeks": ("Kvalificerende uger", "Qualifying weeks"),
    "achieved_on": ("Opnået den", "Achieved on"),
    "success": ("Succes", "Success"),
    "week": ("Uge", "Week"),
    "monday": ("Mandag", "Monday"),
    "qualified": ("Kvalificerer", "Qualified"),
    "reason": ("Årsag", "Reason"),
    "rule": ("Regel", "Rule"),
    # Codes written in the sheets, in the sheet's language.
    "kind_weekly_activity": ("Betaling pr. uge", "Paid per week"),
    "kind_activity_sustained": ("Fastholdt job/uddannelse", "Sustained work/education"),
    "kind_housing_sustained": ("Fastholdt bolig", "Sustained housing"),
    "reason_not_counted": ("Ikke talt med", "Not counted"),
    "reason_outside_window": ("Uden for vinduet", "Outside the window"),
    "reason_wrong_type": ("Anden type", "Other type"),
    "reason_too_few_hours": ("For få timer", "Too few hours"),
    "reason_unverified": ("Ikke dokumenteret", "Not verified"),
    "reason_no_activity": ("Intet forløb", "No spell"),
    "reason_capped_participant": ("Over loftet pr. deltager", "Over the cap per participant"),
    "reason_capped_total": ("Over det samlede loft", "Over the total cap"),
    "reason_no_housing": ("Ingen bolig af typen", "No housing of the type"),
    "rule_word": ("regel", "rule"),
}


def text(key: str, lang: str) -> str:
    da, en = _WORDS[key]
    return da if lang == "da" else en


def code(group: str, value: str, lang: str) -> str:
    """A code (a metric kind, a ledger reason) in the sheet's language; unknown codes as they
    are."""
    key = f"{group}_{value}"
    return text(key, lang) if key in _WORDS else value


def rule(value: str, lang: str) -> str:
    """'rule 4' as 'regel 4' in Danish."""
    return value.replace("rule", text("rule_word", lang)) if value else value


def metric_amount(key: str, lang: str) -> str:
    """The label of an `amount:<metric id>` summary row."""
    return text("amount_of", lang).format(metric=key.partition(":")[2])
