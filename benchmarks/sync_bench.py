"""Field laptops at scale: checking out a caseload of about 150 people with years of contacts,
a field day's sync each way, a sync with nothing to do, and the laptop database's size.

Targets (issue): checkout under 10 s; a field day (50 contacts, 10 changed spells, 20 changed
fields) under 2 s each way; nothing to do under 0.5 s; 150 people under 50 MB.

    python benchmarks/sync_bench.py [--server URL]   (default: a copy of the 10,000 demo)
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from demo_db import demo_database
from sqlalchemy import func, select

from caseapp.services import accounts, case_records, participants
from caseapp.services.actor import Actor
from caseapp.services.sync import run
from caseapp.storage.database import Database, open_database
from caseapp.storage.models import (
    Enrolment,
    HousingSpell,
    Participant,
    Project,
    ProjectGrant,
    Staff,
)

PASSWORD = "demo"


def _project_of_about(server: Database, size: int) -> tuple[str, str]:
    """(project key, a coordinator of it) for the project nearest `size` participants."""
    with server.reader() as s:
        counts = s.execute(
            select(Project.key, func.count(Enrolment.id))
            .join(Enrolment, Enrolment.project_id == Project.id)
            .group_by(Project.key)
        ).all()
        key = min(counts, key=lambda kc: (abs(kc[1] - size), kc[0]))[0]
        coordinator = s.scalar(
            select(Staff.key)
            .join(ProjectGrant, ProjectGrant.staff_id == Staff.id)
            .join(Project, Project.id == ProjectGrant.project_id)
            .where(Project.key == key, Staff.role == "coordinator")
        )
    assert coordinator is not None
    return key, coordinator


def _field_day(db: Database, actor: Actor, keys: list[str], day: date, tag: str) -> None:
    """50 contacts, 10 changed housing spells, 20 changed fields of people's own."""
    with db.unit_of_work() as s:
        for i in range(50):
            at = f"{day.isoformat()}T{8 + i % 10:02d}:{(i * 7) % 60:02d}"
            case_records.add(
                s,
                actor,
                keys[i % len(keys)],
                "contact",
                {"at": at, "mode": "in_person", "staff": actor.key, "note": f"{tag} {i}"},
            )
        ids = dict(
            iter(
                s.execute(select(Participant.key, Participant.id).where(Participant.key.in_(keys)))
            )
        )
        spells = s.scalars(
            select(HousingSpell).where(HousingSpell.participant_id.in_(list(ids.values())))
        ).all()[:10]
        for spell in spells:
            case_records.update(s, actor, "housing", spell.uuid, spell.version, {"note": tag})
        for key in keys[:20]:
            person = participants.open_file(s, actor, key)
            participants.update(s, actor, key, person.version, {"phone": f"{tag[:4]}{key[-4:]}"})


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--server", help="a team server URL (default: a copy of the demo)")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="sync-bench-"))
    try:
        if args.server:
            address = args.server
        else:
            shutil.copyfile(demo_database(10_000), work / "server.db")
            address = str(work / "server.db")
        server = open_database(address)
        project, coordinator = _project_of_about(server, 150)
        actor = accounts.sign_in(server, coordinator, PASSWORD)
        laptop_path = work / "laptop.db"
        done = run.checkout(
            server, actor, laptop_path, server_address=address, mode=f"project:{project}"
        )
        size_mb = laptop_path.stat().st_size / 1e6
        print(
            f"checkout of {done.participants} people in {project} "
            f"({done.records} records): {done.seconds:.2f} s (target 10 s)"
        )
        print(f"laptop database: {size_mb:.1f} MB (target 50 MB)")
        laptop = open_database(laptop_path)
        with laptop.reader() as s:
            keys = sorted(s.scalars(select(Participant.key)))
        today = date.today() + timedelta(days=1)

        def timed_sync(label: str, target: float) -> None:
            result = run.sync(laptop, PASSWORD, open_server=lambda _a: open_database(address))
            print(
                f"{label}: {result.seconds:.2f} s (target {target} s; sent {result.sent}, "
                f"received {result.received} people)"
            )

        timed_sync("first sync, nothing to do", 0.5)
        _field_day(laptop, actor, keys, today, "laptop")
        timed_sync("a field day from the laptop", 2)
        _field_day(server, actor, keys, today, "server")
        timed_sync("a field day from the server", 2)
        started = time.perf_counter()
        timed_sync("sync with nothing to do", 0.5)
        del started
        laptop.dispose()
        server.dispose()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
