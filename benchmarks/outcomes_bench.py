"""Outcome figures at scale: `caseapp outcomes --json` on the 10,000-participant demo database.

Prints the whole command's time, the time to read the facts from the database, and the engine's
own share, for the largest project and for all projects together.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import date

from demo_db import demo_database, one_project_database
from sqlalchemy import func, select

from caseapp.outcomes import compute
from caseapp.services import outcome_figures
from caseapp.storage.database import open_database
from caseapp.storage.models import Enrolment, Project


def main() -> None:
    path = demo_database()
    db = open_database(path)
    with db.reader() as s:
        projects = s.execute(
            select(Project.key, func.count(Enrolment.id))
            .join(Enrolment, Enrolment.project_id == Project.id)
            .group_by(Project.key)
            .order_by(func.count(Enrolment.id).desc())
        ).all()
    today = date.today()
    total_read = total_engine = 0.0
    people = 0
    for key, _count in projects:
        with db.reader() as s:
            t0 = time.perf_counter()
            facts = outcome_figures.load_facts(s, key)
            t1 = time.perf_counter()
        compute(facts.contract, facts.participants, today, key)
        t2 = time.perf_counter()
        total_read += t1 - t0
        total_engine += t2 - t1
        people += len(facts.participants)
    print(
        f"all {len(projects)} projects, {people} enrolments, one project after another: "
        f"read facts {total_read:.2f} s, engine {total_engine:.2f} s"
    )

    # The engine's share for 10,000 people in ONE project: everyone's facts under the largest
    # project's contract, as a municipality running one big project would have it.
    with db.reader() as s:
        everyone = [
            p for key, _ in projects for p in outcome_figures.load_facts(s, key).participants
        ]
        contract = outcome_figures.load_facts(s, projects[0][0]).contract
    unique = list({p.key: p for p in everyone}.values())
    t0 = time.perf_counter()
    compute(contract, unique, today, "ALL")
    print(f"engine, {len(unique)} participants in one project: {time.perf_counter() - t0:.2f} s")
    db.dispose()

    key, count = projects[0]
    _command(path, key, count, "largest demo project")
    one, key = one_project_database()
    _command(one, key, 10_000, "all 10,000 in one project")
    db = open_database(one)
    with db.reader() as s:
        t0 = time.perf_counter()
        facts = outcome_figures.load_facts(s, key)
        t1 = time.perf_counter()
    compute(facts.contract, facts.participants, today, key)
    t2 = time.perf_counter()
    db.dispose()
    print(f"  of which: read facts {t1 - t0:.2f} s, engine {t2 - t1:.2f} s")


def _command(path: object, key: str, count: int, what: str) -> None:
    env = dict(os.environ, CASEAPP_USER="lead", CASEAPP_PASSWORD="demo")
    t0 = time.perf_counter()
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "caseapp",
            "outcomes",
            "--db",
            str(path),
            "--project",
            key,
            "--json",
        ],
        env=env,
        capture_output=True,
        text=True,
    )
    elapsed = time.perf_counter() - t0
    status = "ok" if done.returncode == 0 else f"FAILED: {done.stderr.strip()}"
    print(
        f"caseapp outcomes --json --project {key} ({what}, {count} enrolments): "
        f"{elapsed:.2f} s ({status})"
    )


if __name__ == "__main__":
    main()
