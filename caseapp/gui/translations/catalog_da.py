"""Danish for every text the GUI's widgets show (English source text -> Danish).

A test checks that every `tr("...")` and `N_("...")` of the GUI has an entry here. Other GUI
packages may add their own texts to this dictionary when they are imported.
"""

from __future__ import annotations

CATALOG: dict[str, str] = {
    # Main window, menus, toolbar
    "&File": "&Filer",
    "&Go": "&Gå til",
    "&Language": "&Sprog",
    "&Help": "&Hjælp",
    "Main toolbar": "Værktøjslinje",
    "Log contact…": "Registrér kontakt…",
    "Log a contact (Ctrl+K)": "Registrér en kontakt (Ctrl+K)",
    "Log a contact": "Registrér en kontakt",
    "Refresh": "Opdater",
    "Projects…": "Projekter…",
    "Projects": "Projekter",
    "Case workers see only their own caseload in": "Sagsbehandlere ser kun egne sager i",
    "Case workers in {project} now see only their own caseload.": (
        "Sagsbehandlere i {project} ser nu kun deres egne sager."
    ),
    "Case workers in {project} now see the whole project.": (
        "Sagsbehandlere i {project} ser nu hele projektet."
    ),
    "Projects of {key} saved.": "Projekter for {key} er gemt.",
    "Projects of {name}": "Projekter for {name}",
    "{name} sees the participants of the projects ticked here, and nobody else's.": (
        "{name} ser deltagerne i de projekter, der er markeret her, og ingen andres."
    ),
    "Open a file by key…": "Åbn en sag ud fra nøgle…",
    "Open a file by key": "Åbn en sag ud fra nøgle",
    "Participant key (e.g. P-0012):": "Deltagerens nøgle (f.eks. P-0012):",
    "{key} is not in your projects' caseload. If you need the file, say why: the opening and "
    "your reason are logged and shown to the team lead.": (
        "{key} hører ikke til dine projekters sager. Har du brug for sagen, så skriv hvorfor: "
        "åbningen og din begrundelse logges og vises for teamlederen."
    ),
    "Why do you need this file?": "Hvorfor har du brug for sagen?",
    "Open with this reason": "Åbn med denne begrundelse",
    "Sign out": "Log ud",
    "Quit": "Afslut",
    "Keyboard shortcuts": "Tastaturgenveje",
    "Signed in as {key}": "Logget ind som {key}",
    "Not done": "Ikke udført",
    "Search participants": "Søg blandt deltagere",
    "Go to a page": "Gå til en side",
    "Go to a page of the open file": "Gå til en side i den åbne sag",
    "Add a record on the file page": "Tilføj en post på sagens side",
    "Save the form": "Gem formularen",
    "Cancel the form": "Fortryd formularen",
    "Close the file": "Luk sagen",
    "Unsaved changes": "Ændringer er ikke gemt",
    "Some changes are not saved yet. Close anyway?": "Nogle ændringer er ikke gemt. Luk alligevel?",
    "Some changes are not saved yet. Sign out anyway?": (
        "Nogle ændringer er ikke gemt. Log ud alligevel?"
    ),
    # Navigation
    "My caseload": "Mit overblik",
    "Participants": "Deltagere",
    "Reports": "Rapporter",
    "Project and contract": "Projekt og kontrakt",
    "Administration": "Administration",
    "The quarterly report for the investment council and the outcome workbook will be made "
    "here. Until then, use 'caseapp report' on the command line.": (
        "Her laves kvartalsrapporten til Rådet for Sociale Investeringer og regnearket med "
        "udfaldstal. Indtil da: brug 'caseapp report' på kommandolinjen."
    ),
    "The project's contract and its outcome figures will be shown here. Until then, use "
    "'caseapp outcomes' on the command line.": (
        "Her vises projektets kontrakt og udfaldstal. Indtil da: brug 'caseapp outcomes' på "
        "kommandolinjen."
    ),
    # Sign-in
    "The database {name} is encrypted. Its passphrase:": (
        "Databasen {name} er krypteret. Dens adgangsfrase:"
    ),
    "Sign in – caseapp": "Log ind – caseapp",
    "Sign in": "Log ind",
    "Database: {name}": "Database: {name}",
    "User name": "Brugernavn",
    "Password": "Adgangskode",
    "Signing in…": "Logger ind…",
    "Type your user name and password.": "Skriv dit brugernavn og din adgangskode.",
    "Demo accounts (password: demo)": "Demokonti (adgangskode: demo)",
    "This is a demo database with invented people. Double-click an account to sign in as it.": (
        "Dette er en demodatabase med opdigtede personer. Dobbeltklik på en konto for at "
        "logge ind med den."
    ),
    # Overview
    "Hello, {name}": "Goddag, {name}",
    "{not_seen} of your participants not seen for 14 days or more · {tasks} tasks due "
    "({overdue} overdue) · {jobs} without evidence": (
        "{not_seen} af dine deltagere ikke set i 14 dage eller mere · {tasks} opgaver med "
        "frist ({overdue} overskredet) · {jobs} uden dokumentation"
    ),
    "Not seen for 14 days or more": "Ikke set i 14 dage eller mere",
    "Tasks due this week and overdue": "Opgaver med frist denne uge og overskredne",
    "Jobs and education without evidence": "Job og uddannelse uden dokumentation",
    "Recent contacts": "Seneste kontakter",
    "Everyone has been seen within the last 14 days.": "Alle er set inden for de sidste 14 dage.",
    "No tasks due this week.": "Ingen opgaver med frist denne uge.",
    "Every job and education has evidence.": "Alle job og uddannelser er dokumenteret.",
    "No contacts in the last 30 days.": "Ingen kontakter de sidste 30 dage.",
    "Click a row to open the file": "Klik på en række for at åbne sagen",
    "Participant": "Deltager",
    "Due": "Frist",
    "Task": "Opgave",
    "Job or education": "Job eller uddannelse",
    "Since": "Siden",
    "Employer/school": "Arbejdsgiver/skole",
    "When": "Hvornår",
    "Mode": "Kontaktform",
    "Topics": "Emner",
    # Participant list
    "List": "Liste",
    "Key": "Id",
    "Name": "Navn",
    "Age": "Alder",
    "Project": "Projekt",
    "Status": "Status",
    "Key worker": "Kontaktperson",
    "Housing now": "Bolig nu",
    "Work/education now": "Job/uddannelse nu",
    "Last seen": "Sidst set",
    "today": "i dag",
    "1 day": "1 dag",
    "{n} days": "{n} dage",
    "Next task": "Næste opgave",
    "All projects": "Alle projekter",
    "All statuses": "Alle statusser",
    "All key workers": "Alle kontaktpersoner",
    "{total} participants": "{total} deltagere",
    "{shown} of {total} participants": "{shown} af {total} deltagere",
    "Search by name, key or the last digits of a CPR number": (
        "Søg på navn, id eller de sidste cifre i et CPR-nummer"
    ),
    "Not seen for 14+ days": "Ikke set i 14+ dage",
    "Job without evidence": "Job uden dokumentation",
    "Open file": "Åbn sag",
    "New participant…": "Ny deltager…",
    "Register a new referral (Ctrl+Shift+N)": "Registrér en ny henvisning (Ctrl+Shift+N)",
    "New participant": "Ny deltager",
    "Edit {key}": "Ret {key}",
    "The person": "Personen",
    "Referral": "Henvisning",
    "Edit details…": "Ret oplysninger…",
    "Change the person's name, phone, e-mail or address": (
        "Ret personens navn, telefon, e-mail eller adresse"
    ),
    "Someone else changed this person's details after you opened them, so your change was "
    "not saved. Close this window, and edit again.": (
        "En anden har ændret personens oplysninger, efter du åbnede dem, så din ændring blev "
        "ikke gemt. Luk vinduet, og ret igen."
    ),
    "A job or education without evidence is recorded": (
        "Der er registreret job eller uddannelse uden dokumentation"
    ),
    "(erased)": "(slettet)",
    "never": "aldrig",
    "Last contact {when}": "Seneste kontakt {when}",
    "This file has a form with changes that are not saved. Close it anyway?": (
        "Sagen har en formular med ændringer, der ikke er gemt. Luk den alligevel?"
    ),
    # Participant file
    "Loading…": "Henter…",
    "The file could not be opened: {reason}": "Sagen kunne ikke åbnes: {reason}",
    "Show CPR": "Vis CPR",
    "Hide CPR": "Skjul CPR",
    "CPR {number}": "CPR {number}",
    "Shows the full CPR number for a minute; this is logged": (
        "Viser hele CPR-nummeret i et minut; det bliver logget"
    ),
    "Log a contact with this person (Ctrl+K)": "Registrér en kontakt med personen (Ctrl+K)",
    "Consent": "Samtykke",
    "Last contact": "Seneste kontakt",
    "(personal data erased)": "(personoplysninger slettet)",
    "Not enrolled": "Ikke indskrevet",
    "{what} since {since}": "{what} siden {since}",
    "{days} days ago ({when})": "for {days} dage siden ({when})",
    "{age} years": "{age} år",
    "Phone {phone}": "Tlf. {phone}",
    "none": "intet",
    "no evidence": "ikke dokumenteret",
    "Timeline": "Tidslinje",
    "Contacts": "Kontakter",
    "Housing": "Bolig",
    "Work and education": "Job og uddannelse",
    "Supports": "Støtte",
    "Goals": "Mål",
    "Tasks": "Opgaver",
    "Enrolment and exit": "Indskrivning og afslutning",
    "Everything": "Alt",
    "Show": "Vis",
    "Date": "Dato",
    "What": "Hvad",
    "Details": "Detaljer",
    "Contact: {code}": "Kontakt: {code}",
    "{kind} started: {code}": "{kind} begyndt: {code}",
    "{kind} ended: {code}": "{kind} ophørt: {code}",
    "Goal set ({code})": "Mål sat ({code})",
    "Goal achieved ({code})": "Mål nået ({code})",
    "Task due": "Opgave har frist",
    "Task done": "Opgave udført",
    "Referred to {code}": "Henvist til {code}",
    "Intake ({code})": "Visitation ({code})",
    "Consent given ({code})": "Samtykke givet ({code})",
    "Enrolled in {code}": "Indskrevet i {code}",
    "Exited: {code}": "Afsluttet: {code}",
    # Record pages
    "Add": "Tilføj",
    "Add a new record (Ctrl+N)": "Tilføj en ny post (Ctrl+N)",
    "Edit": "Ret",
    "Delete": "Slet",
    "Delete this {what}? This cannot be undone.": (
        "Slet denne post ({what})? Det kan ikke fortrydes."
    ),
    "The form has changes that are not saved. Discard them?": (
        "Formularen har ændringer, der ikke er gemt. Kassér dem?"
    ),
    "End the current one ({what} since {since}) the day before this starts": (
        "Afslut den nuværende ({what} siden {since}) dagen før denne begynder"
    ),
    "Mark done": "Markér som udført",
    "Mark achieved": "Markér som nået",
    "Exit…": "Afslut forløb…",
    "Record the participant's exit from the project": (
        "Registrér deltagerens afslutning i projektet"
    ),
    "Action plan: {achieved} of {total} goals achieved": (
        "Handleplan: {achieved} af {total} mål nået"
    ),
    "{open} open tasks, {overdue} overdue": "{open} åbne opgaver, {overdue} med overskredet frist",
    "{open} open tasks": "{open} åbne opgaver",
    "{n} spells overlap another": "{n} perioder overlapper en anden",
    "{n} gaps between spells": "{n} huller mellem perioder",
    "Check the dates.": "Tjek datoerne.",
    "{n} jobs or educations without evidence: they count towards no outcome until verified": (
        "{n} job eller uddannelser uden dokumentation: de tæller ikke med i udfaldet, før de er "
        "dokumenteret"
    ),
    "No evidence yet: does not count towards outcomes": (
        "Ikke dokumenteret endnu: tæller ikke med i udfaldet"
    ),
    "Overlaps another housing spell": "Overlapper en anden boligperiode",
    "Overlaps another housing spell by {days} days": (
        "Overlapper en anden boligperiode med {days} dage"
    ),
    "Gap of {days} days before this spell": "Hul på {days} dage før denne periode",
    "Someone else changed this record after you opened it, so your change was not saved. "
    "Your values are still in the form; the saved version is shown below. Save again to "
    "replace it with yours, or cancel to keep it.": (
        "En anden har ændret posten, efter du åbnede den, så din ændring blev ikke gemt. Dine "
        "værdier står stadig i formularen; den gemte udgave vises nedenfor. Gem igen for at "
        "erstatte den med din, eller fortryd for at beholde den."
    ),
    "Someone else deleted this record. Your values are still in the form; saving adds them "
    "as a new record.": (
        "En anden har slettet posten. Dine værdier står stadig i formularen; gemmer du, "
        "oprettes de som en ny post."
    ),
    "Not saved: {reason}": "Ikke gemt: {reason}",
    # Forms
    "Save": "Gem",
    "Save (Ctrl+Enter)": "Gem (Ctrl+Enter)",
    "Cancel": "Annuller",
    "New: {what}": "Ny: {what}",
    "Edit: {what}": "Ret: {what}",
    "The saved version": "Den gemte udgave",
    "Yes": "Ja",
    "No": "Nej",
    "Pick a date": "Vælg en dato",
    "Choose…": "Vælg…",
    "Today": "I dag",
    "DD-MM-YYYY": "DD-MM-ÅÅÅÅ",
    # Quick contact and drafts
    "Type a name, key or the last CPR digits": "Skriv et navn, et id eller de sidste CPR-cifre",
    "minutes": "minutter",
    "What happened, what was agreed": "Hvad skete der, hvad blev aftalt",
    "Saving…": "Gemmer…",
    "Choose the participant": "Vælg deltageren",
    "No single participant matches; pick one from the list": (
        "Ingen entydig deltager passer; vælg en fra listen"
    ),
    "Discard the note?": "Kassér noten?",
    "The note has not been saved. Discard it?": "Noten er ikke gemt. Kassér den?",
    "Continue writing": "Skriv videre",
    "Discard": "Kassér",
    "A contact note you were writing ({when}) was not saved. It was kept for you.": (
        "En kontaktnote, du var ved at skrive ({when}), blev ikke gemt. Den er gemt til dig."
    ),
    "What you were typing in this file ({what}, {when}) was not saved. It was kept for you.": (
        "Det, du skrev i denne sag ({what}, {when}), blev ikke gemt. Det er gemt til dig."
    ),
    "What you were typing in the file of {person} ({what}, {when}) was not saved. "
    "It was kept for you.": (
        "Det, du skrev i sagen for {person} ({what}, {when}), blev ikke gemt. Det er gemt til dig."
    ),
    "({n} more)": "(og {n} til)",
    "Met at the cafe. Talked about the flat viewing on Thursday.": (
        "Mødtes på caféen. Talte om fremvisningen af lejligheden på torsdag."
    ),
    # Administration
    "Accounts": "Brugerkonti",
    "Add account…": "Opret konto…",
    "Add account": "Opret konto",
    "Set password…": "Sæt adgangskode…",
    "Set password for {account}": "Sæt adgangskode for {account}",
    "New password": "Ny adgangskode",
    "Repeat password": "Gentag adgangskode",
    "The password must be at least {n} characters": "Adgangskoden skal være mindst {n} tegn",
    "The two passwords differ": "De to adgangskoder er forskellige",
    "Disable": "Deaktivér",
    "Enable": "Aktivér",
    "Disable account": "Deaktivér konto",
    "Disable {name} ({key})? They can no longer sign in.": (
        "Deaktivér {name} ({key})? Personen kan ikke længere logge ind."
    ),
    "Working…": "Arbejder…",
    "Account {key} added.": "Kontoen {key} er oprettet.",
    "Account {key} enabled.": "Kontoen {key} er aktiveret.",
    "Account {key} disabled.": "Kontoen {key} er deaktiveret.",
    "Password set for {key}.": "Adgangskoden er sat for {key}.",
    "Role": "Rolle",
    "Email": "E-mail",
    "Last sign-in": "Seneste login",
    "Active": "Aktiv",
    "Disabled": "Deaktiveret",
    "Locked (wrong passwords)": "Låst (forkerte adgangskoder)",
    "No password": "Ingen adgangskode",
}
