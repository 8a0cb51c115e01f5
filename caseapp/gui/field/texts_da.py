"""Danish for the field-laptop screens (English source text -> Danish)."""

from __future__ import annotations

CATALOG: dict[str, str] = {
    "Take my caseload offline…": "Tag mine sager med offline…",
    "Take my caseload offline": "Tag mine sager med offline",
    "A laptop database holds the participants you choose, to work on without a network. "
    "Sync it with this database when you are back.": (
        "En bærbar database rummer de deltagere, du vælger, så du kan arbejde uden net. "
        "Synkronisér den med denne database, når du er tilbage."
    ),
    "My own caseload": "Mine egne sager",
    "Everyone in project {project}": "Alle i projektet {project}",
    "Laptop database file": "Den bærbares databasefil",
    "Choose…": "Vælg…",
    "Encrypt it with a passphrase": "Kryptér den med en adgangsfrase",
    "Passphrase": "Adgangsfrase",
    "Repeat the passphrase": "Gentag adgangsfrasen",
    "The two passphrases differ.": "De to adgangsfraser er forskellige.",
    "Choose where to save the laptop database.": "Vælg hvor den bærbare database skal gemmes.",
    "Laptop database": "Bærbar database",
    "caseapp databases (*.db)": "caseapp-databaser (*.db)",
    "Taking the caseload offline…": "Tager sagerne med offline…",
    "{n} participants are on {file}. Open it on the laptop: caseapp --db {file}": (
        "{n} deltagere ligger i {file}. Åbn den på den bærbare: caseapp --db {file}"
    ),
    "Sync now": "Synkronisér nu",
    "Last synced {when}": "Sidst synkroniseret {when}",
    "Never synced": "Aldrig synkroniseret",
    "{n} changes to send": "{n} ændringer at sende",
    "{n} conflicts": "{n} konflikter",
    "Sync with the team server": "Synkronisér med teamserveren",
    "Your password on the team server:": "Din adgangskode på teamserveren:",
    "Syncing…": "Synkroniserer…",
    "Synced: {sent} changes sent, {received} participants updated, {conflicts} conflicts open.": (
        "Synkroniseret: {sent} ændringer sendt, {received} deltagere opdateret, "
        "{conflicts} konflikter åbne."
    ),
    "The sync did not finish: {reason}. Nothing was lost; sync again.": (
        "Synkroniseringen blev ikke færdig: {reason}. Intet er tabt; synkronisér igen."
    ),
    "Conflicts": "Konflikter",
    "A field changed in two places is applied nowhere until you decide. "
    "Until then the team server's value stands.": (
        "Et felt, der er ændret to steder, bruges ingen steder, før du beslutter. "
        "Indtil da gælder teamserverens værdi."
    ),
    "Field": "Felt",
    "Server's value": "Serverens værdi",
    "Laptop's value": "Den bærbares værdi",
    "Changed on the server by": "Ændret på serveren af",
    "Changed on the laptop by": "Ændret på den bærbare af",
    "Keep the laptop's": "Behold den bærbares",
    "Keep the server's": "Behold serverens",
    "Another value…": "En anden værdi…",
    "Value for {field}:": "Værdi for {field}:",
    "No conflicts: every change has been applied.": "Ingen konflikter: alle ændringer er brugt.",
    "Decided: {field} is now {value}.": "Besluttet: {field} er nu {value}.",
    "(empty)": "(tom)",
    "(record deleted)": "(posten er slettet)",
    "(record changed)": "(posten er ændret)",
    "{who}, {when}": "{who}, {when}",
}
