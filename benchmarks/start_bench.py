"""Cold start of the program on the 10,000-participant demo: from launch to the main window shown
with the participant list filled, for an account that sees all 10,000 people (a coordinator
granted every project) and for the demo's team lead (80 people).

It runs `caseapp gui --quit-after-show` (sign-in from the environment included), by default the
frozen program of `make dist` (dist/caseapp/caseapp) when there is one, else this Python's.
"Cold" empties the page cache first (`--cold`, needs root), so the program, Qt and the database
are read from disk as on a laptop's first start of the day. Target: under 3 s. The CPU time
(all threads) is printed beside the wall time: on a machine busy with other work the wall time
grows with the load, the CPU time hardly.

    python benchmarks/start_bench.py [--program dist/caseapp/caseapp] [--cold] [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from demo_db import OUT, demo_database

ROOT = Path(__file__).resolve().parents[1]
FROZEN = ROOT / "dist" / "caseapp" / ("caseapp.exe" if os.name == "nt" else "caseapp")
SEES_ALL = "orb"  # a coordinator of the demo, granted every project in the copy below
TEAM_LEAD = "lead"


def all_visible_database() -> Path:
    """A copy of the demo in which `SEES_ALL` has every project (granted as an administrator
    grants them), so the list holds all 10,000 people."""
    from caseapp.services import access
    from caseapp.services.accounts import actor_of
    from caseapp.storage.database import open_database
    from caseapp.storage.models import Project, Staff

    source = demo_database()
    target = OUT / "demo-10000-all-visible.db"
    if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
        return target
    shutil.copyfile(source, target)
    db = open_database(target)
    with db.unit_of_work() as s:
        admin = actor_of(s.query(Staff).filter_by(role="admin").first())
        for project in s.query(Project).all():
            access.grant(s, admin, SEES_ALL, project.key)
    db.dispose()
    return target


def drop_page_cache() -> None:
    os.sync()
    Path("/proc/sys/vm/drop_caches").write_text("3\n")


def start(command: list[str], path: Path, user: str, cold: bool) -> tuple[float, float]:
    """(wall seconds to the filled window, CPU seconds of the whole run: user and system, all
    its threads, shutting down included)."""
    env = {
        **os.environ,
        "CASEAPP_USER": user,
        "CASEAPP_PASSWORD": "demo",
        "CASEAPP_SETTINGS_SCOPE": "test",
        "CASEAPP_GUI_DATA_DIR": tempfile.mkdtemp(prefix="caseapp-start-"),
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
    }
    if cold:
        drop_page_cache()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    program = subprocess.Popen(
        [*command, "gui", "--db", str(path), "--quit-after-show"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert program.stdout is not None
    # The clock stops when the program says the filled window is up, not when it has exited.
    seconds = next(
        (time.perf_counter() - started for line in program.stdout if "list loaded" in line),
        None,
    )
    _, errors = program.communicate()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if program.returncode != 0 or seconds is None:
        sys.exit(f"the start failed (exit {program.returncode}): {errors.strip()}")
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return seconds, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--program", help="the program to start (default: the frozen build)")
    parser.add_argument("--cold", action="store_true", help="empty the page cache before each")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if args.program:
        command = [args.program]
    elif FROZEN.exists():
        command = [str(FROZEN)]
    else:
        command = [sys.executable, "-m", "caseapp"]
    if args.cold and not Path("/proc/sys/vm/drop_caches").exists():
        sys.exit("--cold empties Linux's page cache; there is none here")
    path = all_visible_database()
    print(f"program: {' '.join(command)}; {'cold' if args.cold else 'warm'} starts")
    for user, who in ((SEES_ALL, "sees all 10,000"), (TEAM_LEAD, "team lead, 80 people")):
        runs = [start(command, path, user, args.cold) for _ in range(args.runs)]
        walls = [wall for wall, _ in runs]
        print(
            f"start to main window with the list filled, {who}: median "
            f"{statistics.median(walls):.2f} s, best {min(walls):.2f} s, worst {max(walls):.2f} s"
            f" (target < 3 s); CPU {statistics.median(cpu for _, cpu in runs):.2f} s"
        )
    print(f"   (load average now {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")


if __name__ == "__main__":
    main()
