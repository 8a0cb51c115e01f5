"""Danish for the team lead's screen (English source text -> Danish); merged into the GUI's
catalog when `caseapp.gui.team` is imported."""

from __future__ import annotations

CATALOG: dict[str, str] = {
    "Team": "Team",
    "Your team": "Dit team",
    "Each key worker's caseload and what needs attention. Double-click a number to see who.": (
        "Hver kontaktpersons sager, og hvad der kræver opmærksomhed. "
        "Dobbeltklik på et tal for at se hvem."
    ),
    "Key worker": "Kontaktperson",
    "Caseload": "Sager",
    "Not seen 14+ days": "Ikke set i 14+ dage",
    "Overdue tasks": "Overskredne opgaver",
    "Jobs without evidence": "Job uden dokumentation",
    "Last contact": "Seneste kontakt",
    "(no key worker)": "(ingen kontaktperson)",
    "Participant": "Deltager",
    "Name": "Navn",
    "Project": "Projekt",
    "Status": "Status",
    "Choose a number above to list the participants behind it.": (
        "Vælg et tal ovenfor for at se deltagerne bag det."
    ),
    "{what} · {worker} ({n})": "{what} · {worker} ({n})",
    "Reassign to": "Flyt til",
    "Reassign the selected": "Flyt de valgte",
    "Reassign participants": "Flyt deltagere",
    "Make {worker} the key worker of {n} participants?": (
        "Skal {worker} være kontaktperson for {n} deltagere?"
    ),
    "{n} participants now have {worker} as key worker.": (
        "{n} deltagere har nu {worker} som kontaktperson."
    ),
    "Select one or more participants in the list first.": (
        "Vælg først en eller flere deltagere på listen."
    ),
    "Files opened outside access": "Sager åbnet uden for adgang",
    "Who opened a file outside their projects, and why. Mark each reviewed once you have looked.": (
        "Hvem har åbnet en sag uden for deres projekter, og hvorfor. "
        "Markér hver som gennemgået, når du har set på den."
    ),
    "When": "Tidspunkt",
    "Who": "Hvem",
    "Reason": "Begrundelse",
    "Reviewed": "Gennemgået",
    "Mark reviewed": "Markér som gennemgået",
    "Only those not reviewed": "Kun dem, der ikke er gennemgået",
    "No file has been opened outside access.": "Ingen sag er åbnet uden for adgang.",
    "Loading…": "Henter…",
    "{n} to review": "{n} til gennemgang",
}
