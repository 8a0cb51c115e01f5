"""Danish for the texts of the privacy screens (English source text -> Danish); merged into the
GUI's catalog (`caseapp.gui.translations.catalog_da`) when `caseapp.gui.privacy` is imported."""

from __future__ import annotations

CATALOG: dict[str, str] = {
    "Audit log": "Logbog over adgang",
    "Who has looked at or changed whose data. Searching the log is itself logged.": (
        "Hvem har læst eller ændret hvis oplysninger. Søgninger i loggen logges også."
    ),
    "Participant": "Deltager",
    "Account": "Bruger",
    "Action": "Handling",
    "Every action": "Alle handlinger",
    "everything": "alt",
    "participant": "deltager",
    "account": "bruger",
    "action": "handling",
    "from": "fra",
    "to": "til",
    "From": "Fra",
    "To": "Til",
    "Search": "Søg",
    "Export…": "Eksportér…",
    "When": "Tidspunkt",
    "Who": "Hvem",
    "What": "Hvad",
    "Detail": "Detalje",
    "{n} entries": "{n} poster",
    "{n} entries (the newest {limit}; narrow the search to see older ones)": (
        "{n} poster (de nyeste {limit}; afgræns søgningen for at se ældre)"
    ),
    "Export the audit log": "Eksportér logbogen",
    "CSV files (*.csv);;JSON files (*.json)": "CSV-filer (*.csv);;JSON-filer (*.json)",
    "Wrote {n} entries to {file}.": "Skrev {n} poster til {file}.",
    "Not a date: {text}": "Ikke en dato: {text}",
    "Access log": "Adgangslog",
    "Who has looked at this file": "Hvem har set denne sag",
    "Everyone who opened, read or changed this person's data, newest first.": (
        "Alle der har åbnet, læst eller ændret personens oplysninger, nyeste først."
    ),
    "Show who has looked at this file": "Vis hvem der har set sagen",
    "Insight document…": "Indsigtsdokument…",
    "Everything held on this person, for an insight request (PDF with JSON beside it)": (
        "Alt hvad der er registreret om personen, til en anmodning om indsigt "
        "(PDF med JSON ved siden af)"
    ),
    "Save the insight document": "Gem indsigtsdokumentet",
    "PDF files (*.pdf)": "PDF-filer (*.pdf)",
    "Wrote {pdf} and {json}.": "Skrev {pdf} og {json}.",
    "Locked": "Låst",
    "The program was locked after {minutes} minutes without use. Your open work is kept.": (
        "Programmet blev låst efter {minutes} minutter uden brug. Dit åbne arbejde er bevaret."
    ),
    "Password for {user}": "Adgangskode for {user}",
    "Unlock": "Lås op",
    "Lock now": "Lås nu",
    "Retention and erasure": "Opbevaring og sletning",
    "Erase selected…": "Slet valgte…",
    "Save settings": "Gem indstillinger",
    "Privacy settings": "Indstillinger for databeskyttelse",
    "Years to keep personal data after a case closes": (
        "År personoplysninger gemmes efter sagens afslutning"
    ),
    "Minutes without use before the program locks": "Minutter uden brug før programmet låses",
    "People whose case closed more than {years} years ago. Erasing removes names, CPR number, "
    "contact details and every note; the anonymous facts stay, so outcome figures already "
    "reported do not change.": (
        "Personer hvis sag blev afsluttet for mere end {years} år siden. Sletning fjerner navne, "
        "CPR-nummer, kontaktoplysninger og alle notater; de anonyme fakta bliver, så allerede "
        "indberettede resultattal ikke ændres."
    ),
    "{key}: case closed {closed}": "{key}: sagen afsluttet {closed}",
    "Nobody is past the retention period.": "Ingen har passeret opbevaringsperioden.",
    "Erase personal data": "Slet personoplysninger",
    "Erase the personal data and notes of {n} people? This cannot be undone.": (
        "Slet personoplysninger og notater for {n} personer? Det kan ikke fortrydes."
    ),
    "Erased the personal data of {n} people.": "Personoplysningerne for {n} personer er slettet.",
    "Someone else has the database open; the erased values leave the database's log when "
    "they close it.": (
        "En anden har databasen åben; de slettede værdier forsvinder fra databasens log, når "
        "de lukker den."
    ),
    "Erasing": "Sletter",
    "Settings saved.": "Indstillingerne er gemt.",
    "Retention": "Opbevaring",
    # Erasing on request
    "Erase personal data…": "Slet personoplysninger…",
    "Erase this person's personal data on their request; the anonymous facts stay": (
        "Slet personens personoplysninger på personens anmodning; de anonyme fakta bliver"
    ),
    "Erase the personal data of {who}? This cannot be undone.": (
        "Slet personoplysningerne om {who}? Det kan ikke fortrydes."
    ),
    "Removed: name, CPR number, phone, e-mail, address and the exact birth date (the birth "
    "year stays), and all free text: the notes of contacts, housing, work, supports, goals "
    "and tasks, addresses, employers, evidence, providers, and the titles of goals and tasks.": (
        "Slettes: navn, CPR-nummer, telefon, e-mail, adresse og den præcise fødselsdato "
        "(fødselsåret bliver), og al fri tekst: notater om kontakter, bolig, arbejde, indsatser, "
        "mål og opgaver, adresser, arbejdsgivere, dokumentation, udbydere og titlerne på mål "
        "og opgaver."
    ),
    "Kept: the key and the anonymous facts the outcome figures rest on (enrolment dates and "
    "reasons, housing and work spells, contact dates, modes and topics, goal areas), so "
    "figures already reported do not change, and the audit log. Backups made before still "
    "hold the data.": (
        "Bevares: id'et og de anonyme fakta, som resultattallene bygger på (datoer og årsager "
        "for indskrivning, bolig- og arbejdsperioder, kontakternes datoer, former og emner, "
        "målenes områder), så allerede indberettede tal ikke ændres, og logbogen. "
        "Sikkerhedskopier taget før indeholder stadig oplysningerne."
    ),
    "Erase a person on request…": "Slet en person på anmodning…",
    "Erase a person on request": "Slet en person på anmodning",
    "Erase one person's personal data when they ask for it, chosen by key": (
        "Slet én persons personoplysninger, når personen beder om det, valgt ud fra id"
    ),
    "When a person asks to have their data erased, choose them by their key. Their personal "
    "data and every note are removed; the anonymous facts stay.": (
        "Når en person beder om at få sine oplysninger slettet, så vælg personen ud fra id. "
        "Personoplysninger og alle notater slettes; de anonyme fakta bliver."
    ),
    "Participant key": "Deltager-id",
    "Erase…": "Slet…",
    "{key} is not a participant whose data can be erased.": (
        "{key} er ikke en deltager, hvis oplysninger kan slettes."
    ),
    "The personal data of {key} was erased.": "Personoplysningerne om {key} er slettet.",
    "Could not erase: {reason}": "Kunne ikke slette: {reason}",
}


def install_texts() -> None:
    """Add these texts to the GUI's Danish catalog (once; later entries never overwrite)."""
    from caseapp.gui.translations import catalog_da

    for source, danish in CATALOG.items():
        catalog_da.CATALOG.setdefault(source, danish)
