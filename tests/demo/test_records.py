"""The demo's records pass the validation the GUI and the import use, and look like real work."""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from datetime import timedelta
from typing import Any

from sqlalchemy import select

from caseapp.demo import identity
from caseapp.demo.places import AALBORG, AARHUS
from caseapp.domain import cpr, fields
from caseapp.domain.codes import HOMELESS_HOUSING
from caseapp.storage.base import Base
from caseapp.storage.models import (
    ActivitySpell,
    Contact,
    Enrolment,
    Goal,
    HousingSpell,
    Participant,
    Project,
    Staff,
    Support,
    Task,
)
from tests.demo.conftest import Demo

KINDS: dict[str, type[Base]] = {
    "participant": Participant,
    "enrolment": Enrolment,
    "contact": Contact,
    "housing": HousingSpell,
    "activity": ActivitySpell,
    "support": Support,
    "goal": Goal,
    "task": Task,
    "staff": Staff,
    "project": Project,
}
REFERENCES = {"staff": "staff_id", "key_worker": "key_worker_id", "assigned_to": "assigned_to_id"}


def _as_fields(kind: str, row: Any, staff: dict[int, str], projects: dict[int, str]) -> dict:
    """A stored row as the field values the validation reads (keys instead of ids)."""
    out: dict[str, Any] = {}
    for f in fields.RECORDS[kind]:
        if f.name in REFERENCES:
            out[f.name] = staff.get(getattr(row, REFERENCES[f.name]))
        elif f.name == "project":
            out["project"] = projects[row.project_id]
        elif f.name == "topics":
            out["topics"] = row.topic_list
        else:
            out[f.name] = getattr(row, f.name)
    return out


def test_every_record_passes_validation(demo: Demo) -> None:
    problems = []
    with demo.db.reader() as s:
        staff = {i: k for i, k in s.execute(select(Staff.id, Staff.key))}
        projects = {i: k for i, k in s.execute(select(Project.id, Project.key))}
        for kind, model in KINDS.items():
            for row in s.scalars(select(model)):
                _, found = fields.validate(kind, _as_fields(kind, row, staff, projects))
                problems += [(kind, str(p)) for p in found]
    assert problems == []


def test_people_have_plausible_personal_data(demo: Demo) -> None:
    with demo.db.reader() as s:
        rows = s.execute(
            select(Participant, Enrolment.referred_on, Project.key)
            .join(Enrolment, Enrolment.participant_id == Participant.id)
            .join(Project, Project.id == Enrolment.project_id)
        ).all()
    failing_mod11 = 0
    for person, referred, project in rows:
        assert person.first_name and person.last_name and person.cpr and person.birth_date
        assert cpr.birth_date(person.cpr) == person.birth_date
        assert person.birth_year == person.birth_date.year
        age = identity.age_on(person.birth_date, referred)
        assert (25 <= age <= 60) if project == "AAL-SIB" else (18 <= age <= 24), (project, age)
        failing_mod11 += not cpr.passes_modulus11(person.cpr)
        assert person.phone is None or person.phone.startswith("+45 ")
        town = AALBORG if project == "AAL-SIB" else AARHUS
        if person.address:
            assert any(place in person.address for _, place in town.streets), person.address
    # Most numbers pass modulus 11; a few do not, like real numbers issued since 2007.
    assert 0 < failing_mod11 < len(rows) * 0.2
    assert len({p.cpr for p, *_ in rows}) == len(rows)


def test_enrolments_show_every_stage(demo: Demo) -> None:
    with demo.db.reader() as s:
        enrolments = s.scalars(select(Enrolment)).all()
    status = Counter(e.status for e in enrolments)
    assert status["referred"] >= 2 and status["exited"] >= 5 and status["enrolled"] > 100
    reasons = {e.exit_reason for e in enrolments if e.exited_on}
    assert {"completed", "lost_contact"} <= reasons


def test_young_people_move_from_homelessness_into_a_home_of_their_own(demo: Demo) -> None:
    spells: dict[int, list[HousingSpell]] = defaultdict(list)
    with demo.db.reader() as s:
        for spell in s.scalars(select(HousingSpell).order_by(HousingSpell.start)):
            spells[spell.participant_id].append(spell)
    moves: Counter[tuple[bool, str]] = Counter()
    for history in spells.values():
        for before, after in itertools.pairwise(history):
            moves[(before.type in HOMELESS_HOUSING, after.type)] += 1
    assert moves[(True, "own_tenancy")] >= 30  # housed
    assert moves[(True, "homeless_hostel")] >= 3  # via a §110 hostel
    assert moves[(False, "couch_surfing")] + moves[(False, "emergency_shelter")] >= 1  # setbacks
    overlaps = sum(
        1
        for history in spells.values()
        for a, b in itertools.pairwise(history)
        if a.end is not None and b.start <= a.end
    )
    assert overlaps <= len(spells) * 0.05  # a rare slip, as in real files


def test_jobs_with_and_without_evidence(demo: Demo) -> None:
    with demo.db.reader() as s:
        spells = s.scalars(select(ActivitySpell)).all()
    types = Counter(a.type for a in spells)
    assert {"ordinary_job", "flex_job", "sheltered_job", "work_placement"} <= set(types)
    assert {"education", "preparatory_education"} <= set(types)
    verified = [a for a in spells if a.verified]
    waiting = [a for a in spells if not a.verified]
    assert verified and all(a.evidence for a in verified)
    assert waiting and all(a.evidence is None for a in waiting)
    assert any(a.start >= demo.today - timedelta(days=45) for a in waiting)
    jobs = [a for a in spells if a.type == "ordinary_job"]
    assert all(a.hours_per_week and 5 <= a.hours_per_week <= 37 for a in jobs)


def test_contacts_are_frequent_at_first_and_fit_the_days(demo: Demo) -> None:
    with demo.db.reader() as s:
        rows = s.execute(
            select(
                Contact.at, Contact.mode, Contact.topics, Contact.note, Enrolment.referred_on
            ).join(Enrolment, Enrolment.participant_id == Contact.participant_id)
        ).all()
        enrolled = {
            pid: day
            for pid, day in s.execute(select(Enrolment.participant_id, Enrolment.enrolled_on))
        }
        by_person = Counter(pid for pid in s.scalars(select(Contact.participant_id)))
    assert all(referred <= at.date() < demo.today for at, _, _, _, referred in rows)
    assert {m for _, m, _, _, _ in rows} >= {"in_person", "phone", "text", "attempted"}
    untopical = sum(1 for _, _, topics, _, _ in rows if not topics)
    assert untopical <= len(rows) * 0.01
    assert sum(1 for *_, note, _ in rows if note) > len(rows) * 0.8
    # The newest enrolled people have had fewer contacts than those followed for years.
    long, short = [], []
    for pid, count in by_person.items():
        day = enrolled[pid]
        if day is not None and day < demo.today - timedelta(days=700):
            long.append(count)
        elif day is not None and day > demo.today - timedelta(days=120):
            short.append(count)
    assert long and short and sum(long) / len(long) > 2 * sum(short) / len(short)


def test_tasks_are_overdue_due_today_this_week_and_done(demo: Demo) -> None:
    today = demo.today
    with demo.db.reader() as s:
        tasks = s.scalars(select(Task)).all()
    open_tasks = [t for t in tasks if t.done_on is None]
    assert sum(1 for t in tasks if t.done_on is not None) > len(tasks) / 2
    assert any(t.due_on and t.due_on < today for t in open_tasks)
    assert any(t.due_on == today for t in open_tasks)
    assert any(t.due_on and today < t.due_on <= today + timedelta(days=6) for t in open_tasks)
    assert all(t.done_on is None or t.done_on <= today for t in tasks)


def test_goals_follow_the_course(demo: Demo) -> None:
    with demo.db.reader() as s:
        goals = s.scalars(select(Goal)).all()
    status = Counter(g.status for g in goals)
    assert status["achieved"] and status["open"] and status["dropped"]
    assert all(g.achieved_on is not None for g in goals if g.status == "achieved")
    assert any(g.title == "Få egen bolig" and g.status == "achieved" for g in goals)
