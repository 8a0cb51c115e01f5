"""The action plan (handleplan) goals and the follow-up tasks that a participant's course gives.

Goals are reached when the course shows it (a home of their own, a first job); tasks follow the
events (a payslip to collect, a move to help with) and the routine (plan reviews every quarter).
Most past tasks are done; some are overdue, some due today or this week.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from random import Random
from typing import Any

from caseapp.demo.course import Course

Row = dict[str, Any]
Finder = Callable[[], date | None]

_ROUTINE_TASKS = (
    "Ringe til udlejer om depositum",
    "Følge med til lægen",
    "Søge enkeltydelse til tandlæge",
    "Bestille tid hos gældsrådgivningen",
    "Aftale trepartsmøde med jobcenteret",
    "Sende referat af netværksmøde",
    "Hjælpe med digital post og MitID",
    "Følge op på aftale med psykiatrien",
    "Undersøge fritidsjob",
    "Hjælpe med budget for næste måned",
    "Tjekke op på huslejen",
    "Ringe til sagsbehandler i ydelsescentret",
    "Følge med til samtale på FGU",
    "Søge om buskort",
)
_BOND_TASKS = (
    "Afklaringssamtale om arbejdsevne",
    "Ringe til praktikstedet",
    "Opfølgning med virksomhedsmentor",
    "Sende ansøgning om fleksjob til jobcenteret",
    "Aftale trepartsmøde med jobcenteret",
    "Følge op på aftale med psykiatrien",
    "Hjælpe med budget for næste måned",
    "Ringe til arbejdsgiver om timetal",
)


def _first(spells: list[Row], types: tuple[str, ...], since: date) -> date | None:
    return next((s["start"] for s in spells if s["type"] in types and s["start"] >= since), None)


def plan_goals(
    strand: str,
    course: Course,
    housing: list[Row],
    activities: list[Row],
    supports: list[Row],
    traits: frozenset[str],
    rng: Random,
    today: date,
) -> list[Row]:
    enrolled = course.enrolled_on
    if enrolled is None:
        return []
    home = _first(housing, ("own_tenancy", "supported_housing"), enrolled)
    own = next((s for s in housing if s["type"] == "own_tenancy" and s["start"] >= enrolled), None)
    jobs = ("ordinary_job", "flex_job", "sheltered_job", "subsidised_job")
    candidates: list[tuple[str, str, date, Finder | None]] = []

    def goal(title: str, area: str, created: date, reached: Finder | None = None) -> None:
        candidates.append((title, area, created, reached))

    start = enrolled + timedelta(days=rng.randint(0, 14))
    if strand == "bond":
        goal("Afprøve en virksomhedspraktik", "employment", start,
             lambda: _first(activities, ("work_placement",), enrolled))  # fmt: skip
        goal("Komme i job, fleksjob eller skånejob", "employment", start,
             lambda: _first(activities, (*jobs, "education"), enrolled))  # fmt: skip
        optional = [
            ("Stabil søvn og fast medicin", "health"),
            ("Få hverdagen til at hænge sammen", "daily_living"),
            ("Afklaring af arbejdsevne med jobcenteret", "employment"),
            ("Komme ud blandt andre mennesker en gang om ugen", "network"),
            ("Få overblik over gæld", "finances"),
        ]
    else:
        goal("Få egen bolig", "housing", start, lambda: home)
        if own is not None:
            lasts = own["end"] is None or (own["end"] - own["start"]).days >= 183
            goal("Betale husleje til tiden i 6 måneder", "finances",
                 own["start"] + timedelta(days=rng.randint(7, 30)),
                 lambda: own["start"] + timedelta(days=183) if lasts else None)  # fmt: skip
        area = "education" if rng.random() < 0.5 else "employment"
        goal("Komme i gang med uddannelse eller job", area,
             enrolled + timedelta(days=rng.randint(14, 60)),
             lambda: activities[0]["start"] if activities else None)  # fmt: skip
        optional = [
            ("Få styr på økonomien og lave et budget", "finances"),
            ("Få en fast læge og tage imod behandling", "health"),
            ("Genoptage kontakten til familien", "network"),
            ("Klare indkøb, madlavning og vasketøj selv", "daily_living"),
            ("Få MitID og digital post til at virke", "daily_living"),
        ]
        if "substance" in traits:
            optional.append(("Skære ned på hash", "health"))
    # Goals that a support given stands for: reached when debt counselling ends, or when
    # someone finally sees a doctor or a psychiatrist.
    debt_done = next((s["end"] for s in supports if s["type"] == "debt_counselling"), None)
    treated = _first(supports, ("health_referral",), enrolled)
    follows: dict[str, Finder] = {}
    if debt_done is not None:
        follows["Få overblik over gæld"] = lambda: debt_done
        follows["Få styr på økonomien og lave et budget"] = lambda: debt_done
    if treated is not None:
        follows["Få en fast læge og tage imod behandling"] = lambda: treated
    for title, area in rng.sample(optional, rng.randint(1, 3)):
        goal(title, area, enrolled + timedelta(days=rng.randint(7, 120)), follows.get(title))

    goals: list[Row] = []
    for title, area, created, reached in candidates:
        if created >= course.last_day:
            continue
        goals.append(_goal(title, area, created, reached, course, rng, today))
    return goals


def _goal(
    title: str,
    area: str,
    created: date,
    reached: Finder | None,
    course: Course,
    rng: Random,
    today: date,
) -> Row:
    achieved: date | None
    if reached is not None:
        achieved = reached()
    elif rng.random() < 0.45:
        achieved = created + timedelta(days=rng.randint(30, 250))
    else:
        achieved = None
    if achieved is not None:
        achieved = max(achieved, created)
        if achieved > course.last_day or achieved >= today:
            achieved = None
    status = "achieved" if achieved else "open"
    note = None
    if status == "open" and (
        course.left_early or ((today - created).days > 300 and rng.random() < 0.3)
    ):
        status, note = "dropped", "Ikke aktuelt længere"
    return {
        "title": title,
        "area": area,
        "created_on": created,
        "target_date": created + timedelta(days=rng.randint(90, 270)),
        "status": status,
        "achieved_on": achieved,
        "note": note,
    }


def plan_tasks(
    strand: str,
    course: Course,
    housing: list[Row],
    activities: list[Row],
    key_worker: str,
    colleagues: tuple[str, ...],
    rng: Random,
    today: date,
) -> list[Row]:
    tasks: list[Row] = []
    active = course.exited_on is None

    def task(title: str, due: date, done: date | None = None, *, keep_open: bool = False) -> None:
        if due > course.last_day + timedelta(days=0 if not active else 60):
            return
        if done is None and not keep_open and due < today and rng.random() < 0.97:
            done = due + timedelta(days=rng.randint(-4, 6))
        if done is not None and done >= today:
            done = None
        if done is None and not active and course.exited_on is not None:
            done = course.exited_on  # closed at the exit
        who = key_worker if rng.random() < 0.9 or not colleagues else rng.choice(colleagues)
        tasks.append({"title": title, "due_on": due, "assigned_to": who, "done_on": done,
                      "note": None})  # fmt: skip

    referred = course.referred_on
    booked = course.intake_on or referred + timedelta(days=rng.randint(0, 3))
    task(
        "Book indledende samtale",
        referred + timedelta(days=3),
        min(booked, referred + timedelta(days=3)),
    )
    enrolled = course.enrolled_on
    if enrolled is None:
        return tasks
    review = enrolled + timedelta(days=91)
    while review <= course.last_day + timedelta(days=91):
        task("Opfølgning på handleplanen", review)
        review += timedelta(days=91)
    for spell in housing:
        if spell["type"] == "own_tenancy" and spell["start"] > enrolled:
            moved = spell["start"]
            task("Søge indskudslån til lejligheden", moved - timedelta(days=10))
            task("Hjælpe med flytning, el og internet", moved + timedelta(days=2))
            task("Søge boligstøtte", moved + timedelta(days=7))
    for spell in activities:
        if spell["type"] == "work_placement":
            continue
        what = "studiebekræftelse" if "education" in spell["type"] else "lønseddel"
        done = None
        if spell["verified"]:
            done = spell["start"] + timedelta(days=rng.randint(18, 45))
        task(f"Indhente {what} fra {spell['employer']}", spell["start"] + timedelta(days=30),
             done, keep_open=not spell["verified"])  # fmt: skip
    pool = _BOND_TASKS if strand == "bond" else _ROUTINE_TASKS
    span = max((course.last_day - enrolled).days, 1)
    for _ in range(1 + span // 75):
        task(rng.choice(pool), enrolled + timedelta(days=rng.randint(0, span + 14)))
    if active:
        if rng.random() < 0.35:
            task(rng.choice(pool), today + timedelta(days=rng.randint(0, 6)))
        if rng.random() < 0.12:
            task(rng.choice(pool), today)
    return tasks
