"""Failure 4: backups with one bit flipped. Each flipped copy is restored with the real command;
it must be refused (exit 2 or 4), or restore exactly what was backed up (a flip in unused space),
never restore changed data nor crash."""

from __future__ import annotations

import contextlib
import io
import os
import random
import shutil
import sqlite3
from pathlib import Path

from caseapp.cli.main import main
from tests.hardening.conftest import PW
from tests.hardening.counts import Counts
from tests.hardening.kills import make_base

# What a restore must bring back unchanged: the case data (the audit log and settings gain the
# restore's own entry, and the account restoring gets its sign-in noted).
_SKIP = ("audit_entry", "setting")
_COLUMNS = {"staff": "key, name, role, email, password_hash, active, uuid, created_at"}


def content(path: Path) -> list[tuple[str, list[tuple[object, ...]]]]:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        tables = conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name"
        ).fetchall()
        # The full-text index is derived from the records (and has no rowid to order by).
        virtual = [n for n, sql in tables if (sql or "").upper().startswith("CREATE VIRTUAL")]
        names = [n for n, _ in tables if not any(n.startswith(v) for v in virtual)]
        return [
            (n, conn.execute(f'SELECT {_COLUMNS.get(n, "*")} FROM "{n}" ORDER BY rowid').fetchall())
            for n in names
            if n not in _SKIP
        ]


def _main(*argv: str | Path) -> tuple[int, str]:
    err = io.StringIO()
    os.environ.update(CASEAPP_USER="admin", CASEAPP_PASSWORD=PW)
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = main([str(a) for a in argv])
    return code, err.getvalue()


def run(flips: int, folder: Path, seed: int = 4) -> Counts:
    counts = Counts()
    folder.mkdir(parents=True, exist_ok=True)
    base = make_base(folder / "base")
    backup = base.parent / "base.bak"
    expected = content(backup)
    data = backup.read_bytes()
    rng = random.Random(seed)
    for i in range(flips):
        at = rng.randrange(len(data) * 8)
        flipped = bytearray(data)
        flipped[at // 8] ^= 1 << (at % 8)
        source = folder / "flipped.bak"
        source.write_bytes(bytes(flipped))
        target = folder / "restored.db"
        for suffix in ("", "-wal", "-shm"):
            Path(str(target) + suffix).unlink(missing_ok=True)
        shutil.copyfile(base, target)
        code, err = _main("restore", source, "--db", target)
        where = f"flip {i} at byte {at // 8}"
        if code in (2, 4):
            counts.held_if(True, "")
        elif code == 0:
            same = content(target) == expected
            counts.held_if(same, f"{where}: restored changed data with exit 0")
        else:
            counts.held_if(False, f"{where}: exit {code}: {err.strip()[-200:]}")
    return counts
