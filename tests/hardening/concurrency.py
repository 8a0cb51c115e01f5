"""Failure 6: several processes at once, registering people, signing in and opening an old
database. Each worker is a process of its own, as on a team's machines."""

from __future__ import annotations

import multiprocessing
import traceback
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import func, select

from caseapp.services import accounts, audit, participants
from caseapp.storage.database import Database, open_database
from caseapp.storage.models import Participant
from tests.hardening.conftest import LEAD, PW
from tests.hardening.counts import Counts
from tests.hardening.databases import database, make_old, make_team

Outcome = tuple[int, list[str]]


def _repeat(db_name: str, times: int, worker: int, act: Callable[[Database, int], None]) -> Outcome:
    """`act` `times` times on one connection pool: how many went through, and why others not."""
    db = open_database(db_name)
    done, errors = 0, []
    try:
        for i in range(times):
            try:
                act(db, i)
                done += 1
            except Exception as exc:
                errors.append(f"worker {worker} try {i}: {type(exc).__name__}: {exc}")
    finally:
        db.dispose()
    return done, errors


def _register(db_name: str, writes: int, worker: int) -> Outcome:
    """Register `writes` people, one transaction each (the key picked by the program)."""

    def one(db: Database, i: int) -> None:
        with db.unit_of_work() as s:
            participants.create(s, LEAD, {"first_name": f"w{worker}-{i}"})

    return _repeat(db_name, writes, worker, one)


def _sign_in(db_name: str, times: int, worker: int) -> Outcome:
    return _repeat(db_name, times, worker, lambda db, _i: accounts.sign_in(db, "lead", PW) and None)


def _open(db_name: str, _times: int, _worker: int) -> Outcome:
    try:
        open_database(db_name).dispose()
        return 1, []
    except Exception:
        return 0, [traceback.format_exc(limit=1).strip().splitlines()[-1]]


def _in_parallel(
    job: object, db_name: str, processes: int, each: int
) -> list[tuple[int, list[str]]]:
    with multiprocessing.get_context("spawn").Pool(processes) as pool:
        return pool.starmap(job, [(db_name, each, w) for w in range(processes)])  # type: ignore[arg-type]


def writers(kind: str, folder: Path, processes: int = 4, writes: int = 1000) -> Counts:
    """`processes` writers x `writes` registrations: every write commits, every key is unique,
    the audit chain is whole."""
    counts = Counts()
    with database(kind, folder) as name:
        make_team(name)
        results = _in_parallel(_register, name, processes, writes)
        for done, errors in results:
            counts.tried += done + len(errors)
            counts.held += done
            counts.failures += errors
        db = open_database(name)
        try:
            with db.reader() as s:
                stored = s.scalar(select(func.count(Participant.id))) or 0
                breaks = audit.verify(s)
        finally:
            db.dispose()
        if stored != counts.held:
            counts.failures.append(f"{counts.held} writes committed but {stored} people stored")
        if breaks:
            counts.failures.append(f"audit chain broken at entry {breaks[0].entry_id}")
    return counts


def sign_ins(kind: str, folder: Path, processes: int = 4, times: int = 10) -> Counts:
    counts = Counts()
    with database(kind, folder) as name:
        make_team(name)
        for done, errors in _in_parallel(_sign_in, name, processes, times):
            counts.tried += done + len(errors)
            counts.held += done
            counts.failures += errors
    return counts


def upgrades(kind: str, folder: Path, rounds: int = 10, processes: int = 3) -> Counts:
    """`processes` programs opening one old-schema database at the same moment, `rounds` times."""
    counts = Counts()
    for _ in range(rounds):
        with database(kind, folder) as name:
            make_old(name)
            for done, errors in _in_parallel(_open, name, processes, 1):
                counts.tried += 1
                counts.held += done
                counts.failures += errors
    return counts
