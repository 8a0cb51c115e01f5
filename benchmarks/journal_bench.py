"""Full-text search in the journal at scale: a word across a million contact notes (the account's
whole scope) and within one file, as `journal.search` does it, audit entry included.
Target: < 100 ms each.

Usage: python benchmarks/journal_bench.py [--contacts N]  (a temporary SQLite database)
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

from caseapp.demo import phrases
from caseapp.services import journal
from caseapp.services.actor import Actor
from caseapp.storage.database import Database, open_database
from caseapp.storage.models import Contact, Participant

WORKER = Actor("bench", "Bench", "caseworker")
PEOPLE = 10_000
QUERIES = ("bolig", "soren", "jobcenter aftalt", "lejekontrakt", "ærø")


def _notes() -> list[str]:
    found: list[str] = []
    for group in (phrases.NOTES, phrases.BOND_NOTES, phrases.HOMELESS_NOTES):
        for options in group.values():
            for note in options:
                found.append(note if isinstance(note, str) else str(note[0]))
    return found


def fill(db: Database, contacts: int) -> None:
    """`contacts` notes from the demo's phrases, with a name now and then, over 10,000 people."""
    rng = random.Random(7)
    notes = _notes()
    names = ("Søren", "Åse", "Ærø", "Jobcentret", "udlejer")
    start = datetime(2021, 1, 1)
    now = datetime.now(UTC)
    with db.engine.begin() as conn:
        conn.execute(
            insert(Participant),
            [
                {
                    "key": f"P-{i:05d}",
                    "uuid": str(uuid.uuid4()),
                    "created_at": now,
                    "updated_at": now,
                    "version": 1,
                }
                for i in range(PEOPLE)
            ],
        )
        batch: list[dict[str, object]] = []
        for i in range(contacts):
            note = rng.choice(notes)
            if rng.random() < 0.05:
                note += f" {rng.choice(names)}"
            batch.append(
                {
                    "uuid": str(uuid.uuid4()),
                    "created_at": now,
                    "updated_at": now,
                    "version": 1,
                    "participant_id": 1 + i % PEOPLE,
                    "at": start + timedelta(minutes=i),
                    "mode": "phone",
                    "topics": "housing",
                    "note": note,
                }
            )
            if len(batch) == 50_000:
                conn.execute(insert(Contact), batch)
                batch.clear()
        if batch:
            conn.execute(insert(Contact), batch)


def timed(db: Database, query: str, person: str | None) -> tuple[float, int]:
    t0 = time.perf_counter()
    with db.unit_of_work() as s:
        hits = journal.search(s, WORKER, query, participant_key=person)
    return (time.perf_counter() - t0) * 1000, len(hits)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--contacts", type=int, default=1_000_000)
    args, _ = parser.parse_known_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "journal.db", create=True)
        t0 = time.perf_counter()
        fill(db, args.contacts)
        print(f"{args.contacts:,} contacts written and indexed in {time.perf_counter() - t0:.0f} s")
        worst = 0.0
        for person in (None, "P-04711"):
            for query in QUERIES:
                times = [timed(db, query, person) for _ in range(5)]
                ms = statistics.median(t for t, _ in times)
                worst = max(worst, ms)
                where = "one file" if person else "all files"
                print(f"search {query!r:22} {where:9}: {ms:6.1f} ms ({times[0][1]} hits)")
        db.dispose()
    print(f"slowest median search: {worst:.1f} ms (target < 100 ms)")
    return 0 if worst < 100 else 1


if __name__ == "__main__":
    sys.exit(main())
