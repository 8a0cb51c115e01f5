"""The words of the reports and the data-quality check, in Danish (first) and English.

Kept apart from layout and queries so a translator changes words here without reading ReportLab
code. Codes of records (housing types, contact modes, ...) take their labels from
`caseapp.domain.labels`; this module holds what only reports say.
"""

from __future__ import annotations

from typing import Any

from caseapp.reports.forecast_marking import FORECAST_TEXT
from caseapp.reports.verdict_words import VERDICT_TEXT

LANGS: tuple[str, ...] = ("da", "en")

_TEXT: dict[str, tuple[str, str]] = {
    # Cover and running heads
    "council_title": ("Rapport til investeringsrådet", "Report to the investment council"),
    "council_subtitle": ("Resultater og udbetalinger", "Outcomes and outcome payments"),
    "caseload_title": ("Sagsstamme pr. kontaktperson", "Caseload by key worker"),
    "project": ("Projekt", "Project"),
    "municipality": ("Kommune", "Municipality"),
    "period": ("Projektperiode", "Project period"),
    "contract_period": ("Kontraktperiode", "Contract period"),
    "as_of": ("Opgjort pr.", "Figures as of"),
    "produced_by": ("Udarbejdet af", "Produced by"),
    "produced_on": ("Udarbejdet", "Produced on"),
    "program": ("Program", "Program"),
    "fingerprint": ("Fingeraftryk (SHA-256)", "Fingerprint (SHA-256)"),
    "page_of": ("Side {page} af {pages}", "Page {page} of {pages}"),
    "privacy_note": (
        "Rapporten indeholder ingen navne, CPR-numre eller notater. Opgørelser af 1-4 personer "
        "vises som <5; tal, der beskriver færre end fem personer, eller som et skjult tal kunne "
        "regnes ud fra, vises som x.",
        "This report holds no names, CPR numbers or notes. Counts of 1 to 4 people are shown "
        "as <5; figures that describe fewer than five people, or from which a hidden figure "
        "could be worked out, as x.",
    ),
    "open_ended": ("løbende", "ongoing"),
    # Section titles
    "contents": ("Indhold", "Contents"),
    "sec_summary": ("Sammenfatning", "Summary"),
    "sec_flow": ("Deltagerflow", "Flow of participants"),
    "sec_outcomes": ("Resultater pr. mål og kvartal", "Outcomes by metric and quarter"),
    "sec_housing": ("Bolig", "Housing"),
    "sec_work": ("Job og uddannelse", "Work and education"),
    "sec_support": ("Støtte og kontakter", "Supports and contacts"),
    "sec_quality": ("Datakvalitet", "Data quality"),
    "sec_method": ("Metode", "Method"),
    # Summary
    "kf_counted": ("Deltagere talt med", "Participants counted"),
    "kf_counted_sub": ("mål: {target} deltagere", "target: {target} participants"),
    "kf_success": ("Succesrate", "Success rate"),
    "kf_success_sub": (
        "{succeeded} af {counted}; mål {target}, basislinje {baseline}",
        "{succeeded} of {counted}; target {target}, baseline {baseline}",
    ),
    "kf_activity_now": ("I job eller uddannelse nu", "In work or education now"),
    "kf_activity_now_sub": ("{share} af de talte deltagere", "{share} of participants counted"),
    "kf_housed_now": ("I stabil bolig nu", "In stable housing now"),
    "kf_housed_now_sub": ("{share} af de talte deltagere", "{share} of participants counted"),
    "kf_retention": ("Fastholdt bolig i 12 mdr.", "12-month housing retention"),
    "kf_retention_sub": (
        "{retained} af {eligible}, der kunne nå det",
        "{retained} of {eligible} who could reach it",
    ),
    "kf_earned": ("Optjent indtil nu", "Earned so far"),
    "kf_earned_sub": (
        "{ratio} af investeringen på {investment}",
        "{ratio} of the {investment} invested",
    ),
    "kf_earned_no_investment": ("ingen investering angivet", "no investment stated"),
    "kf_saving": ("Anslået offentlig besparelse", "Estimated public saving"),
    "kf_saving_sub": ("{weeks} uger à {cost}", "{weeks} weeks at {cost}"),
    "summary_figures": ("Nøgletal", "Key figures"),
    "no_rate": ("-", "-"),
    # Flow
    "flow_intro": (
        "Alle henviste tælles med, når de er indskrevet; afsluttede deltagere tælles fortsat "
        "med, så projektet ikke kan forbedre sine tal ved at afslutte nogen.",
        "Everyone referred counts once enrolled; participants who have left stay counted, so a "
        "project cannot improve its figures by letting people go.",
    ),
    "flow_referred": ("Henvist", "Referred"),
    "flow_counted": ("Indskrevet (talt med)", "Enrolled (counted)"),
    "flow_active": ("Aktive", "Active"),
    "flow_exited": ("Afsluttet", "Exited"),
    "flow_stage": ("Trin", "Stage"),
    "participants": ("Deltagere", "Participants"),
    "exit_reasons": ("Afsluttede efter årsag", "Exits by reason"),
    "referral_sources": ("Henviste efter henvisende instans", "Referrals by source"),
    "reason": ("Årsag", "Reason"),
    "source": ("Henvist fra", "Referred by"),
    "total": ("I alt", "Total"),
    "not_recorded": ("Ikke registreret", "Not recorded"),
    "suppressed_note": (
        "<5: 1-4 personer. x: skjult, fordi tallet ville beskrive færre end fem personer eller "
        "gøre det muligt at regne et skjult tal ud (et skjult antal personer er da mindst 5).",
        "<5: 1 to 4 people. x: hidden, because the figure would describe fewer than five people "
        "or let a hidden figure be worked out (a hidden count of people is then 5 or more).",
    ),
    # Outcomes
    "metric": ("Mål", "Metric"),
    "kind": ("Type", "Kind"),
    "kind_weekly_activity": ("Betaling pr. uge", "Paid per week"),
    "kind_activity_sustained": ("Fastholdt job/uddannelse", "Sustained activity"),
    "kind_housing_sustained": ("Fastholdt bolig", "Sustained housing"),
    "qualifying_weeks": ("Kvalificerende uger", "Qualifying weeks"),
    "paid_weeks": ("Betalte uger", "Paid weeks"),
    "achieved": ("Opnået", "Achieved"),
    "amount": ("Beløb", "Amount"),
    "amount_uncapped": ("Før loft", "Before cap"),
    "capped_note": (
        "Et mål med loft over det samlede beløb betales kun op til loftet; kolonnen 'Før loft' "
        "viser, hvad det ville have været uden.",
        "A metric with a cap on its total pays up to the cap only; the column 'Before cap' "
        "shows what it would have been without.",
    ),
    "by_quarter": ("Pr. kvartal", "By quarter"),
    "quarter": ("Kvartal", "Quarter"),
    "weeks_short": ("uger", "weeks"),
    "achieved_short": ("opnået", "achieved"),
    "total_amount": ("Optjent i alt", "Total earned"),
    "repayment_ratio": ("Andel af investeringen", "Share of the investment"),
    "gross_saving": ("Anslået besparelse (brutto)", "Estimated gross saving"),
    "quarter_counts_note": (
        "Kvartalstal vises, hvor de ikke kan afsløre en gruppe på under fem; betalingskravet "
        "til betaleren har de præcise tal pr. deltager.",
        "Quarterly figures are shown where they cannot reveal a group of fewer than five; the "
        "payment claim to the payer holds the exact figures per participant.",
    ),
    "chart_earnings": ("Optjent pr. kvartal", "Earnings by quarter"),
    "chart_successes": (
        "Succeser i alt mod mål og basislinje",
        "Cumulative successes against target and baseline",
    ),
    "line_actual": ("Succeser", "Successes"),
    "line_plan": ("Mål (pro rata)", "Target (pro rata)"),
    "line_baseline": ("Basislinje (pro rata)", "Baseline (pro rata)"),
    "chart_currency_thousands": ("1.000 kr.", "DKK 1,000"),
    "chart_currency_millions": ("mio. kr.", "DKK million"),
    "no_payments": ("Endnu ingen udbetalinger.", "No payments yet."),
    # Housing
    "housing_intro": (
        "Boligsituation for de talte deltagere ved indskrivningen og på opgørelsesdagen, "
        "grupperet efter ETHOS Light (FEANTSA's europæiske typologi for hjemløshed).",
        "Housing situation of the participants counted, at enrolment and on the as-of day, "
        "grouped by ETHOS Light (FEANTSA's European typology of homelessness).",
    ),
    "situation": ("Situation", "Situation"),
    "at_enrolment": ("Ved indskrivning", "At enrolment"),
    "now": ("Nu", "Now"),
    "ethos_1": ("1 Gadesovende", "1 Living rough"),
    "ethos_2": ("2 Nødherberg, natvarmestue", "2 Emergency accommodation"),
    "ethos_3": ("3 Herberg, midlertidig bolig", "3 Accommodation for the homeless"),
    "ethos_4": ("4 Institution uden bolig", "4 Institution, no home to go to"),
    "ethos_5": ("5 Ikke-konventionel bolig", "5 Non-conventional dwelling"),
    "ethos_6": ("6 Midlertidigt hos familie/venner", "6 Temporarily with family/friends"),
    "housed_stable": ("Bolig: stabil (efter kontrakten)", "Housed: stable (per contract)"),
    "housed_other": ("Bolig: anden", "Housed: other"),
    "retention_title": ("Fastholdelse og herbergsbrug", "Retention and shelter use"),
    "housed_now": ("I stabil bolig nu", "In stable housing now"),
    "eligible_12m": (
        "Første stabile bolig for mindst 12 mdr. siden",
        "First stable housing at least 12 months ago",
    ),
    "retained_12m": ("Heraf boet stabilt i mindst 12 mdr.", "Of these, stable for 12+ months"),
    "shelter_free": (
        "Ingen nat på herberg/nødherberg de seneste 365 dage",
        "No night in a shelter in the last 365 days",
    ),
    "shelter_used": (
        "Mindst én nat på herberg/nødherberg de seneste 365 dage",
        "At least one night in a shelter in the last 365 days",
    ),
    "shelter_nights": (
        "Nætter på herberg/nødherberg de seneste 365 dage (alle deltagere)",
        "Nights in a shelter in the last 365 days (all participants)",
    ),
    "figure": ("Tal", "Figure"),
    "value": ("Værdi", "Value"),
    "term": ("Vilkår", "Term"),
    # Work and education
    "work_intro": (
        "Job- og uddannelsesforløb siden indskrivningen. En deltager kan have haft flere typer, "
        "så kolonnerne summerer ikke.",
        "Work and education spells since enrolment. A participant may have had several types, "
        "so the columns do not add up.",
    ),
    "activity_type": ("Type", "Type"),
    "ever": ("Deltagere siden indskrivning", "Participants since enrolment"),
    "current": ("Deltagere nu", "Participants now"),
    "weeks_total": ("Uger i alt", "Weeks in all"),
    "avg_hours": ("Gns. timer/uge nu", "Avg. hours/week now"),
    "verified_share": ("Dokumenteret", "Verified"),
    "sustained_title": ("Fastholdte job og uddannelser", "Sustained jobs and education"),
    # Support and contacts
    "support_type": ("Støtte", "Support"),
    "support_ever": ("Deltagere, der har fået støtten", "Participants who received it"),
    "support_now": ("Deltagere nu", "Participants now"),
    "support_hours": ("Timer i alt (planlagt)", "Hours in all (planned)"),
    "contacts_title": ("Kontakter", "Contacts"),
    "contacts_intro": (
        "Kontakter med de talte deltagere siden deres indskrivning. Kontakter er hændelser, "
        "ikke personer, og vises derfor præcist.",
        "Contacts with the participants counted since their enrolment. Contacts are events, "
        "not people, and are shown exactly.",
    ),
    "contacts_all": ("Siden start", "Since start"),
    "contacts_recent": ("Seneste 90 dage", "Last 90 days"),
    "by_mode": ("Kontaktform", "Mode"),
    "by_location": ("Sted", "Location"),
    "by_topic": ("Emne", "Topic"),
    "topic_note": (
        "En kontakt kan have flere emner.",
        "A contact may have several topics.",
    ),
    "contacts_total": ("Kontakter i alt", "Contacts in all"),
    "contact_hours": ("Kontakttimer", "Contact hours"),
    # Data quality
    "quality_intro": (
        "Hvad datakvalitetstjekket finder, som kan ændre tallene. Tallene i rapporten bygger på "
        "data, som de er registreret; rettelser kan ændre dem ved næste opgørelse.",
        "What the data-quality check finds that could change the figures. The figures in this "
        "report rest on the data as recorded; corrections may change them next time.",
    ),
    "finding": ("Fund", "Finding"),
    "findings": ("Antal", "Count"),
    "at_stake": ("Beløb på spil", "Amount at stake"),
    "quality_none": ("Tjekket fandt intet.", "The check found nothing."),
    "at_stake_note": (
        "Dokumenteres de job og uddannelser, der mangler dokumentation, kan de tilsammen give "
        "op til {amount} mere (før et eventuelt loft).",
        "If the jobs and education without evidence are verified, they could add up to "
        "{amount} (before any total cap).",
    ),
    # Method
    "method_intro": (
        "Tallene er beregnet efter udfaldsreglerne (version 1) ud fra kontraktens vilkår "
        "nedenfor. Samme data, kontrakt og programversion giver det samme fingeraftryk og de "
        "samme tal.",
        "The figures follow the outcome rules (version 1) under the contract terms below. The "
        "same data, contract and program version give the same fingerprint and the same "
        "figures.",
    ),
    "contract_terms": ("Kontraktens vilkår", "Contract terms"),
    "currency": ("Valuta", "Currency"),
    "payment_end": ("Sidste dag med udbetaling", "Last day that can earn"),
    "target_participants": ("Planlagte deltagere", "Participants planned"),
    "target_rate": ("Mål for succesrate", "Target success rate"),
    "baseline_rate": ("Forventet uden projektet (basislinje)", "Expected without the project"),
    "investment": ("Investering", "Investment"),
    "avoided_cost": ("Undgået udgift pr. uge", "Avoided cost per week"),
    "stable_housing": ("Stabil bolig", "Stable housing"),
    "success_rule": ("Succeskriterium", "Success criterion"),
    "success_rule_text": (
        "mindst {weeks} kvalificerende uger i '{metric}'",
        "at least {weeks} qualifying weeks in '{metric}'",
    ),
    "success_rule_once": ("opnået '{metric}'", "achieved '{metric}'"),
    "metric_terms": ("Målets vilkår", "Terms of the metric"),
    "tariffs": ("Takster pr. uge", "Tariffs per week"),
    "min_hours": ("Mindst timer pr. uge", "Minimum hours per week"),
    "require_verified": ("Kræver dokumentation", "Requires evidence"),
    "window_weeks": ("Vindue (uger fra indskrivning)", "Window (weeks from enrolment)"),
    "cap_weeks": ("Loft, uger pr. deltager", "Cap, weeks per participant"),
    "cap_amount": ("Loft, samlet beløb", "Cap, total amount"),
    "activity_types": ("Typer", "Types"),
    "min_consecutive": ("Sammenhængende uger", "Consecutive weeks"),
    "housing_types": ("Boligtyper", "Housing types"),
    "min_days": ("Mindst dage", "Minimum days"),
    "one_off_amount": ("Beløb pr. deltager", "Amount per participant"),
    "yes": ("ja", "yes"),
    "no": ("nej", "no"),
    "none": ("ingen", "none"),
    "rules_title": ("Regler anvendt", "Rules applied"),
    "rule_counted": (
        "Talt med: deltagere med indskrivningsdato til og med opgørelsesdagen; afsluttede "
        "tælles fortsat med.",
        "Counted: participants enrolled on or before the as-of day; those who left stay counted.",
    ),
    "rule_weeks": (
        "Uger er ISO-uger (mandag-søndag); en uge kvalificerer, når et kvalificerende forløb er "
        "aktivt på mindst én dag i ugen inden for vinduet, og betales med den højeste takst.",
        "Weeks are ISO weeks (Monday to Sunday); a week qualifies when a qualifying spell is "
        "active on at least one of its days inside the window, and earns the highest tariff.",
    ),
    "rule_quarters": (
        "En uge hører til det kvartal, der rummer dens torsdag; en engangsbetaling til "
        "kvartalet for den dag, den blev opnået.",
        "A week belongs to the quarter holding its Thursday; a one-off payment to the quarter "
        "of the day it was achieved.",
    ),
    "rule_caps": (
        "Lofter: kun de første uger pr. deltager betales; et samlet loft bruges op kvartal for "
        "kvartal.",
        "Caps: only a participant's first weeks are paid; a total cap is used up quarter by "
        "quarter.",
    ),
    "rule_plan": (
        "Plan: målet (antal succeser) fordelt ligeligt over kontraktperioden fra {start} til "
        "{end}, vist som linje til sammenligning. Vurderingen følger forløbet: en ret linje i "
        "det seneste års tempo (fra det viste punkt på kurven nærmest et år tilbage) til "
        "kontraktens udløb, med et interval til tempoet siden start; kun viste tal indgår. "
        "Tilbagebetalingen fremskrives i tempoet siden start, før lofter; nettobesparelsen "
        "fratrækker den andel af succeserne, basislinjen siger ville være kommet alligevel.",
        "Plan: the target (number of successes) spread evenly over the contract period from "
        "{start} to {end}, drawn as a line for comparison. The verdict follows the trajectory: "
        "a straight line at the pace of the last year (from the shown point of the curve nearest "
        "a year back) to the end of the contract, with a band to the pace since the start; only "
        "figures the report shows go into it. Repayment is projected at the pace since the "
        "start, before caps; the net saving leaves out the share of successes the baseline says "
        "would have come anyway.",
    ),
    "rule_suppression": (
        "Små tal: et antal personer på 1-4 vises som <5 overalt (nøgletal, tabeller, kvartaler, "
        "figurer), og summer og gennemsnit over færre end fem personer (uger, timer, beløb) "
        "vises som x. Flere tal vises som x, indtil intet skjult tal kan regnes ud af rapportens "
        "tal tilsammen, heller ikke ved at et skjult tal er mindst 1; 0 vises som 0. Antal "
        "talte deltagere og det samlede optjente beløb vises altid.",
        "Small numbers: a count of 1-4 people is shown as <5 everywhere (key figures, tables, "
        "quarters, charts), and sums and means over fewer than five people (weeks, hours, "
        "amounts) as x. More figures are shown as x until no hidden figure can be worked out "
        "from all the report's figures together, not even from a hidden count being at least "
        "1; 0 is shown as 0. The participants counted and the total earned are always shown.",
    ),
    "rule_fingerprint": (
        "Fingeraftrykket er SHA-256 af en fast tekstform af kontrakten, opgørelsesdagen, "
        "regelversionen, programversionen og de fakta om deltagerne, tallene bygger på "
        "(henvisning og henvisende instans, samtykke, indskrivning, afslutning, job/uddannelse, "
        "bolig, støtte med timer og kontakter, som de var kendt pr. opgørelsesdagen).",
        "The fingerprint is SHA-256 of a fixed text form of the contract, the as-of day, the "
        "rules version, the program version and the facts about participants the figures rest "
        "on (referral and its source, consent, enrolment, exit, work/education, housing, "
        "supports with their hours and contacts, as known for the as-of day).",
    ),
    "reproduce": (
        "Samme rapport kan laves igen med: caseapp report council --project {project} "
        "--as-of {as_of}",
        "The same report can be made again with: caseapp report council --project {project} "
        "--as-of {as_of}",
    ),
    # Caseload report
    "caseload_period": ("Periode", "Period"),
    "key_worker": ("Kontaktperson", "Key worker"),
    "no_key_worker": ("Ingen kontaktperson", "No key worker"),
    "cl_participants": ("Aktive deltagere", "Active participants"),
    "cl_contacts": ("Kontakter i perioden", "Contacts in the period"),
    "cl_attempts": ("Heraf forsøgt", "Of these, attempted"),
    "cl_not_seen": ("Ikke set i 30 dage", "Not seen for 30 days"),
    "cl_overdue": ("Opgaver over frist", "Overdue tasks"),
    "cl_open": ("Åbne opgaver", "Open tasks"),
    "caseload_intro": (
        "Til teamlederens brug: aktive deltagere, kontakter og opgaver pr. kontaktperson. "
        "Ingen navne på deltagere og ingen notater.",
        "For the team lead: active participants, contacts and tasks per key worker. No "
        "participants' names and no notes.",
    ),
    "all_projects": ("Alle projekter", "All projects"),
}

# What each kind of data-quality finding is called, and how one is described.
_FINDINGS: dict[str, tuple[str, str]] = {
    "unverified_earning": (
        "Job/uddannelse uden dokumentation, der ville give betaling",
        "Work/education without evidence that would earn money",
    ),
    "housing_overlap": ("Overlappende boligforhold", "Overlapping housing"),
    "housing_gap": ("Huller i boligforhold", "Gaps in housing"),
    "activity_overlap": (
        "Overlappende forløb af samme type",
        "Overlapping activities of the same kind",
    ),
    "no_consent": ("Indskrevet uden samtykkedato", "Enrolled without consent date"),
    "exit_no_reason": ("Afsluttet uden årsag", "Exited without reason"),
    "future_contact": ("Kontakter ude i fremtiden", "Contacts in the future"),
    "not_seen": ("Ikke set i 30 dage", "Not seen for 30 days"),
}


_TEXT |= VERDICT_TEXT | FORECAST_TEXT


def text(key: str, lang: str, **values: Any) -> str:
    """The text of `key` in `lang` ("da" or "en"), with `{name}` fields filled in."""
    da, en = _TEXT[key]
    words = da if lang == "da" else en
    return words.format(**values) if values else words


def finding_label(kind: str, lang: str) -> str:
    pair = _FINDINGS.get(kind)
    if pair is None:
        return kind
    return pair[0] if lang == "da" else pair[1]


def missing_texts() -> list[str]:
    """Keys without both languages filled in (the tests keep this empty)."""
    pairs = {**_TEXT, **{f"finding.{k}": v for k, v in _FINDINGS.items()}}
    return [k for k, (da, en) in pairs.items() if not da.strip() or not en.strip()]
