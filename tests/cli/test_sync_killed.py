"""`caseapp sync` killed with SIGKILL at random moments, then run to the end, leaves the server
and the laptop exactly as one uninterrupted sync of a twin pair does."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from sqlalchemy import select, update

from caseapp.storage.database import Database, open_database
from caseapp.storage.models import AppliedOp, Contact, Participant, Setting, SyncConflict
from tests.services.sync_sample import (
    CW1,
    LEAD,
    PASSWORD,
    PEOPLE,
    add_contact,
    build_server,
    checkout,
    edit_person,
    sync,
)


def _field_day(server: Database, laptop: Database) -> None:
    for n, key in enumerate(PEOPLE):
        add_contact(laptop, CW1, key, f"2024-06-0{n + 1}T09:00")
        edit_person(laptop, CW1, key, email=f"{key.lower()}@example.dk", phone=f"2{n}000000")
    edit_person(server, LEAD, "P-0001", phone="99999999")  # one conflict


def _state(server: Path, laptop: Path) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, path in (("server", server), ("laptop", laptop)):
        db = open_database(path)
        try:
            with db.reader() as s:
                out[name] = {
                    "people": sorted(
                        (p.key, p.phone, p.email, p.version) for p in s.scalars(select(Participant))
                    ),
                    "contacts": sorted(s.scalars(select(Contact.uuid))),
                    "conflicts": sorted(
                        (c.participant_key, c.field, str(c.server_value), str(c.laptop_value))
                        for c in s.scalars(select(SyncConflict))
                    ),
                    "applied": len(s.scalars(select(AppliedOp.op_id)).all()),
                }
        finally:
            db.dispose()
    return out


def test_a_sync_killed_at_random_moments_ends_as_an_uninterrupted_one(tmp_path: Path) -> None:
    server_path, laptop_path = tmp_path / "server.db", tmp_path / "laptop.db"
    server = open_database(server_path, create=True)
    build_server(server)
    laptop = checkout(server, CW1, laptop_path)
    # Checkout recorded the server by its URL; these runs reach it as a plain path.
    with laptop.unit_of_work() as s:
        s.execute(
            update(Setting).where(Setting.key == "sync.server").values(value=str(server_path))
        )
    _field_day(server, laptop)
    server.dispose()
    laptop.dispose()

    twin = tmp_path / "twin"
    twin.mkdir()
    for path in (server_path, laptop_path):
        shutil.copyfile(path, twin / path.name)
    twin_laptop = open_database(twin / "laptop.db")
    twin_server = open_database(twin / "server.db")
    sync(twin_laptop, twin_server)
    twin_laptop.dispose()
    twin_server.dispose()

    env = {**os.environ, "CASEAPP_PASSWORD": PASSWORD, "CASEAPP_USER": CW1.key}
    command = [sys.executable, "-m", "caseapp", "sync", "--db", str(laptop_path)]
    rng = random.Random(20261201)
    killed = 0
    for _ in range(6):
        process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        time.sleep(rng.uniform(0.2, 1.6))
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            killed += 1
        process.wait()
    finished = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert finished.returncode == 0, finished.stderr
    assert killed >= 1

    ours, theirs = _state(server_path, laptop_path), _state(twin / "server.db", twin / "laptop.db")
    for side in ("server", "laptop"):
        assert ours[side]["people"] == theirs[side]["people"], side
        assert ours[side]["contacts"] == theirs[side]["contacts"], side
        assert ours[side]["conflicts"] == theirs[side]["conflicts"], side
    # The same operations applied once each (the killed runs' audit entries may add some).
    assert ours["server"]["applied"] >= theirs["server"]["applied"]
