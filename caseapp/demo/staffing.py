"""The demo's staff: an administrator, evaluators, a team lead per municipality, and per project a
coordinator with case workers enough for an intensive caseload. Keys are initials, as at work."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from random import Random

from caseapp.demo import identity, names
from caseapp.demo.projects import ProjectPlan

# Participants per key worker over the project: small, because the work is intensive.
CASELOAD = {"youth": 11, "vulnerable": 9, "bond": 18}
ADMIN_KEY = "admin"
# The first team lead (Aarhus') has a key the documentation can name; everyone else initials.
LEAD_KEY = "lead"


@dataclass(frozen=True)
class StaffMember:
    key: str
    name: str
    role: str
    since: date

    @property
    def email(self) -> str:
        return f"{self.key}@example.dk"


@dataclass(frozen=True)
class Staffing:
    members: list[StaffMember]
    # Each project's key workers, its coordinator first.
    workers: dict[str, tuple[str, ...]]
    # Each municipality's team lead, who owns its projects' contracts.
    leads: dict[str, str]


class _Namer:
    """Unique full names and unique initials-keys."""

    def __init__(self, rng: Random) -> None:
        self.rng = rng
        self.names: set[str] = set()
        self.keys: set[str] = {ADMIN_KEY, LEAD_KEY}

    def name(self) -> str:
        rng = self.rng
        while True:
            male = rng.random() < 0.3  # social work is mostly done by women
            first = identity.first_name(rng, male, young=rng.random() < 0.35)
            middle = f" {rng.choice(names.MIDDLE_NAMES)}" if rng.random() < 0.4 else ""
            full = f"{first}{middle} {identity.last_name(rng)}"
            if full not in self.names:
                self.names.add(full)
                return full

    def key(self, full: str) -> str:
        initials = "".join(part[0] for part in full.split()).lower()
        for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa")):
            initials = initials.replace(a, b)
        key, n = initials, 1
        while key in self.keys:
            n += 1
            key = f"{initials}{n}"
        self.keys.add(key)
        return key

    def member(self, role: str, since: date) -> StaffMember:
        full = self.name()
        return StaffMember(self.key(full), full, role, since)


def staff_projects(plans: list[ProjectPlan], seed: int) -> Staffing:
    rng = Random(f"{seed}:staff")
    namer = _Namer(rng)
    first_start = min((p.start for p in plans), default=date.today())
    admin_name = namer.name()
    members = [StaffMember(ADMIN_KEY, admin_name, "admin", first_start - timedelta(days=60))]
    members.append(namer.member("evaluator", first_start))
    if len(plans) > 1:
        members.append(namer.member("evaluator", first_start))
    leads: dict[str, str] = {}
    workers: dict[str, tuple[str, ...]] = {}
    for plan in plans:
        since = plan.start - timedelta(days=30)
        if plan.town.municipality not in leads:
            lead = namer.member("team_lead", since)
            if not leads:
                lead = StaffMember(LEAD_KEY, lead.name, lead.role, lead.since)
            leads[plan.town.municipality] = lead.key
            members.append(lead)
        count = max(2, -(-plan.size // CASELOAD[plan.strand]))
        team = [namer.member("coordinator", since)]
        team += [namer.member("caseworker", since) for _ in range(count - 1)]
        members += team
        workers[plan.key] = tuple(m.key for m in team)
    return Staffing(members, workers, leads)
