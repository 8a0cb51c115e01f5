"""The words of an insight document, in Danish (first) and English.

Kept apart from the layout so a translator changes words here without reading ReportLab code.
"""

from __future__ import annotations

from caseapp.domain import codes, labels

LANGS = ("da", "en")

_TEXT: dict[str, tuple[str, str]] = {
    "title": ("Indsigt i registrerede oplysninger", "Insight into recorded data"),
    "intro": (
        "Dette er alle de oplysninger, projektet har registreret om dig, og en oversigt over "
        "hvornår og hvorfor de er blevet læst eller ændret (databeskyttelsesforordningen "
        "artikel 15). Medarbejdere er angivet ved deres rolle, ikke ved navn.",
        "This is all the data the project has recorded about you, and a list of when and why "
        "it was read or changed (General Data Protection Regulation, article 15). Staff are "
        "given by their role, not by name.",
    ),
    "made_at": ("Udarbejdet", "Made"),
    "erased_on": ("Personoplysninger slettet den", "Personal data erased on"),
    "none": ("Ingen registreringer.", "Nothing recorded."),
    "page": ("Side", "Page"),
    "participant": ("Personoplysninger", "Personal details"),
    "enrolments": ("Forløb i projekter", "Enrolments in projects"),
    "contacts": ("Kontakter", "Contacts"),
    "housing": ("Boligsituation", "Housing"),
    "activities": ("Job og uddannelse", "Work and education"),
    "supports": ("Støtte", "Support"),
    "goals": ("Mål i handleplanen", "Goals in the action plan"),
    "tasks": ("Opgaver", "Tasks"),
    "consents": ("Samtykker", "Consents"),
    "accesses": ("Adgang til oplysningerne", "Access to the data"),
    "when": ("Tidspunkt", "When"),
    "what": ("Hvad skete", "What happened"),
    "purpose": ("Formål", "Purpose"),
    "role": ("Medarbejderens rolle", "Staff role"),
    "about": ("Om behandlingen af dine oplysninger", "How your data is processed"),
    "purposes_title": ("Formål", "Purposes"),
    "purposes": (
        "Oplysningerne bruges til sagsbehandlingen i projektet (kontakt, bolig, job og "
        "uddannelse, støtte og handleplan) og til at opgøre projektets resultater, som betalingen "
        "for projektet afhænger af.",
        "The data is used for the case work of the project (contact, housing, work and "
        "education, support and the action plan) and to work out the project's results, which "
        "the payment for the project depends on.",
    ),
    "recipients_title": ("Modtagere", "Recipients"),
    "recipients": (
        "Investeringsrådet får tal for grupper på mindst fem, aldrig navne eller CPR-numre. "
        "Betaleren af resultaterne får betalingskravet med dine uger og beløb under et "
        "pseudonym. Evaluator får pseudonymiserede oplysninger uden navne, CPR-nummer, "
        "kontaktoplysninger og notater.",
        "The investment council receives figures for groups of at least five, never names or "
        "CPR numbers. The payer of the outcomes receives the payment claim with your weeks and "
        "amounts under a pseudonym. The evaluator receives pseudonymised data without names, "
        "CPR number, contact details and notes.",
    ),
    "retention_title": ("Opbevaring", "Retention"),
    "retention": (
        "Dine personoplysninger slettes {years} år efter, at din sag er afsluttet. Anonyme "
        "fakta (datoer for forløb) bevares, så allerede opgjorte resultater ikke ændres.",
        "Your personal data is erased {years} years after your case is closed. Anonymous facts "
        "(the dates of spells) are kept, so results already reported do not change.",
    ),
    "rights_title": ("Dine rettigheder", "Your rights"),
    "rights": (
        "Du har ret til indsigt (dette dokument), til berigtigelse af forkerte oplysninger, til "
        "sletning og til begrænsning af behandlingen efter reglerne, og til at gøre indsigelse. "
        "Du kan klage til Datatilsynet, Carl Jacobsens Vej 35, 2500 Valby, dt@datatilsynet.dk, "
        "www.datatilsynet.dk.",
        "You have the right of access (this document), to rectification of wrong data, to "
        "erasure and to restriction of processing under the rules, and to object. You can "
        "complain to the Danish Data Protection Agency (Datatilsynet), Carl Jacobsens Vej 35, "
        "2500 Valby, Denmark, dt@datatilsynet.dk, www.datatilsynet.dk.",
    ),
    "controller_title": ("Dataansvarlig", "Data controller"),
    "controller_unknown": (
        "Spørg din kontaktperson, hvem der er dataansvarlig, og hvordan du kontakter dem.",
        "Ask your key worker who the data controller is and how to reach them.",
    ),
    "outcomes": (
        "Uger og resultater, du er talt med for",
        "Weeks and outcomes you were counted for",
    ),
    "outcomes_intro": (
        "Projektet betales efter resultater. Her er de uger i job eller uddannelse og de "
        "resultater, du er talt med for, og det beløb, de har udløst.",
        "The project is paid for results. These are the weeks in work or education and the "
        "outcomes you were counted for, and the amount they earned.",
    ),
    "outcome_metric": ("Resultat", "Outcome"),
    "weeks_counted": ("Uger talt med", "Weeks counted"),
    "weeks_paid": ("Uger betalt", "Weeks paid"),
    "reached_on": ("Nået", "Reached"),
    "amount": ("Beløb", "Amount"),
}

# The insight names staff by their role only: its field `x_role` is the role of staff member `x`.
_ROLE_OF = (" (rolle)", " (role)")

# Who did something without an account of staff: the program itself (imports, retention).
_SYSTEM = ("systemet", "the system")

_KINDS: dict[str, tuple[str, str]] = {
    "participant": ("personoplysninger", "personal details"),
    "contact": ("kontakt", "contact"),
    "housing": ("boligforløb", "housing spell"),
    "activity": ("job- eller uddannelsesforløb", "work or education spell"),
    "support": ("støtte", "support"),
    "goal": ("mål", "goal"),
    "task": ("opgave", "task"),
    "enrolment": ("forløb i projekt", "enrolment"),
    "consent": ("samtykke", "consent"),
}

# What an audit action was, and the purpose it served.
_ACTIONS: dict[str, tuple[tuple[str, str], str]] = {
    "viewed_file": (("Sagen blev åbnet", "The file was opened"), "casework"),
    "viewed_cpr": (("CPR-nummeret blev vist", "The CPR number was shown"), "casework"),
    "searched_journal": (
        ("Notater blev fundet ved en søgning", "Notes were found by a search"),
        "casework",
    ),
    "printed_journal": (("Journalen blev udskrevet", "The journal was printed"), "casework"),
    "viewed_ledger": (
        ("Din resultatopgørelse blev vist", "Your outcome ledger was shown"),
        "reporting",
    ),
    "insight_made": (("Indsigt blev udarbejdet", "Insight was prepared"), "insight"),
    "erased_participant": (("Personoplysninger slettet", "Personal data erased"), "erasure"),
    "audit_searched": (("Adgangsloggen blev læst", "The access log was read"), "control"),
    "audit_exported": (("Adgangsloggen blev udlæst", "The access log was exported"), "control"),
    "viewed_access_log": (("Adgangsloggen blev vist", "The access log was shown"), "control"),
    "opened_document": (("Et dokument blev åbnet", "A document was opened"), "casework"),
    "attached_document": (("Et dokument blev vedhæftet", "A document was attached"), "casework"),
    "deleted_document": (("Et dokument blev slettet", "A document was deleted"), "casework"),
    "viewed_figures": (("Udfaldstal blev vist", "Outcome figures were shown"), "reporting"),
    "ran_data_check": (("Datakvaliteten blev tjekket", "The data check was run"), "reporting"),
    "made_council_report": (
        ("Kvartalsrapport til rådet lavet", "Council report made"),
        "reporting",
    ),
    "made_workbook": (("Regneark med udfaldstal lavet", "Outcome workbook made"), "reporting"),
    "made_caseload_report": (("Sagsstamme-rapport lavet", "Caseload report made"), "reporting"),
    "exported": (("Data blev udlæst", "Data was exported"), "backup"),
    "exported_dataset": (("Datasæt blev udlæst", "A dataset was exported"), "backup"),
    "admin_full_export": (
        ("Fuld udlæsning af en administrator", "A full export by an administrator"),
        "backup",
    ),
    "imported": (("Data blev indlæst", "Data was imported"), "backup"),
    "imported_dataset": (("Datasæt blev indlæst", "A dataset was imported"), "backup"),
    "backup_made": (("Sikkerhedskopi lavet", "Backup made"), "backup"),
    "restored_backup": (("Sikkerhedskopi genindlæst", "Backup restored"), "backup"),
    "created_demo": (("Demodata oprettet", "Demo data created"), "other"),
    "audit_verified": (
        ("Adgangsloggen blev efterprøvet", "The access log was verified"),
        "control",
    ),
    "signed_in": (("Logget ind", "Signed in"), "other"),
    "sign_in_failed": (("Forkert adgangskode", "Wrong password"), "control"),
    "sign_in_refused": (("Log ind afvist", "Sign-in refused"), "control"),
    "account_locked": (("Konto låst", "Account locked"), "control"),
    "account_added": (("Konto oprettet", "Account added"), "other"),
    "account_enabled": (("Konto genåbnet", "Account enabled"), "other"),
    "account_disabled": (("Konto deaktiveret", "Account disabled"), "other"),
    "password_set": (("Adgangskode sat", "Password set"), "other"),
    "changed_setting": (("Indstilling ændret", "Setting changed"), "other"),
    "added_project": (("Projekt oprettet", "Project added"), "other"),
    "edited_contract": (("Kontrakt ændret", "Contract changed"), "reporting"),
    "checked_out": (("Taget med på en bærbar", "Taken out to a field laptop"), "casework"),
    "synced": (("Bærbar synkroniseret", "Field laptop synced"), "casework"),
    "synced_change": (("Ændring fra en bærbar", "Change from a field laptop"), "casework"),
    "synced_to_laptop": (("Sendt til en bærbar", "Sent to a field laptop"), "casework"),
    "resolved_conflict": (("Konflikt løst", "Conflict resolved"), "casework"),
    "viewed_conflicts": (("Konflikter vist", "Conflicts shown"), "casework"),
    "revoked_device": (("Bærbar spærret", "Field laptop revoked"), "control"),
    "granted_project": (("Adgang til projekt givet", "Project access granted"), "control"),
    "revoked_project": (("Adgang til projekt fjernet", "Project access revoked"), "control"),
    "set_own_caseload_only": (
        ("Adgang begrænset til egen sagsstamme", "Access narrowed to own caseload"),
        "control",
    ),
    "listed_participants": (
        ("Deltagerlisten blev vist", "The participant list was shown"),
        "casework",
    ),
    "opened_outside_scope": (
        ("Sagen blev åbnet uden for egne projekter", "The file was opened outside own projects"),
        "casework",
    ),
    "reviewed_access": (("Åbning gennemgået", "Opening reviewed"), "control"),
    "viewed_access_reviews": (
        ("Åbninger til gennemgang vist", "Openings to review shown"),
        "control",
    ),
    "reassigned_key_worker": (("Ny kontaktperson", "Key worker changed"), "casework"),
    "viewed_team": (("Teamets overblik vist", "The team view was shown"), "control"),
    "delivered_council_report": (
        ("Rapport til rådet afleveret", "Council report delivered"),
        "reporting",
    ),
    "wrote_delivered_report": (
        ("Afleveret rapport gemt som fil", "Delivered report written to a file"),
        "reporting",
    ),
    "listed_delivered_reports": (
        ("Afleverede rapporter vist", "Delivered reports listed"),
        "reporting",
    ),
    "made_payment_claim": (("Betalingsanmodning lavet", "Payment claim made"), "reporting"),
    "exported_indigo": (("Udlæst til INDIGO", "Exported for INDIGO"), "reporting"),
}


def has_words(code: str) -> bool:
    """Whether an action code has words of its own (not the code made readable)."""
    verb, _, kind = code.partition("_")
    return code in _ACTIONS or (verb in _VERBS and kind in _KINDS)


def known_actions() -> list[str]:
    """Every action code with words of its own (for picking one in a filter)."""
    from_kinds = [f"{verb}_{kind}" for verb in ("added", "edited", "deleted") for kind in _KINDS]
    return sorted({*_ACTIONS, *from_kinds})


_PURPOSES: dict[str, tuple[str, str]] = {
    "casework": ("Sagsbehandling", "Case work"),
    "insight": ("Din anmodning om indsigt", "Your request for insight"),
    "erasure": ("Sletning efter reglerne", "Erasure under the rules"),
    "control": ("Kontrol af adgang", "Checking who had access"),
    "reporting": ("Opgørelse af resultater", "Reporting outcomes"),
    "backup": ("Sikkerhedskopi og flytning af data", "Backup and moving data"),
    "other": ("Andet", "Other"),
}

_VERBS: dict[str, tuple[str, str]] = {
    "added": ("oprettet", "added"),
    "edited": ("rettet", "changed"),
    "deleted": ("slettet", "deleted"),
    "viewed": ("vist", "shown"),
}


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "en" else pair[0]


def text(key: str, lang: str) -> str:
    return _pick(_TEXT[key], lang)


def field(kind: str, name: str, lang: str) -> str:
    """A record field's label, in the words the screens use (`domain.labels`)."""
    words = "en" if lang == "en" else "da"
    if name.endswith("_role"):
        staff = labels.field_label(kind, name.removesuffix("_role"), words)
        return staff + _pick(_ROLE_OF, lang)
    return labels.field_label(kind, name, words)


def role(code: str | None, lang: str) -> str:
    """A staff role as running text ("a team lead"), in the words of the GUI's role labels."""
    if not code or code == "system":
        return _pick(_SYSTEM, lang)
    if code not in codes.ROLES:
        return code
    return labels.code_label("role", code, "en" if lang == "en" else "da").lower()


def action(code: str, lang: str) -> tuple[str, str]:
    """(what happened, its purpose) for an audit action code."""
    known = _ACTIONS.get(code)
    if known is not None:
        words, purpose = known
        return _pick(words, lang), _pick(_PURPOSES[purpose], lang)
    verb, _, kind = code.partition("_")
    if verb in _VERBS and kind in _KINDS:
        what = f"{_pick(_KINDS[kind], lang).capitalize()} {_pick(_VERBS[verb], lang)}"
        return what, _pick(_PURPOSES["casework"], lang)
    if code.startswith(("export", "report", "printed", "outcome")):
        return code.replace("_", " ").capitalize(), _pick(_PURPOSES["reporting"], lang)
    if code.startswith(("backup", "restore", "import")):
        return code.replace("_", " ").capitalize(), _pick(_PURPOSES["backup"], lang)
    return code.replace("_", " ").capitalize(), _pick(_PURPOSES["other"], lang)


def value(v: object, lang: str) -> str:
    """A JSON value as the reader sees it: codes made readable, yes/no, lists joined."""
    if v is None:
        return ""
    if isinstance(v, bool):
        return ("ja", "yes")[lang == "en"] if v else ("nej", "no")[lang == "en"]
    if isinstance(v, list):
        return ", ".join(value(x, lang) for x in v)
    if isinstance(v, float):
        return f"{v:g}"
    return str(v)
