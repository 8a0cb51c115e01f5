"""Failure 3: someone with write access to the database file rewrites the audit log. Each case
changes a copy of a team database with plain SQL, as such a person would, and `caseapp audit
verify` must then exit 4. The one rewrite a database cannot show by itself (the log cut short
and its head moved back with it) is shown against the head printed earlier."""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

from caseapp.cli.main import main
from caseapp.services import audit
from caseapp.storage import audit_chain
from caseapp.storage.database import open_database
from tests.hardening.conftest import PW
from tests.hardening.counts import Counts

Tamper = Callable[[sqlite3.Connection], None]


def _rows(conn: sqlite3.Connection) -> list[tuple]:
    return conn.execute(
        "SELECT id, at, account, action, participant_key, detail, prev_hash, hash "
        "FROM audit_entry ORDER BY id"
    ).fetchall()


def _plain(prev: str, at: str, account: str, action: str, who: str | None, what: str | None) -> str:
    """The entry hash an attacker computes: the old unkeyed recipe (the key is not in the file)."""
    from datetime import datetime

    stamp = audit_chain.stamp(datetime.fromisoformat(at))
    text = "\x1f".join((prev, stamp, account, action, who or "", what or ""))
    return hashlib.sha256(text.encode()).hexdigest()


def _rechain(conn: sqlite3.Connection, key: bytes | None = None) -> None:
    """Recompute every hash and the head after an edit, as the code in the repository shows."""
    prev = audit_chain.GENESIS
    last = None
    for id_, at, account, action, who, what, _p, _h in _rows(conn):
        if key is None:
            new = _plain(prev, at, account, action, who, what)
        else:
            from datetime import datetime

            new = audit_chain.entry_hash(
                key, prev, datetime.fromisoformat(at), account, action, who, what
            )
        conn.execute("UPDATE audit_entry SET prev_hash=?, hash=? WHERE id=?", (prev, new, id_))
        prev, last = new, id_
    conn.execute("UPDATE setting SET value=? WHERE key='audit.head'", (f"{last} {prev}",))


def _forge(conn: sqlite3.Connection, key: bytes | None) -> None:
    last_id, at, *_rest, last_hash = _rows(conn)[-1]
    from datetime import datetime

    detail = "erased P-0002"
    if key is None:
        new = _plain(last_hash, at, "lead", "erased", "P-0002", detail)
    else:
        new = audit_chain.entry_hash(
            key, last_hash, datetime.fromisoformat(at), "lead", "erased", "P-0002", detail
        )
    conn.execute(
        "INSERT INTO audit_entry VALUES (?, ?, 'lead', 'erased', 'P-0002', ?, ?, ?)",
        (last_id + 1, at, detail, last_hash, new),
    )
    conn.execute("UPDATE setting SET value=? WHERE key='audit.head'", (f"{last_id + 1} {new}",))


def _middle(conn: sqlite3.Connection) -> int:
    rows = _rows(conn)
    return int(rows[len(rows) // 2][0])


def _stranger_key(conn: sqlite3.Connection) -> None:
    """Re-key the whole log with a key of one's own, with a record of it signed by that key."""
    key = os.urandom(32)
    first = _rows(conn)[0][0]
    conn.execute(
        "UPDATE setting SET value=? WHERE key=?",
        (audit_chain.new_stretch(key, first).line(), audit_chain.KEYED_SETTING),
    )
    _rechain(conn, key)


CASES: dict[str, Tamper] = {
    "the end removed with its head": lambda c: c.executescript(
        "DELETE FROM audit_entry WHERE id > (SELECT MAX(id) - 5 FROM audit_entry);"
        "DELETE FROM setting WHERE key='audit.head';"
    ),
    "the end removed": lambda c: c.execute(
        "DELETE FROM audit_entry WHERE id > (SELECT MAX(id) - 3 FROM audit_entry)"
    ),
    "every entry and the head removed": lambda c: c.executescript(
        "DELETE FROM audit_entry; DELETE FROM setting WHERE key='audit.head';"
    ),
    "every entry, the head and the key record removed": lambda c: c.executescript(
        "DELETE FROM audit_entry; DELETE FROM setting WHERE key LIKE 'audit.%';"
    ),
    "the head removed": lambda c: c.execute("DELETE FROM setting WHERE key='audit.head'"),
    "a detail changed": lambda c: c.execute(
        "UPDATE audit_entry SET detail='nothing' WHERE id=?", (_middle(c),)
    ),
    "a detail changed, the chain recomputed": lambda c: (
        c.execute("UPDATE audit_entry SET detail='nothing' WHERE id=?", (_middle(c),)),
        _rechain(c),
    ),
    "a forged entry appended": lambda c: _forge(c, None),
    "a forged entry appended with another key": lambda c: _forge(c, os.urandom(32)),
    "an entry in the middle removed": lambda c: c.execute(
        "DELETE FROM audit_entry WHERE id=?", (_middle(c),)
    ),
    "an entry removed, the chain recomputed": lambda c: (
        c.execute("DELETE FROM audit_entry WHERE id=?", (_middle(c),)),
        _rechain(c),
    ),
    "an account changed": lambda c: c.execute(
        "UPDATE audit_entry SET account='admin' WHERE id=?", (_middle(c),)
    ),
    "an action changed": lambda c: c.execute(
        "UPDATE audit_entry SET action='signed_in' WHERE id=?", (_middle(c),)
    ),
    "a participant changed": lambda c: c.execute(
        "UPDATE audit_entry SET participant_key='P-0009' WHERE id=?", (_middle(c),)
    ),
    "a time changed": lambda c: c.execute(
        "UPDATE audit_entry SET at='2020-01-01 00:00:00.000000' WHERE id=?", (_middle(c),)
    ),
    "a link changed": lambda c: c.execute(
        "UPDATE audit_entry SET prev_hash=? WHERE id=?", ("f" * 64, _middle(c))
    ),
    "two entries swapped": lambda c: c.executescript(
        "UPDATE audit_entry SET id=-1 WHERE id=(SELECT MAX(id) FROM audit_entry);"
        "UPDATE audit_entry SET id=(SELECT MAX(id) FROM audit_entry) + 1 "
        "WHERE id=(SELECT MAX(id) FROM audit_entry);"
        "UPDATE audit_entry SET id=(SELECT MAX(id) - 1 FROM audit_entry) WHERE id=-1;"
    ),
    "the key record removed": lambda c: c.execute(
        "DELETE FROM setting WHERE key=?", (audit_chain.KEYED_SETTING,)
    ),
    "the key record removed, the chain recomputed unkeyed": lambda c: (
        c.execute("DELETE FROM setting WHERE key=?", (audit_chain.KEYED_SETTING,)),
        _rechain(c),
    ),
    "the keyed start moved later": lambda c: c.execute(
        "UPDATE setting SET value = (CAST(substr(value, 1, instr(value, ' ') - 1) AS INTEGER) + 3)"
        " || substr(value, instr(value, ' ')) WHERE key=?",
        (audit_chain.KEYED_SETTING,),
    ),
    "the log re-keyed with another key": _stranger_key,
    "the audit table dropped": lambda c: c.execute("DROP TABLE audit_entry"),
    "the settings table dropped": lambda c: c.execute("DROP TABLE setting"),
}


def verify(path: Path, **env: str) -> tuple[int, str]:
    """`caseapp audit verify` as the team lead; (exit status, what it printed on stderr)."""
    err = io.StringIO()
    old = {k: os.environ.get(k) for k in ("CASEAPP_USER", "CASEAPP_PASSWORD", *env)}
    os.environ.update(CASEAPP_USER="lead", CASEAPP_PASSWORD=PW, **env)
    try:
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
            code = main(["audit", "verify", "--db", str(path)])
    finally:
        for k, v in old.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
    return code, err.getvalue()


def run_cases(base: Path, folder: Path) -> Counts:
    """Every case on its own copy of `base`; held when verify exits 4."""
    counts = Counts()
    code, err = verify(base)
    counts.held_if(code == 0, f"the untouched database does not verify: {err}")
    for name, tamper in CASES.items():
        copy = folder / "tampered.db"
        _copy(base, copy)
        with contextlib.closing(sqlite3.connect(copy)) as conn, conn:
            tamper(conn)
        code, err = verify(copy)
        counts.held_if(code == 4, f"{name}: exit {code} {err.strip()[-200:]}")
    counts.add(_cut_short_against_paper(base, folder))
    counts.add(_without_the_key(base, folder))
    return counts


def _copy(base: Path, copy: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(str(copy) + suffix).unlink(missing_ok=True)
    shutil.copyfile(base, copy)


def _cut_short_against_paper(base: Path, folder: Path) -> Counts:
    """The end removed and the head moved back with it: the head printed before tells."""
    counts = Counts()
    copy = folder / "cut.db"
    _copy(base, copy)
    db = open_database(copy)
    with db.reader() as s:
        printed = audit.head_for_print(s)
    db.dispose()
    with contextlib.closing(sqlite3.connect(copy)) as conn, conn:
        rows = _rows(conn)
        keep = rows[-4]
        conn.execute("DELETE FROM audit_entry WHERE id > ?", (keep[0],))
        conn.execute("UPDATE setting SET value=? WHERE key='audit.head'", (f"{keep[0]} {keep[7]}",))
    db = open_database(copy)
    with db.reader() as s:
        now = audit.head_for_print(s)
    db.dispose()
    counts.held_if(now != printed, "a log cut short still ends in the head printed before")
    return counts


def _without_the_key(base: Path, folder: Path) -> Counts:
    """The database copied to a machine without the key: verify says so, exit 4."""
    counts = Counts()
    copy = folder / "elsewhere.db"
    _copy(base, copy)
    code, err = verify(copy, CASEAPP_AUDIT_KEY_FILE=str(folder / "no-such-dir" / "audit.key"))
    counts.held_if(
        code == 4 and "cannot be checked here" in err, f"without the key: exit {code} {err}"
    )
    return counts
