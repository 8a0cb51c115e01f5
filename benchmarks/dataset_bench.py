"""How long a realistic 2,000-participant dataset takes to import into SQLite and export again.

Run: `.venv/bin/python benchmarks/dataset_bench.py [--participants N]`.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from caseapp.domain import codes

_FIRST = ("Sara", "Ali", "Mia", "Kasper", "Nadia", "Oliver", "Emma", "Lucas", "Freja", "Noah")
_LAST = ("Nielsen", "Hansen", "Jensen", "Madsen", "Berg", "Lund", "Poulsen", "Andersen", "Holm")
_NOTES = (
    "Talked about the rent and the letter from the municipality.",
    "Met at the cafe; went through the budget together.",
    "No answer on the phone; left a message.",
    "Visited the flat; the heating works again.",
    "Went with them to the job centre meeting.",
)

CONTRACT: dict[str, Any] = {
    "currency": "DKK",
    "payment_end": "2025-12-31",
    "target_participants": 2000,
    "baseline_rate": 0.25,
    "target_rate": 0.5,
    "investment": 5000000,
    "avoided_cost_per_week": 2000,
    "stable_housing": ["own_tenancy", "supported_housing"],
    "success": {"metric": "work-edu", "min_weeks": 1},
    "metrics": [
        {
            "id": "work-edu",
            "name": "Weeks in work or education",
            "kind": "weekly_activity",
            "tariffs": {"ordinary_job": 1000, "flex_job": 800, "education": 700},
            "window_weeks": 104,
        }
    ],
}


def _day(rng: random.Random, start: date, span_days: int) -> date:
    return start + timedelta(days=rng.randrange(max(span_days, 1)))


def _cpr(born: date, serial: int) -> str:
    # Serials 0000-3999 put 1900-1999 births in the 1900s and 2000s births need 4xxx-9xxx.
    first = 0 if born.year < 2000 else 4
    return f"{born:%d%m%y}-{first}{serial % 1000:03d}"


def _participant(rng: random.Random, n: int, staff: list[str], contacts: int) -> dict[str, Any]:
    born = date(1995, 1, 1) + timedelta(days=rng.randrange(365 * 10))
    referred = _day(rng, date(2021, 8, 1), 900)
    enrolled = referred + timedelta(days=rng.randrange(5, 40))
    exited = enrolled + timedelta(days=rng.randrange(200, 900)) if rng.random() < 0.2 else None
    worker = rng.choice(staff)
    person: dict[str, Any] = {
        "key": f"P-{n:05d}",
        "first_name": rng.choice(_FIRST),
        "last_name": rng.choice(_LAST),
        "cpr": _cpr(born, n),
        "birth_date": born.isoformat(),
        "phone": f"+45 {rng.randrange(20000000, 99999999)}",
        "enrolments": [
            {
                "project": "BENCH-HF",
                "referred_on": referred.isoformat(),
                "referral_source": rng.choice(codes.REFERRAL_SOURCES),
                "intake_on": enrolled.isoformat(),
                "consent_on": enrolled.isoformat(),
                "enrolled_on": enrolled.isoformat(),
                "exited_on": exited.isoformat() if exited else None,
                "exit_reason": rng.choice(codes.EXIT_REASONS) if exited else None,
                "key_worker": worker,
            }
        ],
    }
    at = datetime.combine(enrolled, datetime.min.time()) + timedelta(hours=9)
    person["contacts"] = []
    for _ in range(contacts):
        at += timedelta(days=rng.randrange(1, 8), minutes=rng.randrange(0, 480))
        person["contacts"].append(
            {
                "at": at.strftime("%Y-%m-%dT%H:%M"),
                "duration_min": rng.choice((15, 30, 45, 60, 90)),
                "mode": rng.choice(codes.CONTACT_MODES),
                "location": rng.choice(codes.CONTACT_LOCATIONS),
                "staff": rng.choice((worker, worker, rng.choice(staff))),
                "topics": rng.sample(codes.CONTACT_TOPICS, rng.randrange(0, 3)),
                "note": rng.choice(_NOTES),
            }
        )
    start = referred - timedelta(days=rng.randrange(30, 300))
    person["housing"] = []
    for i, kind in enumerate(("couch_surfing", "homeless_hostel", "own_tenancy")):
        end = start + timedelta(days=rng.randrange(30, 200)) if i < 2 else None
        person["housing"].append(
            {"type": kind, "start": start.isoformat(), "end": end.isoformat() if end else None}
        )
        start = (end or start) + timedelta(days=1)
    job_start = _day(rng, enrolled, 300)
    person["activities"] = [
        {
            "type": rng.choice(("ordinary_job", "flex_job", "education")),
            "start": job_start.isoformat(),
            "end": (job_start + timedelta(days=rng.randrange(30, 400))).isoformat(),
            "hours_per_week": rng.choice((8, 15, 20, 37)),
            "employer": "TL Byg",
            "verified": rng.random() < 0.7,
            "evidence": "payslip",
        }
    ]
    person["supports"] = [
        {"type": "housing_support", "start": enrolled.isoformat(), "hours_per_week": 3}
    ]
    person["goals"] = [
        {
            "title": "Pay rent on time for 6 months",
            "area": rng.choice(codes.GOAL_AREAS),
            "created_on": enrolled.isoformat(),
            "status": "open",
        }
        for _ in range(3)
    ]
    person["tasks"] = [
        {
            "title": "Call the landlord",
            "due_on": _day(rng, enrolled, 200).isoformat(),
            "assigned_to": worker,
        }
        for _ in range(3)
    ]
    return person


def generate(participants: int = 2000, contacts: int = 100, seed: int = 1) -> dict[str, Any]:
    """A dataset document of invented people with years of contacts, spells, goals and tasks."""
    rng = random.Random(seed)
    keys = [f"s{i:02d}" for i in range(20)]
    staff = [{"key": k, "name": f"Staff {k}", "role": "caseworker", "email": None} for k in keys]
    return {
        "format": "caseapp-dataset",
        "version": 1,
        "staff": staff,
        "projects": [
            {
                "key": "BENCH-HF",
                "name": "Benchmark project",
                "municipality": "Aarhus Kommune",
                "start": "2021-08-01",
                "end": "2025-12-31",
                "contract": CONTRACT,
            }
        ],
        "participants": [_participant(rng, n, keys, contacts) for n in range(1, participants + 1)],
    }


def _timed(timings: dict[str, tuple[float, float]], label: str, work: Callable[[], Any]) -> Any:
    wall, cpu = time.perf_counter(), time.process_time()
    result = work()
    timings[label] = (time.perf_counter() - wall, time.process_time() - cpu)
    return result


def run(participants: int = 2000, contacts: int = 100) -> dict[str, tuple[float, float]]:
    """Import a generated dataset into a fresh SQLite file and export it: (wall, CPU) seconds."""
    from caseapp.dataset import export_document, import_document, write_document
    from caseapp.services.actor import SYSTEM
    from caseapp.storage.database import open_database

    doc = generate(participants, contacts)
    timings: dict[str, tuple[float, float]] = {}
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "bench.db", create=True)
        try:
            n = f"{participants} participants"
            _timed(timings, f"import {n}", lambda: import_document(db, SYSTEM, doc))
            out = _timed(timings, f"export {n}", lambda: export_document(db, SYSTEM))
            _timed(
                timings,
                f"write the export file of {n}",
                lambda: write_document(out, Path(folder) / "out.json"),
            )
            _timed(
                timings,
                f"pseudonymised export {n}",
                lambda: export_document(db, SYSTEM, pseudonymise=True),
            )
        finally:
            db.dispose()
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--participants", type=int, default=2000)
    parser.add_argument("--contacts", type=int, default=100)
    args = parser.parse_args()
    for label, (wall, cpu) in run(args.participants, args.contacts).items():
        print(f"{label}: {wall:.1f} s (CPU {cpu:.1f} s)")


if __name__ == "__main__":
    main()
