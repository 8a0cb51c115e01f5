"""The core's messages (validation problems, refusals) in Danish.

The core speaks English so that logs and the command line stay plain; the GUI shows these.
Patterns are tried in order, the more specific first; a message without one is shown as it is.
"""

from __future__ import annotations

import re

_PATTERNS: tuple[tuple[str, str], ...] = (
    (r"is required", "skal udfyldes"),
    (r"is required when the exit date is set", "skal udfyldes, når afslutningsdatoen er udfyldt"),
    (r"is required: a person needs a name or a key", "skal udfyldes: en person skal have et navn"),
    (r"write a note or choose a topic", "skriv et notat eller vælg et emne"),
    (r"is more than a year in the future", "ligger mere end et år ude i fremtiden"),
    (r"is more than a day in the future", "ligger mere end en dag ude i fremtiden"),
    (r"is in the future", "ligger i fremtiden"),
    (r"is not a year between (\d+) and (\d+)", "ligger ikke mellem årene {0} og {1}"),
    (r"does not look like a phone number", "ligner ikke et telefonnummer"),
    (r"is not a PDF, PNG or JPEG file", "er ikke en PDF-, PNG- eller JPEG-fil"),
    (r"is larger than (\d+) MB", "er større end {0} MB"),
    (r"is empty", "er tom"),
    (r"is before the consent was given", "ligger før samtykket blev givet"),
    (r"does not look like an e-mail address", "ligner ikke en e-mailadresse"),
    (
        r"someone with this CPR number is registered already",
        "en person med dette CPR-nummer er allerede registreret",
    ),
    (
        r"someone with this name and birth date is registered already",
        "en person med dette navn og denne fødselsdato er allerede registreret",
    ),
    (
        r"must be after the start of the open one it would end",
        "skal ligge efter starten på den åbne periode, den ville afslutte",
    ),
    (r"is before the start", "ligger før start"),
    (r"is before the referral date", "ligger før henvisningsdatoen"),
    (r"is before the enrolment date", "ligger før indskrivningsdatoen"),
    (r"is set but the enrolment date is not", "er udfyldt, men indskrivningsdatoen er ikke"),
    (r"is before the goal was created", "ligger før målet blev oprettet"),
    (r"'(.*)' is not a date \(YYYY-MM-DD\)", "'{0}' er ikke en dato (DD-MM-ÅÅÅÅ)"),
    (r"'(.*)' is not a real date", "'{0}' er ikke en gyldig dato"),
    (r"'(.*)' is not between (\d+) and (\d+)", "'{0}' ligger ikke mellem {1} og {2}"),
    (r"holds a NUL byte", "indeholder et NUL-tegn"),
    (r"holds a lone surrogate \(not a character\)", "indeholder et ugyldigt tegn"),
    (r"must be a finite number", "skal være et endeligt tal"),
    (
        r"must not start or end with a space, tab or line break",
        "må ikke begynde eller slutte med mellemrum, tabulator eller linjeskift",
    ),
    (r"is given more than once in one object", "er angivet mere end én gang i samme objekt"),
    (r"is not a regular file", "er ikke en almindelig fil"),
    (r"nests deeper than a dataset can \((\d+) levels\)", "er indlejret dybere end {0} niveauer"),
    (r"'(.*)' is not a whole number written with 0-9", "'{0}' er ikke et helt tal skrevet med 0-9"),
    (r"'(.*)' is not a number written with 0-9", "'{0}' er ikke et tal skrevet med 0-9"),
    (r"'(.*)' is not a local date-time \(YYYY-MM-DDTHH:MM\)", "'{0}' er ikke et tidspunkt"),
    (r"'(.*)' is not a real date and time", "'{0}' er ikke et gyldigt tidspunkt"),
    (r"'(.*)' is not one of: .*", "'{0}' er ikke en af de mulige værdier"),
    (r"must be at least (\d+) characters", "skal være mindst {0} tegn"),
    (r"must be at least (.*)", "skal være mindst {0}"),
    (r"must be at most (.*)", "må højst være {0}"),
    (r"is longer than (\d+) characters", "er længere end {0} tegn"),
    (r"must be a whole number", "skal være et helt tal"),
    (r"must be a number", "skal være et tal"),
    (r"must be text", "skal være tekst"),
    (r"must be DDMMYY-SSSS", "skal skrives DDMMÅÅ-SSSS"),
    (r"does not hold a real date", "indeholder ikke en gyldig dato"),
    (
        r"fails the modulus-11 check.*",
        "består ikke modulus 11-kontrollen (det kan numre udstedt siden 2007); gemt som indtastet",
    ),
    (r"no member of staff has the key '(.*)'", "ingen medarbejder har brugernavnet '{0}'"),
    (r"no project has the key '(.*)'", "intet projekt har nøglen '{0}'"),
    (
        r"the participant is already enrolled in this project",
        "deltageren er allerede indskrevet i dette projekt",
    ),
    (r"an account '(.*)' already exists", "der findes allerede en konto '{0}'"),
    (r"a participant '(.*)' already exists", "der findes allerede en deltager '{0}'"),
    (r"cannot be changed", "kan ikke ændres"),
    (
        r"Unknown user or wrong password, or the account is disabled or locked for now\.",
        "Ukendt bruger eller forkert adgangskode, eller kontoen er deaktiveret eller låst lige nu.",
    ),
    (r"You cannot disable your own account\.", "Du kan ikke deaktivere din egen konto."),
    (
        r"Someone else changed this record after you opened it\..*",
        "En anden har ændret posten, efter du åbnede den. Din ændring blev ikke gemt.",
    ),
    (
        r"Someone else changed this person's details after you opened them\..*",
        "En anden har ændret personens oplysninger, efter du åbnede dem. "
        "Din ændring blev ikke gemt.",
    ),
    (r"The (\w+) record was deleted by someone else\.", "Posten er slettet af en anden."),
    (r"No participant '(.*)'\.", "Deltageren '{0}' findes ikke."),
    (r"No account '(.*)'\.", "Kontoen '{0}' findes ikke."),
    (
        r"(\S+) is not in your projects' caseload\..*",
        "{0} hører ikke til dine projekters sager. Angiv en begrundelse for at åbne sagen; "
        "den logges og vises for teamlederen.",
    ),
    (
        r"The project (\S+) is not among your projects\.",
        "Projektet {0} er ikke et af dine projekter.",
    ),
    (r"'?([^' ]+)'? is not among your projects", "{0} er ikke et af dine projekter"),
    (
        r"say why you need the file \((\d+) characters or more\)",
        "skriv hvorfor du har brug for sagen (mindst {0} tegn)",
    ),
    (
        r"The database holds projects that are not yours.*",
        "Databasen rummer projekter, der ikke er dine; det er en administrators opgave.",
    ),
    (
        r"That access is not one of those you review\.",
        "Den adgang er ikke en af dem, du gennemgår.",
    ),
    (r"has no open enrolment in your projects", "har ingen åben indskrivning i dine projekter"),
    (
        r"(\S+) has no access to (\S+); grant it first",
        "{0} har ikke adgang til {1}; giv adgang først",
    ),
    (r"no active account '(.*)'", "ingen aktiv konto '{0}'"),
    (r"(\S+) \((\w+)\) may not (.*)", "Din rolle giver ikke adgang til dette."),
    (
        r"this installation cannot reach a PostgreSQL server: the driver psycopg is not "
        r"installed \(install it with: (.*)\)",
        "Denne installation kan ikke forbinde til en PostgreSQL-server: driveren psycopg er "
        "ikke installeret (installér den med: {0})",
    ),
    (r"cannot connect to (\S+): (.*)", "Kan ikke forbinde til {0}: {1}"),
    (
        r"The connection to the database server is lost, so this was not done.*",
        "Forbindelsen til databaseserveren er tabt, så det blev ikke gjort (intet blev "
        "skrevet). caseapp forbinder igen af sig selv; prøv igen om et øjeblik.",
    ),
)

_COMPILED = tuple((re.compile(p + r"\Z", re.DOTALL), da) for p, da in _PATTERNS)


def translate(text: str) -> str:
    for pattern, danish in _COMPILED:
        m = pattern.match(text)
        if m:
            return danish.format(*m.groups())
    return text
