"""`make soak`: the long hardening runs, with a table of counts (tried, held, failed) per row.

Every row must show 0 failed. The short versions of the same runs are tests in this folder and
run with `make test`. PostgreSQL rows need the server of the tests (`CASEAPP_TEST_PG`).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import tests.conftest as test_setup  # the test runs' own audit key and PostgreSQL server
from tests.hardening import bitflips, concurrency, fuzzing, kills, tampering
from tests.hardening.counts import Counts
from tests.hardening.databases import make_team

FUZZED = int(os.environ.get("SOAK_DATASETS", "2000"))
KILLS = int(os.environ.get("SOAK_KILLS", "112"))  # 8 rounds over the 14 writing commands
WRITES = int(os.environ.get("SOAK_WRITES", "1000"))
FLIPS = int(os.environ.get("SOAK_FLIPS", "40"))


def _cheap_hashing() -> None:
    """Argon2id at its smallest cost in this process, as in the tests (not in the commands the
    kill runs start: they run as users run them)."""
    from argon2 import PasswordHasher

    from caseapp.services import accounts

    accounts._hasher = PasswordHasher(time_cost=1, memory_cost=64, parallelism=1)


def _fuzz(folder: Path) -> Counts:
    template = folder / "template.db"
    make_team(str(template))
    keep = Path(os.environ.get("SOAK_KEEP", "var/soak-failures")).absolute()
    return fuzzing.run(FUZZED, folder, template, keep)


def _tamper(folder: Path) -> Counts:
    base = kills.make_base(folder / "base")
    return tampering.run_cases(base, folder)


Row = tuple[str, Callable[[Path], Counts]]


def _database_rows(kind: str, label: str) -> list[Row]:
    return [
        (
            f"4 writers x {WRITES} writes, {label}",
            lambda f: concurrency.writers(kind, f, 4, WRITES),
        ),
        (f"4 x 25 parallel sign-ins, {label}", lambda f: concurrency.sign_ins(kind, f, 4, 25)),
        (
            f"3 programs upgrading at once x 10, {label}",
            lambda f: concurrency.upgrades(kind, f, 10),
        ),
    ]


def rows() -> list[Row]:
    out: list[Row] = [
        (f"fuzzed datasets ({FUZZED})", _fuzz),
        (f"kill -9 over {len(kills.COMMANDS)} writing commands", lambda f: kills.run(KILLS, f)),
        *_database_rows("sqlite", "SQLite"),
    ]
    if test_setup.POSTGRES:
        out += _database_rows("postgres", "PostgreSQL")
    out += [
        (f"bit-flipped backups ({FLIPS})", lambda f: bitflips.run(FLIPS, f)),
        (f"audit tamper cases ({len(tampering.CASES)} + 3)", _tamper),
    ]
    return out


def main() -> int:
    _cheap_hashing()
    results: list[tuple[str, Counts, float]] = []
    with tempfile.TemporaryDirectory(prefix="caseapp-soak-") as folder:
        for i, (name, job) in enumerate(rows()):
            started = time.monotonic()
            print(f"running: {name} ...", file=sys.stderr, flush=True)
            counts = job(Path(folder) / f"row{i}")
            results.append((name, counts, time.monotonic() - started))
    if not test_setup.POSTGRES:
        print("(no PostgreSQL server answers: its rows were not run)")
    width = max(len(name) for name, _, _ in results)
    print(f"{'run':<{width}}  {'tried':>6}  {'held':>6}  {'failed':>6}  {'seconds':>7}")
    for name, c, seconds in results:
        print(f"{name:<{width}}  {c.tried:>6}  {c.held:>6}  {c.failed:>6}  {seconds:>7.0f}")
    failures = [(name, f) for name, counts, _ in results for f in counts.failures]
    for name, failure in failures[:20]:
        print(f"FAILED {name}: {failure}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
