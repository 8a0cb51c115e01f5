"""The council report's words for the verdict, the investors' figures, the intake funnel, the
charts' notes and the restatement section, in Danish (first) and English; `wording` serves them
with the rest."""

from __future__ import annotations

VERDICT_TEXT: dict[str, tuple[str, str]] = {
    "forecast_met": (
        "Målet er nået: {succeeded} deltagere har nået succeskriteriet; kontraktens mål er "
        "{target}.",
        "The target is met: {succeeded} participants have met the success criterion; the "
        "contract's target is {target}.",
    ),
    "forecast_on_track": (
        "På vej mod målet: {succeeded} af de {target} succeser, kontrakten sigter mod. I det "
        "seneste års tempo bliver det {expected} (mellem {low} og {high}) ved {end}.",
        "On track: {succeeded} of the {target} successes the contract aims for. At the pace of "
        "the last year that makes {expected} (between {low} and {high}) by {end}.",
    ),
    "forecast_at_risk": (
        "Målet er i fare: {succeeded} af de {target} succeser. I det seneste års tempo bliver "
        "det {expected} ved {end}; kun det hurtigste tempo hidtil ({high}) når målet.",
        "The target is at risk: {succeeded} of the {target} successes. At the pace of the last "
        "year that makes {expected} by {end}; only the fastest pace so far ({high}) reaches it.",
    ),
    "forecast_off_track": (
        "Målet nås ikke i det hidtidige tempo: {succeeded} af de {target} succeser, og "
        "{expected} (mellem {low} og {high}) ved {end}.",
        "The target is out of reach at the pace so far: {succeeded} of the {target} successes, "
        "and {expected} (between {low} and {high}) by {end}.",
    ),
    "forecast_ended": (
        "Kontrakten udløb {end} med {succeeded} succeser mod et mål på {target}.",
        "The contract ended on {end} with {succeeded} successes against a target of {target}.",
    ),
    "forecast_hidden": (
        "Antallet af succeser vises ikke (det ville afsløre en gruppe på under fem); "
        "kontraktens mål er {target}.",
        "The number of successes is not shown (it would reveal a group of fewer than five); "
        "the contract's target is {target}.",
    ),
    "forecast_basis": (
        "Succesraten er nu {rate} mod et mål på {target_rate} og en basislinje på "
        "{baseline_rate}. Prognosen er en ret linje i det seneste års tempo; intervallet går til "
        "tempoet siden start.",
        "The success rate is now {rate} against a target of {target_rate} and a baseline of "
        "{baseline_rate}. The forecast is a straight line at the pace of the last year; the band "
        "runs to the pace since the start.",
    ),
    "investor_title": ("For investorerne", "For investors"),
    "group_title": ("Investeringen som helhed: {name}", "The investment as a whole: {name}"),
    "group_projects": ("Projekter", "Projects"),
    "group_counted": ("Deltagere talt med i alt", "Participants counted in all"),
    "group_succeeded": (
        "Succeser i alt (samlet mål {target})",
        "Successes in all (combined target {target})",
    ),
    "cohorts_title": ("Succes efter tid siden indskrivning", "Success by time since enrolment"),
    "cohort_since": ("Tid siden indskrivning", "Time since enrolment"),
    "cohort_months": ("{months} måneder", "{months} months"),
    "cohort_enrolled": ("Indskrevet så længe", "Enrolled that long"),
    "cohort_succeeded": ("Succes inden da", "A success by then"),
    "repaid_so_far": ("Tilbagebetalt indtil nu (optjent)", "Repaid so far (earned)"),
    "forecast_repayment": (
        "Forventet tilbagebetaling ved {end} (tempoet hidtil, før lofter)",
        "Forecast repayment by {end} (the pace so far, before caps)",
    ),
    "break_even": ("Investeringen tilbagebetalt (break-even)", "Investment repaid (break-even)"),
    "break_even_reached": ("Nået", "Reached"),
    "break_even_not_within": ("Ikke inden kontraktens udløb", "Not before the contract ends"),
    "cap_headroom": ("Luft under loftet: {metric}", "Headroom under the cap: {metric}"),
    "cost_per_participant": ("Investering pr. talt deltager", "Investment per participant counted"),
    "cost_per_success": ("Investering pr. succes", "Investment per success"),
    "net_saving": (
        "Anslået besparelse fratrukket basislinjen (netto)",
        "Estimated saving net of the baseline",
    ),
    "funnel_intake": ("Heraf til indledende samtale", "Of these, had an intake"),
    "funnel_consented": ("Heraf givet samtykke", "Of these, gave consent"),
    "funnel_not_enrolled": ("Henvist, ikke indskrevet", "Referred, not enrolled"),
    "funnel_why": ("Henviste, der ikke er indskrevet", "Referred but not enrolled"),
    "funnel_waiting": ("Venter (henvisningen er ikke lukket)", "Waiting (referral still open)"),
    "curve_points_note": (
        "Kurven over succeser har punkter, hvor den er vokset med 0 eller mindst 5 siden det "
        "forrige punkt, så ingen gruppe under fem kan aflæses.",
        "The successes curve has points where it grew by 0 or at least 5 since the point "
        "before, so that no group of fewer than five can be read from it.",
    ),
    "chart_hidden_note": (
        "Kvartaler med skjulte tal er udeladt af figurerne (figuren over det optjente vises "
        "kun med mindst to perioder at vise).",
        "Quarters with hidden figures are left out of the charts (the chart of earnings is "
        "shown only with at least two periods to show).",
    ),
    "sec_restated": (
        "Ændret siden sidste leverede rapport",
        "Changed since the last delivered report",
    ),
    "restated_none": (
        "Der er endnu ikke leveret en rapport for projektet.",
        "No report has been delivered for the project yet.",
    ),
    "restated_intro": (
        "Rapporten pr. {as_of}, leveret {delivered}, er lavet igen ud fra dagens registreringer. "
        "Registreringer om projektets deltagere (kontakter, forløb, støtte, indskrivninger), "
        "der er indtastet eller rettet efter leveringen: {records}. Tal, der nu er anderledes, "
        "står herunder med den leverede og den nye værdi.",
        "The report as of {as_of}, delivered on {delivered}, has been made again from today's "
        "records. Records about the project's participants (contacts, spells, supports, "
        "enrolments) entered or corrected after the delivery: {records}. Figures that now read "
        "otherwise are listed below with the delivered and the new value.",
    ),
    "restated_nothing": (
        "Ingen af den leverede rapports tal er ændret.",
        "None of the delivered report's figures has changed.",
    ),
    "restated_old": ("Leveret", "Delivered"),
    "restated_new": ("Nu", "Now"),
    "restated_prints": (
        "Fingeraftryk ved leveringen {old}..., for de samme dage i dag {new}....",
        "Fingerprint at delivery {old}..., for the same days today {new}....",
    ),
    "audit_head": ("Revisionslogens hoved", "Head of the audit log"),
}
