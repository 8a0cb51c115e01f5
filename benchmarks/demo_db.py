"""The large demo database the benchmarks share, made once and kept under benchmarks/out/."""

from __future__ import annotations

import time
from pathlib import Path

OUT = Path(__file__).parent / "out"


def demo_database(participants: int = 10_000, seed: int = 1) -> Path:
    """A demo database with `participants` people; created on first use (takes a minute)."""
    from caseapp.demo import create_demo

    OUT.mkdir(exist_ok=True)
    path = OUT / f"demo-{participants}.db"
    if not path.exists():
        started = time.perf_counter()
        create_demo(path, participants=participants, seed=seed)
        print(f"   (made {path.name} in {time.perf_counter() - started:.1f} s)", flush=True)
    return path


def one_project_database(participants: int = 10_000) -> tuple[Path, str]:
    """A copy of the demo where everyone's first enrolment is in the largest project (the others
    removed): one municipality's project of `participants` people. Returns (path, project key)."""
    import sqlite3

    source = demo_database(participants)
    target = OUT / f"demo-{participants}-one-project.db"
    with sqlite3.connect(source) as conn:
        (project,) = conn.execute(
            "SELECT p.key FROM project p JOIN enrolment e ON e.project_id = p.id "
            "GROUP BY p.key ORDER BY COUNT(*) DESC, p.key LIMIT 1"
        ).fetchone()
    if not target.exists() or target.stat().st_mtime < source.stat().st_mtime:
        # SQLite's own copy: the source is used by the benchmarks (opening a file writes the
        # audit log), and a plain file copy leaves out what still sits in its write-ahead log.
        for stale in (target, Path(f"{target}-wal"), Path(f"{target}-shm")):
            stale.unlink(missing_ok=True)
        with sqlite3.connect(source) as original, sqlite3.connect(target) as copy:
            original.backup(copy)
        copy.close()
        original.close()
        with sqlite3.connect(target) as conn:
            conn.execute(
                "DELETE FROM enrolment WHERE id NOT IN "
                "(SELECT MIN(id) FROM enrolment GROUP BY participant_id)"
            )
            conn.execute(
                "UPDATE enrolment SET project_id = (SELECT id FROM project WHERE key = ?)",
                (project,),
            )
    conn.close()
    return target, project
