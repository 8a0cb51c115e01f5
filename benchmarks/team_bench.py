"""The team server under a team's load: 20 case workers at once on the 10,000-participant demo.

Each simulated user is a process of its own that signs in and works as the GUI does (through the
same services): loads the participant list, searches it, opens files, logs contacts and edits
spells, 120 operations each with about a second between them (an hour's work in two and a half
minutes), all users at the same time. Afterwards it compares what every process says it wrote
with what the database holds (lost or doubled writes) and verifies the audit chain. Targets: p95
of a save < 100 ms, p95 of opening a file < 200 ms, 0 lost or doubled writes, 0 breaks in the
audit chain. "chain" is how long a transaction held the audit chain (waiting for its turn
included): every other writer waits for that.

Usage: python benchmarks/team_bench.py [--server URL] [--users 20] [--operations 120]
    [--participants 10000] [--think-ms 1000] [--keep]
The server URL names a role that may create databases (default: $CASEAPP_TEST_PG's server, else
postgresql+psycopg://postgres@127.0.0.1:5432). The demo is made once into a template database
(`caseapp_bench_demo_N_REVISION`, about a minute) and copied for every run; the copy is dropped
afterwards. Without a server that answers, the benchmark says so and exits 0.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import random
import statistics
import sys
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from caseapp.gui.forms.choices import load_choices
from caseapp.services import accounts, audit, case_records, caseload, participant_file
from caseapp.services.actor import Actor
from caseapp.services.caseload_search import CaseloadIndex, ListFilter
from caseapp.services.demo_accounts import DEMO_PASSWORD
from caseapp.storage import migrate
from caseapp.storage.database import Database, open_database
from caseapp.storage.models import (
    ActivitySpell,
    AuditEntry,
    Contact,
    Enrolment,
    HousingSpell,
    ProjectGrant,
    Staff,
)

DEFAULT_SERVER = os.environ.get(
    "CASEAPP_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
).rsplit("/", 1)[0]
TARGET_SAVE_MS = 100
TARGET_OPEN_MS = 200
# A case worker's hour, in shares of operations. The participant list is loaded once at
# sign-in (timed as "list", not part of the targets); searching it is in memory, as in the GUI.
MIX = (("search", 20), ("open", 35), ("contact", 30), ("spell", 15))
SHARED_SHARE = 0.15  # how often a user turns to a file the whole team works on (overlaps)


def user_actor(db: Database, key: str) -> Actor:
    """The one place a simulated user becomes an `Actor`: signed in as the GUI signs in.

    (When access is scoped per account, this is where the user's scope comes with the actor.)"""
    return accounts.sign_in(db, key, DEMO_PASSWORD)


# --- the server: a fresh copy of the demo --------------------------------------------------


def _plain(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://", 1)


def server_answers(server: str) -> bool:
    try:
        import psycopg

        with psycopg.connect(_plain(f"{server}/postgres"), connect_timeout=3):
            return True
    except Exception:
        return False


def fresh_demo(server: str, participants: int) -> str:
    """A new database holding the demo; the demo is built once into a template."""
    import psycopg

    # One template per schema version: a template made by an older caseapp is not reused.
    template = f"caseapp_bench_demo_{participants}_{migrate.head_revision()}"
    with psycopg.connect(_plain(f"{server}/postgres"), autocommit=True) as conn:
        exists = conn.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", (template,)
        ).fetchone()
    if not exists:
        from caseapp.demo import create_demo

        with psycopg.connect(_plain(f"{server}/postgres"), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{template}"')
        started = time.perf_counter()
        try:
            create_demo(f"{server}/{template}", participants=participants)
        except BaseException:
            with psycopg.connect(_plain(f"{server}/postgres"), autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{template}" WITH (FORCE)')
            raise
        print(f"   (made the demo template in {time.perf_counter() - started:.0f} s)", flush=True)
    name = f"caseapp_bench_run_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(_plain(f"{server}/postgres"), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    return f"{server}/{name}"


def drop(url: str) -> None:
    import psycopg

    server, name = url.rsplit("/", 1)
    with psycopg.connect(_plain(f"{server}/postgres"), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def pick_users(db: Database, count: int) -> list[str]:
    """`count` case workers with a caseload of at least five people each, from the projects with
    the most case workers (so that several of them share a project, as a team does)."""
    with db.reader() as s:
        caseload = (
            select(Enrolment.key_worker_id)
            .group_by(Enrolment.key_worker_id)
            .having(func.count(Enrolment.id) >= 5)
        )
        rows = s.execute(
            select(Staff.key, ProjectGrant.project_id)
            .join(ProjectGrant, ProjectGrant.staff_id == Staff.id)
            .where(Staff.role == "caseworker", Staff.active.is_(True), Staff.id.in_(caseload))
            .order_by(Staff.key)
        ).all()
    teams: dict[int, list[str]] = {}
    for key, project in rows:
        teams.setdefault(project, []).append(key)
    users: list[str] = []
    for team in sorted(teams.values(), key=len, reverse=True):
        users += [key for key in team if key not in users]
    if len(users) < count:
        raise SystemExit(f"the demo has only {len(users)} case workers with a caseload")
    return users[:count]


# --- one user's work ------------------------------------------------------------------------


@dataclass
class Work:
    """What one user did: timings per kind of operation, and every write it says it made."""

    user: str
    timings: dict[str, list[float]] = field(default_factory=dict)
    contacts: list[str] = field(default_factory=list)  # the note of each contact it added
    spell_edits: list[tuple[str, str, int]] = field(default_factory=list)  # kind, uuid, version
    stale: int = 0  # edits refused because someone else had changed the spell meanwhile
    errors: list[str] = field(default_factory=list)

    def time(self, kind: str, started: float) -> None:
        self.timings.setdefault(kind, []).append((time.perf_counter() - started) * 1000)


def _caseload_keys(index: CaseloadIndex, user: str) -> list[str]:
    return [row.key for row in index.rows if row.key_worker == user]


def one_user(url: str, user: str, operations: int, think_ms: float,
             run: str, start: Any, results: Any) -> None:  # fmt: skip
    from caseapp.domain.errors import StaleEdit

    db = open_database(url)
    rng = random.Random(f"{run}-{user}")
    work = Work(user)
    _time_chain_turns(db, work)
    try:
        actor = user_actor(db, user)
        today = date.today()

        def load_list() -> CaseloadIndex:
            t = time.perf_counter()
            with db.reader() as s:
                index = CaseloadIndex(caseload.participant_rows(s, actor, today))
            work.time("list", t)
            return index

        index = load_list()
        with db.reader() as s:  # the forms' pickers: loaded with the first file, then kept
            load_choices(s, actor)
        mine = _caseload_keys(index, user) or [index.rows[0].key]
        shared = _team_files(index, mine)
        names = [row.name.split()[0] for row in index.rows if row.name]
        start.wait()
        current: participant_file.ParticipantFile | None = None
        kinds = [k for k, share in MIX for _ in range(share)]
        for number in range(operations):
            time.sleep(rng.expovariate(1000 / think_ms) if think_ms else 0)
            kind = rng.choice(kinds)
            if kind == "search" or (current is None and kind == "spell"):
                t = time.perf_counter()
                index.select(ListFilter(text=rng.choice(names)[:4]), today)
                work.time("search", t)
                continue
            key = rng.choice(shared) if shared and rng.random() < SHARED_SHARE else rng.choice(mine)
            if kind == "open":
                t = time.perf_counter()
                with db.unit_of_work() as s:  # as the GUI opens a file: audit-logged
                    current = participant_file.load(s, actor, key, today)
                work.time("open", t)
            elif kind == "contact":
                note = f"bench {run} {user} {number}"
                raw = {
                    "at": (datetime.now() - timedelta(minutes=rng.randint(5, 600))).strftime(
                        "%Y-%m-%dT%H:%M"
                    ),
                    "mode": "in_person",
                    "location": "home",
                    "duration_min": 30,
                    "note": note,
                }
                t = time.perf_counter()
                with db.unit_of_work() as s:
                    case_records.add(s, actor, key, "contact", raw)
                work.time("save", t)
                work.contacts.append(note)
                current = _reread(db, actor, key, today, work)
            else:
                assert current is not None
                spells = current.records["housing"] + current.records["activity"]
                if not spells:
                    continue
                spell = rng.choice(spells)
                t = time.perf_counter()
                try:
                    with db.unit_of_work() as s:
                        case_records.update(
                            s, actor, spell.kind, spell.uuid, spell.version,
                            {"note": f"bench {run} {user} {number}"},
                        )  # fmt: skip
                except StaleEdit:
                    work.stale += 1  # refused and said so: the GUI shows theirs; not a lost write
                else:
                    work.spell_edits.append((spell.kind, spell.uuid, spell.version))
                work.time("save", t)
                current = _reread(db, actor, current.header.key, today, work)
    except Exception as exc:  # reported by the parent; one user's fault must not hang the rest
        work.errors.append(f"{type(exc).__name__}: {exc}")
    finally:
        db.dispose()
        results.put(work)


def _time_chain_turns(db: Database, work: Work) -> None:
    """How long each transaction held the audit chain: from asking for its turn (the head's row
    lock) until its commit ended. Every other writer waits for this."""
    asked: list[float] = []

    @event.listens_for(db.engine, "before_cursor_execute")
    def before(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if "FROM setting" in statement and "FOR UPDATE" in statement and not asked:
            asked.append(time.perf_counter())

    @event.listens_for(Session, "after_commit")
    def after(_session: Session) -> None:
        if asked:
            work.time("chain", asked.pop())


def _reread(db: Database, actor: Actor, key: str, today: date, work: Work) -> Any:
    """After a save the open file reloads (without a second 'viewed' entry), as in the GUI."""
    t = time.perf_counter()
    with db.reader() as s:
        found = participant_file.load(s, actor, key, today, log_view=False)
    work.time("reload", t)
    return found


# --- checking what was written ----------------------------------------------------------------


@dataclass
class Check:
    lost: int
    doubled: int
    edits_lost: int
    audit_missing: int
    chain_breaks: int
    entries: int


def check(db: Database, run: str, works: list[Work], initial: dict[str, int]) -> Check:
    with db.reader() as s:
        found = Counter(
            s.scalars(select(Contact.note).where(Contact.note.like(f"bench {run} %"))).all()
        )
        claimed = [note for w in works for note in w.contacts]
        lost = sum(1 for note in claimed if note not in found)
        doubled = sum(n - 1 for n in found.values() if n > 1) + len(set(found) - set(claimed))
        edits_lost = _lost_edits(s, works, initial)
        users = [w.user for w in works]
        logged = Counter(
            s.scalars(
                select(AuditEntry.action).where(
                    AuditEntry.account.in_(users),
                    AuditEntry.action.in_(("added_contact", "edited_housing", "edited_activity")),
                )
            ).all()
        )
        claimed_edits = sum(len(w.spell_edits) for w in works)
        audit_missing = abs(logged["added_contact"] - len(claimed)) + abs(
            logged["edited_housing"] + logged["edited_activity"] - claimed_edits
        )
        report = audit.verify_chain(s)
    return Check(lost, doubled, edits_lost, audit_missing, len(report.breaks), report.entries)


def _lost_edits(s: Session, works: list[Work], initial: dict[str, int]) -> int:
    """Every accepted edit moves its spell's version on by one, from the version it read; two
    accepted edits from the same version would mean one overwrote the other unseen."""
    by_spell: dict[str, list[int]] = {}
    for w in works:
        for _kind, spell_uuid, version in w.spell_edits:
            by_spell.setdefault(spell_uuid, []).append(version)
    lost = 0
    for model in (HousingSpell, ActivitySpell):
        rows = s.execute(select(model.uuid, model.version).where(model.uuid.in_(by_spell))).all()
        for spell_uuid, version in rows:
            read_from = by_spell[spell_uuid]
            lost += len(read_from) - len(set(read_from))
            lost += abs(version - initial.get(spell_uuid, version) - len(read_from))
    return lost


def spell_versions(db: Database) -> dict[str, int]:
    with db.reader() as s:
        return {
            u: v
            for model in (HousingSpell, ActivitySpell)
            for u, v in s.execute(select(model.uuid, model.version))
        }


# --- running it -------------------------------------------------------------------------------


def p(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[round(q) - 1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--server", default=DEFAULT_SERVER)
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--operations", type=int, default=120)
    parser.add_argument("--participants", type=int, default=10_000)
    # A real hour's ~100 operations, compressed into about two and a half minutes.
    parser.add_argument("--think-ms", type=float, default=1000.0)
    parser.add_argument("--keep", action="store_true", help="keep the run's database")
    args = parser.parse_args()
    if not server_answers(args.server):
        print(f"skipped: no PostgreSQL server answers at {args.server}")
        return 0
    url = fresh_demo(args.server, args.participants)
    run = uuid.uuid4().hex[:8]
    try:
        db = open_database(url)
        users = pick_users(db, args.users)
        initial = spell_versions(db)
        ctx = mp.get_context("spawn")
        start = ctx.Event()
        results = ctx.Queue()
        procs = [
            ctx.Process(
                target=one_user,
                args=(url, u, args.operations, args.think_ms, run, start, results),
            )
            for u in users
        ]
        for proc in procs:
            proc.start()
        time.sleep(1)
        began = time.perf_counter()
        start.set()
        works = _collect(procs, results)
        took = time.perf_counter() - began
        result = check(db, run, works, initial)
        db.dispose()
    finally:
        if not args.keep:
            drop(url)
    return report(args, works, result, took)


def _collect(procs: list[Any], results: Any) -> list[Work]:
    """Every user's report; a user whose process died without one is reported as failed."""
    import queue

    works: list[Work] = []
    while len(works) < len(procs):
        try:
            works.append(results.get(timeout=5))
        except queue.Empty:
            if all(not proc.is_alive() for proc in procs):
                break
    for proc in procs:
        proc.join()
    missing = len(procs) - len(works)
    if missing:
        works.append(Work("?", errors=[f"{missing} user process(es) died without a report"]))
    return works


def _team_files(index: CaseloadIndex, mine: list[str]) -> list[str]:
    """A few files of the user's project that its whole team also works in (overlapping edits)."""
    projects = Counter(row.project for row in index.rows if row.key in set(mine))
    project = projects.most_common(1)[0][0]
    return sorted(row.key for row in index.rows if row.project == project)[:5]


def report(args: argparse.Namespace, works: list[Work], c: Check, took: float) -> int:
    timings: dict[str, list[float]] = {}
    for w in works:
        for kind, values in w.timings.items():
            timings.setdefault(kind, []).extend(values)
    done = sum(len(timings.get(k, [])) for k in ("save", "open", "search"))
    print(
        f"{len(works)} users at once, {done:,} operations in {took:.1f} s "
        f"({done / took:.0f} a second), think time {args.think_ms:.0f} ms; "
        f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at the end"
    )
    for kind in ("save", "open", "reload", "search", "list", "chain"):
        values = timings.get(kind, [])
        print(
            f"  {kind:<7} n={len(values):>5}  p50 {p(values, 50):7.1f} ms"
            f"  p95 {p(values, 95):7.1f} ms  max {max(values, default=float('nan')):7.1f} ms"
        )
    stale = sum(w.stale for w in works)
    errors = [e for w in works for e in w.errors]
    print(
        f"  writes: {sum(len(w.contacts) for w in works)} contacts, "
        f"{sum(len(w.spell_edits) for w in works)} spell edits, {stale} edits refused as stale"
    )
    print(
        f"  lost contacts {c.lost}, doubled {c.doubled}, lost spell edits {c.edits_lost}, "
        f"audit entries missing or extra {c.audit_missing}"
    )
    print(f"  audit chain: {c.entries:,} entries, {c.chain_breaks} breaks")
    for e in errors:
        print(f"  error: {e}")
    save95, open95 = p(timings.get("save", []), 95), p(timings.get("open", []), 95)
    met = {
        f"p95 save {save95:.1f} ms < {TARGET_SAVE_MS} ms": save95 < TARGET_SAVE_MS,
        f"p95 open {open95:.1f} ms < {TARGET_OPEN_MS} ms": open95 < TARGET_OPEN_MS,
        "0 lost or doubled writes": c.lost + c.doubled + c.edits_lost + c.audit_missing == 0,
        "0 audit-chain breaks": c.chain_breaks == 0,
        "no user failed": not errors,
    }
    for text, ok in met.items():
        print(f"  {'met   ' if ok else 'MISSED'} {text}")
    return 0 if all(met.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
