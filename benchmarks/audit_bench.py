"""The audit log at scale: the cost of logging a save, finding one person's accesses among a
million entries, and verifying the whole chain. Targets: < 5 ms, < 200 ms, < 30 s.

Usage: python benchmarks/audit_bench.py [--entries N]  (a temporary SQLite database)
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert, select

from caseapp.services import audit, case_records, participants
from caseapp.services.actor import Actor
from caseapp.storage.database import Database, open_database
from caseapp.storage.models import AuditEntry, Contact, Setting, Staff

WORKER = Actor("bench", "Bench", "team_lead")
ACTIONS = ("viewed_file", "edited_contact", "added_contact", "viewed_cpr", "edited_housing")


def fill(db: Database, entries: int, people: int) -> None:
    """A valid chain of `entries` entries spread over `people` participants, inserted in bulk."""
    prev = audit.GENESIS
    start = datetime.now(UTC) - timedelta(days=3 * 365)
    step = timedelta(days=3 * 365) / entries
    batch: list[dict[str, object]] = []
    with db.engine.begin() as conn:
        for i in range(entries):
            at = start + step * i
            account = f"w{i % 25}"
            action = ACTIONS[i % len(ACTIONS)]
            key = f"P-{i * 7919 % people:05d}"
            detail = None
            h = audit.entry_hash(prev, at, account, action, key, detail)
            batch.append(
                {
                    "at": at,
                    "account": account,
                    "action": action,
                    "participant_key": key,
                    "detail": detail,
                    "prev_hash": prev,
                    "hash": h,
                }
            )
            prev = h
            if len(batch) == 20000:
                conn.execute(insert(AuditEntry), batch)
                batch.clear()
        if batch:
            conn.execute(insert(AuditEntry), batch)
        conn.execute(insert(Setting), [{"key": audit.HEAD_SETTING, "value": f"{entries} {prev}"}])


def save_cost(db: Database, rounds: int = 200) -> tuple[float, float]:
    """Median ms of saving a contact note, without and with its audit entry."""
    with db.unit_of_work() as s:
        s.add(Staff(key="bench", name="Bench", role="team_lead"))
        s.flush()
        person, _ = participants.create(s, WORKER, {"first_name": "B"})
        contact = case_records.add(
            s,
            WORKER,
            person.key,
            "contact",
            {"at": "2024-01-01T10:00", "mode": "phone", "note": "-"},
        )
        uuid = contact.uuid
    plain, audited = [], []
    for i in range(rounds):
        for with_audit, times in ((False, plain), (True, audited)):
            t0 = time.perf_counter()
            with db.unit_of_work() as s:
                c = s.scalar(select(Contact).where(Contact.uuid == uuid))
                assert c is not None
                c.note = f"note {i} {with_audit}"
                s.flush()
                if with_audit:
                    audit.record(s, WORKER, "edited_contact", person.key, uuid)
            times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(plain), statistics.median(audited)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=1_000_000)
    parser.add_argument("--people", type=int, default=10_000)
    args = parser.parse_args()
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "audit.db", create=True)
        t0 = time.perf_counter()
        fill(db, args.entries, args.people)
        print(f"filled {args.entries:,} entries in {time.perf_counter() - t0:.1f} s")

        plain, audited = save_cost(db)
        extra = audited - plain
        ok &= extra < 5
        print(
            f"save: {plain:.2f} ms without audit, {audited:.2f} ms with; "
            f"audit adds {extra:.2f} ms (target < 5 ms)"
        )

        lead = Actor("bench", "Bench", "team_lead")
        times = []
        found = 0
        for n in range(20):
            key = f"P-{n * 397 % args.people:05d}"
            t0 = time.perf_counter()
            with db.unit_of_work() as s:
                found = len(audit.search(s, lead, audit.Filters(participant=key), limit=None))
            times.append((time.perf_counter() - t0) * 1000)
        search_ms = statistics.median(times)
        ok &= search_ms < 200
        print(
            f"one participant's accesses ({found} entries): {search_ms:.1f} ms median, "
            f"{max(times):.1f} ms worst, logging the search included (target < 200 ms)"
        )

        t0 = time.perf_counter()
        with db.reader() as s:
            report = audit.verify_chain(s)
        verify_s = time.perf_counter() - t0
        ok &= not report.breaks and verify_s < 30
        print(
            f"verify {report.entries:,} entries: {verify_s:.1f} s, "
            f"{len(report.breaks)} breaks (target < 30 s)"
        )
        db.dispose()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
