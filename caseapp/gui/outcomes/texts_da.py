"""Danish for the outcome screens' texts (English source text -> Danish); merged into the GUI's
catalog (`caseapp.gui.translations.catalog_da`) when `caseapp.gui.outcomes` is imported."""

from __future__ import annotations

CATALOG: dict[str, str] = {
    # Dashboard
    "Refresh": "Opdater",
    "Calculating …": "Beregner …",
    "As of": "Opgjort pr.",
    "Participants counted": "Deltagere, der tælles med",
    "Successes": "Succeser",
    "Success rate": "Succesrate",
    "In work or education now": "I job eller uddannelse nu",
    "In stable housing now": "I stabil bolig nu",
    "12-month housing retention": "Boligfastholdelse i 12 mdr.",
    "Earned so far": "Optjent indtil nu",
    "Repayment ratio": "Tilbagebetalingsgrad",
    "Earned by metric": "Optjent pr. udfaldsmål",
    "Earned by quarter": "Optjent pr. kvartal",
    "Earned by quarter ({currency})": "Optjent pr. kvartal ({currency})",
    "Successes so far, at the end of each quarter": "Succeser i alt ved hvert kvartals udgang",
    "Target ({count})": "Mål ({count})",
    "Baseline ({count})": "Baseline ({count})",
    "Nothing earned yet": "Intet optjent endnu",
    "Nobody enrolled yet": "Ingen indskrevet endnu",
    "Figures as of {day}, worked out by the outcome rules v1.": (
        "Tal pr. {day}, beregnet efter udfaldsreglerne v1."
    ),
    "planned {planned} · referred {referred} · active {active} · exited {exited}": (
        "planlagt {planned} · henvist {referred} · aktive {active} · afsluttet {exited}"
    ),
    "target {target} · baseline {baseline}": "mål {target} · baseline {baseline}",
    "by the success metric “{metric}”": "efter succesmålet »{metric}«",
    "{count} without a shelter stay in the last 365 days": (
        "{count} uden ophold på herberg eller nødherberg de seneste 365 dage"
    ),
    "stayed 12 months, of those first housed at least 12 months ago": (
        "har boet 12 mdr., af dem der fik bolig for mindst 12 mdr. siden"
    ),
    "gross saving (estimate) {amount}": "bruttobesparelse (skøn) {amount}",
    "of the investment {amount}": "af investeringen {amount}",
    "no investment in the contract": "kontrakten har ingen investering",
    "Paid per week": "Betaling pr. uge",
    "Sustained work/education": "Fastholdt job/uddannelse",
    "Sustained housing": "Fastholdt bolig",
    "Metric": "Udfaldsmål",
    "Kind": "Type",
    "Qualifying weeks": "Kvalificerende uger",
    "Paid weeks": "Betalte uger",
    "Achieved": "Opnået",
    "Amount": "Beløb",
    "Before total cap": "Før samlet loft",
    "Quarter": "Kvartal",
    "Total": "I alt",
    # Ledger
    "Project": "Projekt",
    "Only weeks that earned nothing": "Kun uger uden betaling",
    "Window": "Vindue",
    "Earned": "Optjent",
    "empty": "tomt",
    "not yet": "endnu ikke",
    "Week": "Uge",
    "Monday – Sunday": "Mandag – søndag",
    "Qualified": "Kvalificerer",
    "Why": "Hvorfor",
    "Rule": "Regel",
    "Rule {number}": "Regel {number}",
    "✓ yes": "✓ ja",
    "★ achieved": "★ opnået",
    "✓ yes, capped": "✓ ja, over loftet",
    "✗ no": "✗ nej",
    "– outside window": "– uden for vinduet",
    "Paid / qualified": "Betalt / kvalificerer",
    "Achieved (one-off payment)": "Opnået (engangsbetaling)",
    "Qualified, but capped": "Kvalificerer, men over loftet",
    "Did not qualify": "Kvalificerer ikke",
    "Outside the window": "Uden for vinduet",
    "Choose a week to see in full why it earned what it did.": (
        "Vælg en uge for at se hele forklaringen på, hvad den gav."
    ),
    "None of this person's projects has an outcome contract yet, so nothing is earned.": (
        "Ingen af personens projekter har en udfaldskontrakt endnu, så intet er optjent."
    ),
    "open": "åben",
    "hours not recorded": "timer ikke registreret",
    "{hours} hours a week": "{hours} timer om ugen",
    "verified": "dokumenteret",
    "not verified": "ikke dokumenteret",
    "No work or education was recorded in this week.": (
        "Der er ikke registreret job eller uddannelse i denne uge."
    ),
    "The work or education this week is not of a kind this metric pays for ({types}).": (
        "Ugens job eller uddannelse er ikke af en slags, som udfaldsmålet betaler for ({types})."
    ),
    "The work or education this week had fewer than the {hours} hours a week required.": (
        "Ugens job eller uddannelse havde færre end de krævede {hours} timer om ugen."
    ),
    "The work or education this week is not verified (no evidence recorded); "
    "only verified weeks count.": (
        "Ugens job eller uddannelse er ikke dokumenteret (ingen dokumentation registreret); "
        "kun dokumenterede uger tæller."
    ),
    "Qualified, but not paid: the person's first {weeks} qualifying weeks have already "
    "been paid (the cap per person).": (
        "Kvalificerer, men betales ikke: personens første {weeks} kvalificerende uger er "
        "allerede betalt (loftet pr. person)."
    ),
    "Not living in {types} in this week.": "Boede ikke i {types} i denne uge.",
    "Not counted: the person is not enrolled in the project on the as-of day.": (
        "Tælles ikke med: personen er ikke indskrevet i projektet på opgørelsesdagen."
    ),
    "Outside the payment window: the window is empty, so nothing can be earned.": (
        "Uden for betalingsvinduet: vinduet er tomt, så intet kan optjenes."
    ),
    "Outside the payment window ({first} – {last}): weeks count from enrolment until "
    "the window, the contract's last payment day or the as-of day ends.": (
        "Uden for betalingsvinduet ({first} – {last}): uger tæller fra indskrivningen, til "
        "vinduet, kontraktens sidste betalingsdag eller opgørelsesdagen slutter."
    ),
    "After the window: this metric counts {weeks} weeks from enrolment, until {last}.": (
        "Efter vinduet: udfaldsmålet tæller {weeks} uger fra indskrivningen, til {last}."
    ),
    "After the contract's last payment day, {last}.": (
        "Efter kontraktens sidste betalingsdag, {last}."
    ),
    "Paid for: {spells}.": "Betalt for: {spells}.",
    "Run complete, paid once: {spells}.": "Forløbet er fuldført, betales én gang: {spells}.",
    "Counts towards the run: {spells}.": "Tæller med i forløbet: {spells}.",
    "The project reached its total cap of {amount} for this metric: in {quarters} the "
    "project was paid less than its weeks earned, this person's weeks included. The "
    "person's own figures are not reduced.": (
        "Projektet nåede sit samlede loft på {amount} for udfaldsmålet: i {quarters} fik "
        "projektet mindre, end ugerne gav, også for denne persons uger. Personens egne tal "
        "nedsættes ikke."
    ),
    "Pays per qualifying week: {tariffs}.": "Betaler pr. kvalificerende uge: {tariffs}.",
    "Pays {amount} once after {weeks} qualifying weeks in a row of: {types}.": (
        "Betaler {amount} én gang efter {weeks} kvalificerende uger i træk med: {types}."
    ),
    "Pays {amount} once after {days} days in a row in: {types}.": (
        "Betaler {amount} én gang efter {days} dage i træk i: {types}."
    ),
    "At least {hours} hours a week.": "Mindst {hours} timer om ugen.",
    "Only verified work or education counts.": "Kun dokumenteret job eller uddannelse tæller.",
    "Counts for {weeks} weeks from enrolment.": "Tæller i {weeks} uger fra indskrivningen.",
    "Nothing is earned after {day}.": "Intet optjenes efter {day}.",
    "At most {weeks} paid weeks per person.": "Højst {weeks} betalte uger pr. person.",
    "At most {amount} for the whole project.": "Højst {amount} for hele projektet.",
    # Contract editor
    "Why the change (kept in the history with your name and the time)": (
        "Hvorfor ændringen (gemmes i historikken med dit navn og tidspunktet)"
    ),
    "Save as a new revision": "Gem som ny version",
    "Undo my changes": "Fortryd mine ændringer",
    "Saving …": "Gemmer …",
    "Reason": "Begrundelse",
    "The project has no contract yet. Fill in the form; nothing is earned until it is saved.": (
        "Projektet har endnu ingen kontrakt. Udfyld formularen; intet optjenes, før den er gemt."
    ),
    "Only a team lead can change the contract; you see it read-only.": (
        "Kun en teamleder kan ændre kontrakten; du ser den skrivebeskyttet."
    ),
    "Saved as revision {revision}.": "Gemt som version {revision}.",
    "Revision {revision}. Changes are saved as a new revision; earlier ones stay in the history.": (
        "Version {revision}. Ændringer gemmes som en ny version; de tidligere bliver i historikken."
    ),
    "none": "ingen",
    "Targets and money": "Mål og økonomi",
    "Currency": "Valuta",
    "Last day anything is earned": "Sidste dag, der kan optjenes",
    "Participants planned": "Planlagte deltagere",
    "participants": "deltagere",
    "Baseline rate (without the project)": "Baseline (uden projektet)",
    "Baseline rate": "Baseline",
    "Target rate": "Målsat andel",
    "Investment's name": "Investeringens navn",
    "none: the project is an investment alone": "ingen: projektet er en investering for sig",
    "Projects financed as one investment give it the same name and are reported together as "
    "well as apart.": (
        "Projekter, der er finansieret som én investering, får samme navn og rapporteres samlet "
        "såvel som hver for sig."
    ),
    "Invested up front": "Investeret på forhånd",
    "Public cost avoided per week": "Sparede offentlige udgifter pr. uge",
    "A success is counted by metric": "En succes tælles efter udfaldsmålet",
    "Qualifying weeks needed, at least": "Kvalificerende uger, mindst",
    "Stable housing": "Stabil bolig",
    "Outcome metrics": "Udfaldsmål",
    "Add metric": "Tilføj udfaldsmål",
    "Remove": "Fjern",
    "Move up": "Flyt op",
    "(no name)": "(intet navn)",
    "Paid per week in work or education": "Betaling pr. uge i job eller uddannelse",
    "One payment for sustained work or education": (
        "Engangsbetaling for fastholdt job eller uddannelse"
    ),
    "One payment for sustained housing": "Engangsbetaling for fastholdt bolig",
    "A short code that reports and files use; letters, digits, '-'": (
        "En kort kode, som rapporter og filer bruger; bogstaver, tal og '-'"
    ),
    "Id": "Id",
    "Name": "Navn",
    "Window from enrolment": "Vindue fra indskrivning",
    "Window from enrolment, weeks": "Vindue fra indskrivning, uger",
    "no limit": "ingen grænse",
    "no cap": "intet loft",
    "weeks": "uger",
    "days": "dage",
    "hours": "timer",
    "Tariffs": "Takster",
    "Paid activity": "Betalt aktivitet",
    "Per week": "Pr. uge",
    "Counts as work or education": "Tæller som job eller uddannelse",
    "Counts as housing": "Tæller som bolig",
    "At least, per week": "Mindst, pr. uge",
    "At least, hours per week": "Mindst, timer pr. uge",
    "At least, weeks": "Mindst, uger",
    "Only verified work or education counts": "Kun dokumenteret job eller uddannelse tæller",
    "Only verified": "Kun dokumenteret",
    "Paid weeks per person, at most": "Betalte uger pr. person, højst",
    "Total for the project, at most": "I alt for projektet, højst",
    "Weeks in a row": "Uger i træk",
    "Days in a row": "Dage i træk",
    "Pays once": "Betaler én gang",
    "Success": "Succes",
    "The contract": "Kontrakten",
    "Metric {number}": "Udfaldsmål {number}",
    "not set": "ikke angivet",
    "yes": "ja",
    "no": "nej",
    # Contract history
    "Revision": "Version",
    "Revision {revision}": "Version {revision}",
    "Saved": "Gemt",
    "By": "Af",
    "Field": "Felt",
    "Before": "Før",
    "After": "Efter",
    "Value": "Værdi",
    "Every saved version of the contract, so that a report made earlier can be explained by "
    "the contract it was made with.": (
        "Alle gemte versioner af kontrakten, så en tidligere rapport kan forklares ud fra den "
        "kontrakt, den blev lavet efter."
    ),
    "Changes from revision {revision}": "Ændringer fra version {revision}",
    "The contract as saved": "Kontrakten, som den blev gemt",
    "This revision removed the contract.": "Denne version fjernede kontrakten.",
    "Saved {when} by": "Gemt {when} af",
    "No values changed.": "Ingen værdier blev ændret.",
    # Project page
    "Overview": "Overblik",
    "Unsaved changes": "Ændringer er ikke gemt",
    "The contract has changes that are not saved. Throw them away?": (
        "Kontrakten har ændringer, der ikke er gemt. Vil du kassere dem?"
    ),
    "The project has no contract yet; a team lead sets it up.": (
        "Projektet har endnu ingen kontrakt; en teamleder opretter den."
    ),
    "There are no projects yet.": "Der er endnu ingen projekter.",
    "Contract": "Kontrakt",
    "Contract history": "Kontrakthistorik",
    "Project and contract": "Projekt og kontrakt",
    "Outcome ledger": "Udfaldsregnskab",
}


def install_texts() -> None:
    """Add these texts to the GUI's Danish catalog (once; later entries never overwrite)."""
    from caseapp.gui.translations import catalog_da

    for source, danish in CATALOG.items():
        catalog_da.CATALOG.setdefault(source, danish)
