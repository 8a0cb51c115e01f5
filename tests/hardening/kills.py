"""The kill -9 runs: every writing command started as a user starts it, killed at a random moment.

After each kill the database must open, pass SQLite's integrity check and verify its audit
chain; what the command was writing must be all there or not at all; and nothing it left behind
may be readable by others, nor hold plaintext where the command seals.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from caseapp.services import audit, sealed_files
from caseapp.storage.database import open_database
from tests.hardening import fuzzing
from tests.hardening.conftest import PW
from tests.hardening.counts import Counts
from tests.hardening.databases import make_team
from tests.services.privacy_sample import CPR

SEAL = "en lang og hemmelig sætning"


@dataclass(frozen=True)
class Command:
    """One writing command: its arguments in a work folder (`{db}`, `{dir}` filled in), and
    whether it seals what it writes."""

    name: str
    argv: tuple[str, ...]
    seals: bool = False


def _cmd(name: str, line: str, *, seals: bool = False) -> Command:
    return Command(name, tuple(line.split()), seals)


COMMANDS: tuple[Command, ...] = (
    _cmd("import", "import {dir}/more.json --db {db}"),
    _cmd("import --create", "import {dir}/sample.json --db {dir}/new.db --create"),
    _cmd("init", "init --db {dir}/fresh.db --admin anna"),
    _cmd("users add", "users add kim --name Kim --role caseworker --db {db}"),
    _cmd("users passwd", "users passwd admin --db {db}"),
    _cmd("backup", "backup --db {db} --out {dir}/b.bak"),
    _cmd("backup --seal", "backup --db {db} --out {dir}/s.bak --seal", seals=True),
    _cmd("restore", "restore {dir}/base.bak --db {db}"),
    _cmd("export", "export {dir}/x.json --db {db} --reason soak"),
    _cmd("export --seal", "export {dir}/x.sealed --db {db} --reason soak --seal", seals=True),
    _cmd("erase", "erase --participant P-01 --yes --db {db}"),
    _cmd("audit export", "audit export --db {db} --out {dir}/audit.csv"),
    _cmd("insight", "insight --participant P-02 --db {db} --out {dir}/i.pdf"),
    _cmd(
        "report council",
        f"report council --db {{db}} --project {fuzzing.PROJECT} --as-of 2024-06-30 "
        "--out {dir}/c.pdf",
    ),
)

ENV = {
    "CASEAPP_USER": "admin",
    "CASEAPP_PASSWORD": PW,
    "CASEAPP_NEW_PASSWORD": "another-password",
    "CASEAPP_SEAL_PASSPHRASE": SEAL,
}
# The team lead runs what administrators may not (reports, insight, erasure).
LEAD_COMMANDS = {"insight", "report council", "erase"}


def make_base(folder: Path) -> Path:
    """A team database with the worked example, its backup, and a second dataset to import."""
    base = folder / "base.db"
    make_team(str(base))
    doc = fuzzing.base()
    (folder / "sample.json").write_text(json.dumps(doc), encoding="utf-8")
    more = fuzzing.base()
    more["projects"], more["staff"] = [], []
    for p in more["participants"]:
        p["key"] += "-B"
        p.pop("cpr", None)
    (folder / "more.json").write_text(json.dumps(more), encoding="utf-8")
    _cli(folder, "import", str(folder / "sample.json"), "--db", str(base))
    _cli(folder, "backup", "--db", str(base), "--out", str(folder / "base.bak"))
    db = open_database(base)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    return base


def _cli(folder: Path, *argv: str, user: str = "lead") -> None:
    env = {**os.environ, **ENV, "CASEAPP_USER": user}
    done = subprocess.run(
        [sys.executable, "-m", "caseapp", *argv], env=env, capture_output=True, text=True
    )
    if done.returncode != 0:
        raise RuntimeError(f"{argv[0]} failed: {done.stderr}")


def _prepare(base: Path, folder: Path) -> Path:
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()
    for name in ("base.bak", "more.json", "sample.json"):
        shutil.copyfile(base.parent / name, folder / name)
    db = folder / "team.db"
    shutil.copyfile(base, db)
    return db


def _start(command: Command, db: Path, folder: Path) -> subprocess.Popen[bytes]:
    argv = [a.replace("{db}", str(db)).replace("{dir}", str(folder)) for a in command.argv]
    user = "lead" if command.name in LEAD_COMMANDS else "admin"
    env = {**os.environ, **ENV, "CASEAPP_USER": user}
    return subprocess.Popen(
        [sys.executable, "-m", "caseapp", *argv],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        # The program sets its own umask; the user's usual one is what it must not rely on.
        preexec_fn=lambda: os.umask(0o022),
    )


def duration(command: Command, base: Path, folder: Path) -> float:
    """How long the command takes when left alone (it must succeed)."""
    db = _prepare(base, folder)
    started = time.monotonic()
    process = _start(command, db, folder)
    _, err = process.communicate(timeout=300)
    if process.returncode != 0:
        raise RuntimeError(f"{command.name} fails when left alone: {err.decode()[-500:]}")
    return time.monotonic() - started


def kill_once(command: Command, base: Path, folder: Path, delay: float) -> str | None:
    """Run the command, kill -9 it after `delay` seconds; why what it left does not hold."""
    db = _prepare(base, folder)
    before = _people(db)
    process = _start(command, db, folder)
    time.sleep(delay)
    if process.poll() is None:
        process.send_signal(signal.SIGKILL)
    process.wait(timeout=60)
    return _problem(command, db, folder, before)


def _people(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute("SELECT count(*) FROM participant").fetchone()[0])


def _problem(command: Command, db: Path, folder: Path, before: int) -> str | None:
    for path in folder.iterdir():
        if path.name in ("base.bak", "more.json", "sample.json") or not path.is_file():
            continue
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode & 0o077 and path.name not in ("team.db", "team.db-wal", "team.db-shm"):
            return f"{path.name} left readable by others ({oct(mode)})"
        if command.seals and not path.name.startswith("team.db"):
            data = path.read_bytes()
            if (
                data.startswith(b"SQLite format 3")
                or CPR.encode() in data
                or b'"participants"' in data
            ):
                return f"{path.name} left in plaintext"
            if path.suffix in (".bak", ".sealed") and not sealed_files.is_sealed(path):
                return f"{path.name} is there but not sealed"
        if path.suffix == ".json":
            try:
                json.loads(path.read_text(encoding="utf-8"))
            except ValueError:
                return f"{path.name} is there but incomplete"
    for name in ("team.db", "new.db", "fresh.db"):
        path = folder / name
        if path.exists() and (name == "team.db" or path.stat().st_size > 0):
            problem = _database_problem(path, name == "team.db")
            if problem:
                return f"{name}: {problem}"
    if command.name == "import":
        after = _people(db)
        if after not in (before, before + 4):
            return f"import half-written: {before} -> {after} people"
    return None


def _database_problem(path: Path, required: bool) -> str | None:
    with sqlite3.connect(path) as conn:
        (status,) = conn.execute("PRAGMA integrity_check").fetchone()
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if status != "ok":
        return f"integrity check: {status}"
    if not tables and not required:
        return None  # killed before the schema was made: an empty file, no harm
    try:
        db = open_database(path)
    except Exception as exc:
        return f"cannot be opened: {exc}"
    try:
        with db.reader() as s:
            breaks = audit.verify(s)
    finally:
        db.dispose()
    if breaks:
        return f"audit chain broken at {breaks[0].entry_id}: {breaks[0].problem}"
    return None


def run(
    kills: int, folder: Path, seed: int = 13, commands: tuple[Command, ...] = COMMANDS
) -> Counts:
    """`kills` kills spread over `commands` (each at least once), at random moments."""
    counts = Counts()
    folder.mkdir(parents=True, exist_ok=True)
    base = make_base(folder / "base")
    rng = random.Random(seed)
    work = folder / "work"
    durations = {c.name: duration(c, base, work) for c in commands}
    for i in range(kills):
        command = commands[i % len(commands)]
        delay = rng.uniform(0.05, durations[command.name] * 1.05)
        problem = kill_once(command, base, work, delay)
        counts.held_if(problem is None, f"{command.name} killed after {delay:.2f} s: {problem}")
    return counts
