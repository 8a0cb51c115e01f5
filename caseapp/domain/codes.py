"""The coded values used alike in the database, the dataset format and the reports.

Codes are English and stable; the words a user reads come from `labels.py`.
"""

from __future__ import annotations

HOUSING_TYPES: tuple[str, ...] = (
    "rough_sleeping",
    "emergency_shelter",
    "homeless_hostel",
    "temporary_housing",
    "institution_no_home",
    "non_conventional",
    "couch_surfing",
    "own_tenancy",
    "supported_housing",
    "family_home",
)

# ETHOS Light category (FEANTSA) of each housing code; 0 means housed.
ETHOS_LIGHT: dict[str, int] = {
    "rough_sleeping": 1,
    "emergency_shelter": 2,
    "homeless_hostel": 3,
    "temporary_housing": 3,
    "institution_no_home": 4,
    "non_conventional": 5,
    "couch_surfing": 6,
    "own_tenancy": 0,
    "supported_housing": 0,
    "family_home": 0,
}

HOMELESS_HOUSING: frozenset[str] = frozenset(c for c, cat in ETHOS_LIGHT.items() if cat > 0)
SHELTER_HOUSING: frozenset[str] = frozenset({"homeless_hostel", "emergency_shelter"})
DEFAULT_STABLE_HOUSING: tuple[str, ...] = ("own_tenancy", "supported_housing")

ACTIVITY_TYPES: tuple[str, ...] = (
    "ordinary_job",
    "flex_job",
    "sheltered_job",
    "subsidised_job",
    "work_placement",
    "education",
    "preparatory_education",
    "other",
)
JOB_TYPES: frozenset[str] = frozenset(
    {"ordinary_job", "flex_job", "sheltered_job", "subsidised_job", "work_placement"}
)
EDUCATION_TYPES: frozenset[str] = frozenset({"education", "preparatory_education"})

SUPPORT_TYPES: tuple[str, ...] = (
    "housing_support",
    "mentor",
    "aftercare",
    "job_consultant",
    "education_consultant",
    "debt_counselling",
    "health_referral",
    "substance_treatment",
    "network_support",
    "other",
)

CONTACT_MODES: tuple[str, ...] = ("in_person", "phone", "video", "text", "letter", "attempted")
CONTACT_LOCATIONS: tuple[str, ...] = (
    "home",
    "office",
    "outreach",
    "public_place",
    "workplace",
    "school",
    "other_authority",
    "other",
)
CONTACT_TOPICS: tuple[str, ...] = (
    "housing",
    "employment",
    "education",
    "health",
    "substance_use",
    "finances",
    "network",
    "daily_living",
    "authorities",
)

REFERRAL_SOURCES: tuple[str, ...] = (
    "jobcenter",
    "shelter",
    "psychiatry",
    "social_services",
    "self",
    "other",
)
EXIT_REASONS: tuple[str, ...] = (
    "completed",
    "moved_away",
    "declined",
    "lost_contact",
    "deceased",
    "transferred",
    "other",
)
GOAL_AREAS: tuple[str, ...] = (
    "housing",
    "employment",
    "education",
    "health",
    "finances",
    "network",
    "daily_living",
)
GOAL_STATUSES: tuple[str, ...] = ("open", "achieved", "dropped")

ROLES: tuple[str, ...] = ("caseworker", "coordinator", "team_lead", "evaluator", "admin")

METRIC_KINDS: tuple[str, ...] = ("weekly_activity", "activity_sustained", "housing_sustained")

# What a participant's consent covers (samtykke efter serviceloven / databeskyttelsesloven).
CONSENT_SCOPES: tuple[str, ...] = (
    "case_work",
    "share_jobcenter",
    "share_health",
    "share_housing",
    "evaluation",
)

# What a document kept with a person is.
DOCUMENT_KINDS: tuple[str, ...] = ("evidence", "consent", "lease", "letter", "other")
