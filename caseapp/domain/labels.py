"""The words a user reads for each code and record field, in Danish and English.

Codes stay English in the database and files; screens and reports show these labels instead.
"""

from __future__ import annotations

from caseapp.domain import codes

Lang = str  # "da" or "en"
LANGUAGES: tuple[str, ...] = ("da", "en")

# group -> code -> (Danish, English)
_CODES: dict[str, dict[str, tuple[str, str]]] = {
    "housing": {
        "rough_sleeping": ("Gadesovende", "Sleeping rough"),
        "emergency_shelter": ("Natvarmestue/nødherberg", "Emergency shelter"),
        "homeless_hostel": ("Herberg/forsorgshjem (§110)", "Homeless hostel (§110)"),
        "temporary_housing": ("Midlertidig bolig", "Temporary housing"),
        "institution_no_home": ("Institution uden bolig", "Institution, no home"),
        "non_conventional": ("Ikke-konventionel bolig", "Non-conventional dwelling"),
        "couch_surfing": ("Sofasurfing", "Couch surfing"),
        "own_tenancy": ("Egen lejekontrakt", "Own tenancy"),
        "supported_housing": ("Botilbud", "Supported housing"),
        "family_home": ("Bor fast hos familie", "Lives with family"),
    },
    "activity": {
        "ordinary_job": ("Ordinært job", "Ordinary job"),
        "flex_job": ("Fleksjob", "Flex job"),
        "sheltered_job": ("Skånejob", "Sheltered job"),
        "subsidised_job": ("Løntilskud", "Wage-subsidy job"),
        "work_placement": ("Virksomhedspraktik", "Work placement"),
        "education": ("Uddannelse", "Education"),
        "preparatory_education": ("FGU/forberedende", "Preparatory education"),
        "other": ("Andet", "Other"),
    },
    "support": {
        "housing_support": ("Bostøtte", "Housing support"),
        "mentor": ("Mentor", "Mentor"),
        "aftercare": ("Efterværn", "Aftercare"),
        "job_consultant": ("Virksomhedskonsulent", "Job consultant"),
        "education_consultant": ("Uddannelseskonsulent", "Education consultant"),
        "debt_counselling": ("Gældsrådgivning", "Debt counselling"),
        "health_referral": ("Henvisning til læge/psykiatri", "Health referral"),
        "substance_treatment": ("Misbrugsbehandling", "Substance treatment"),
        "network_support": ("Netværksstøtte", "Network support"),
        "other": ("Andet", "Other"),
    },
    "contact_mode": {
        "in_person": ("Personligt møde", "In person"),
        "phone": ("Telefon", "Phone"),
        "video": ("Video", "Video"),
        "text": ("SMS/besked", "Text message"),
        "letter": ("Brev", "Letter"),
        "attempted": ("Forsøgt, ingen kontakt", "Attempted, no contact"),
    },
    "contact_location": {
        "home": ("Hjemme", "Home"),
        "office": ("Kontoret", "Office"),
        "outreach": ("Opsøgende (gaden)", "Outreach (street)"),
        "public_place": ("Offentligt sted (café o.l.)", "Public place (cafe etc.)"),
        "workplace": ("Arbejdsplads", "Workplace"),
        "school": ("Skole", "School"),
        "other_authority": ("Anden myndighed", "Other authority"),
        "other": ("Andet", "Other"),
    },
    "contact_topic": {
        "housing": ("Bolig", "Housing"),
        "employment": ("Beskæftigelse", "Employment"),
        "education": ("Uddannelse", "Education"),
        "health": ("Helbred", "Health"),
        "substance_use": ("Misbrug", "Substance use"),
        "finances": ("Økonomi", "Finances"),
        "network": ("Netværk", "Network"),
        "daily_living": ("Dagligdag", "Daily living"),
        "authorities": ("Myndigheder", "Authorities"),
    },
    "referral_source": {
        "jobcenter": ("Jobcenter", "Jobcentre"),
        "shelter": ("Herberg", "Shelter"),
        "psychiatry": ("Psykiatri", "Psychiatry"),
        "social_services": ("Socialforvaltning", "Social services"),
        "self": ("Selvhenvendelse", "Self-referral"),
        "other": ("Andet", "Other"),
    },
    "exit_reason": {
        "completed": ("Gennemført", "Completed"),
        "moved_away": ("Fraflyttet", "Moved away"),
        "declined": ("Ønskede ikke at fortsætte", "Declined"),
        "lost_contact": ("Mistet kontakt", "Lost contact"),
        "deceased": ("Afgået ved døden", "Deceased"),
        "transferred": ("Overført", "Transferred"),
        "other": ("Andet", "Other"),
    },
    "goal_area": {
        "housing": ("Bolig", "Housing"),
        "employment": ("Beskæftigelse", "Employment"),
        "education": ("Uddannelse", "Education"),
        "health": ("Helbred", "Health"),
        "finances": ("Økonomi", "Finances"),
        "network": ("Netværk", "Network"),
        "daily_living": ("Dagligdag", "Daily living"),
    },
    "goal_status": {
        "open": ("Åben", "Open"),
        "achieved": ("Nået", "Achieved"),
        "dropped": ("Opgivet", "Dropped"),
    },
    "role": {
        "caseworker": ("Sagsbehandler", "Case worker"),
        "coordinator": ("Koordinator", "Coordinator"),
        "team_lead": ("Teamleder", "Team lead"),
        "evaluator": ("Evaluator", "Evaluator"),
        "admin": ("Administrator", "Administrator"),
    },
    "consent_scope": {
        "case_work": ("Sagsbehandling i projektet", "Case work in the project"),
        "share_jobcenter": ("Udveksling med jobcentret", "Sharing with the job centre"),
        "share_health": ("Udveksling med sundhedsvæsenet", "Sharing with health services"),
        "share_housing": ("Udveksling med boligselskab", "Sharing with the housing association"),
        "evaluation": ("Evaluering (pseudonymiseret)", "Evaluation (pseudonymised)"),
    },
    "document": {
        "evidence": ("Dokumentation (job/uddannelse)", "Evidence (work/education)"),
        "consent": ("Underskrevet samtykke", "Signed consent"),
        "lease": ("Lejekontrakt", "Lease"),
        "letter": ("Brev", "Letter"),
        "other": ("Andet", "Other"),
    },
    "status": {
        "referred": ("Henvist", "Referred"),
        "enrolled": ("Indskrevet", "Enrolled"),
        "exited": ("Afsluttet", "Exited"),
    },
}

# The code group each coded field of each record kind takes its labels from.
FIELD_GROUPS: dict[tuple[str, str], str] = {
    ("housing", "type"): "housing",
    ("activity", "type"): "activity",
    ("support", "type"): "support",
    ("contact", "mode"): "contact_mode",
    ("contact", "location"): "contact_location",
    ("contact", "topics"): "contact_topic",
    ("enrolment", "referral_source"): "referral_source",
    ("enrolment", "exit_reason"): "exit_reason",
    ("goal", "area"): "goal_area",
    ("goal", "status"): "goal_status",
    ("staff", "role"): "role",
    ("consent", "covers"): "consent_scope",
}

_COMMON_FIELDS: dict[str, tuple[str, str]] = {
    "type": ("Type", "Type"),
    "start": ("Start", "Start"),
    "end": ("Slut", "End"),
    "note": ("Note", "Note"),
    "address": ("Adresse", "Address"),
    "hours_per_week": ("Timer pr. uge", "Hours per week"),
    "key": ("Nøgle", "Key"),
    "name": ("Navn", "Name"),
    "email": ("E-mail", "Email"),
    "title": ("Titel", "Title"),
}

_FIELDS: dict[str, dict[str, tuple[str, str]]] = {
    "staff": {"role": ("Rolle", "Role"), "key": ("Brugernavn", "User name")},
    "project": {
        "municipality": ("Kommune", "Municipality"),
        "description": ("Beskrivelse", "Description"),
    },
    "participant": {
        "key": ("Deltager-id", "Participant key"),
        "first_name": ("Fornavn", "First name"),
        "last_name": ("Efternavn", "Last name"),
        "cpr": ("CPR-nummer", "CPR number"),
        "birth_date": ("Fødselsdato", "Birth date"),
        "birth_year": ("Fødselsår", "Birth year"),
        "phone": ("Telefon", "Phone"),
        "erased_on": ("Slettet", "Erased on"),
    },
    "enrolment": {
        "project": ("Projekt", "Project"),
        "referred_on": ("Henvist", "Referred on"),
        "referral_source": ("Henvist fra", "Referred by"),
        "intake_on": ("Visitation", "Intake on"),
        "consent_on": ("Samtykke", "Consent on"),
        "enrolled_on": ("Indskrevet", "Enrolled on"),
        "exited_on": ("Afsluttet", "Exited on"),
        "exit_reason": ("Afslutningsårsag", "Exit reason"),
        "key_worker": ("Kontaktperson", "Key worker"),
    },
    "contact": {
        "at": ("Tidspunkt", "Date and time"),
        "duration_min": ("Varighed (min.)", "Duration (min)"),
        "mode": ("Kontaktform", "Mode"),
        "location": ("Sted", "Location"),
        "staff": ("Medarbejder", "Staff"),
        "topics": ("Emner", "Topics"),
    },
    "activity": {
        "employer": ("Arbejdsgiver/skole", "Employer/school"),
        "verified": ("Dokumenteret", "Verified"),
        "evidence": ("Dokumentation", "Evidence"),
    },
    "support": {"provider": ("Udfører", "Provider")},
    "goal": {
        "area": ("Område", "Area"),
        "created_on": ("Oprettet", "Created on"),
        "target_date": ("Måldato", "Target date"),
        "status": ("Status", "Status"),
        "achieved_on": ("Nået den", "Achieved on"),
    },
    "consent": {
        "given_on": ("Givet", "Given on"),
        "covers": ("Dækker", "Covers"),
        "expires_on": ("Udløber", "Expires on"),
    },
    "task": {
        "due_on": ("Frist", "Due on"),
        "assigned_to": ("Ansvarlig", "Assigned to"),
        "done_on": ("Udført", "Done on"),
    },
}

# What one record of each kind is called.
_KINDS: dict[str, tuple[str, str]] = {
    "contact": ("Kontakt", "Contact"),
    "housing": ("Boligforhold", "Housing"),
    "activity": ("Job/uddannelse", "Work/education"),
    "support": ("Støtte", "Support"),
    "goal": ("Mål", "Goal"),
    "task": ("Opgave", "Task"),
    "enrolment": ("Indskrivning", "Enrolment"),
    "consent": ("Samtykke", "Consent"),
    "participant": ("Deltager", "Participant"),
    "staff": ("Medarbejder", "Staff member"),
    "project": ("Projekt", "Project"),
}


def _pick(pair: tuple[str, str], lang: Lang) -> str:
    return pair[0] if lang == "da" else pair[1]


def code_label(group: str, code: str | None, lang: Lang) -> str:
    """The label of a code; an unknown code is shown as it is, so nothing is hidden."""
    if code is None:
        return ""
    pair = _CODES.get(group, {}).get(code)
    return _pick(pair, lang) if pair else code


def code_choices(group: str, lang: Lang) -> list[tuple[str, str]]:
    """(code, label) in the order of `codes`, for pickers."""
    return [(code, _pick(pair, lang)) for code, pair in _CODES[group].items()]


def field_group(kind: str, field: str) -> str | None:
    return FIELD_GROUPS.get((kind, field))


def field_label(kind: str, field: str, lang: Lang) -> str:
    pair = _FIELDS.get(kind, {}).get(field) or _COMMON_FIELDS.get(field)
    return _pick(pair, lang) if pair else field.replace("_", " ").capitalize()


def has_field_label(kind: str, field: str) -> bool:
    """Whether a field has words of its own (not its name made readable)."""
    return field in _FIELDS.get(kind, {}) or field in _COMMON_FIELDS


def kind_label(kind: str, lang: Lang) -> str:
    pair = _KINDS.get(kind)
    return _pick(pair, lang) if pair else kind


def missing_labels() -> list[str]:
    """Codes without a label, as `group.code` (the tests keep this empty)."""
    expected = {
        "housing": codes.HOUSING_TYPES,
        "activity": codes.ACTIVITY_TYPES,
        "support": codes.SUPPORT_TYPES,
        "contact_mode": codes.CONTACT_MODES,
        "contact_location": codes.CONTACT_LOCATIONS,
        "contact_topic": codes.CONTACT_TOPICS,
        "referral_source": codes.REFERRAL_SOURCES,
        "exit_reason": codes.EXIT_REASONS,
        "goal_area": codes.GOAL_AREAS,
        "goal_status": codes.GOAL_STATUSES,
        "role": codes.ROLES,
        "consent_scope": codes.CONSENT_SCOPES,
        "document": codes.DOCUMENT_KINDS,
    }
    return [
        f"{group}.{code}"
        for group, wanted in expected.items()
        for code in wanted
        if code not in _CODES[group]
    ]
