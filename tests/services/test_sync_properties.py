"""Random interleavings of edits on the team server and two laptops, syncs in random order,
some cut off inside the server's transaction or after it: after every scenario each edit is
applied or sits in a conflict, none is lost, none applied twice, and every audit chain holds.

The server is PostgreSQL where one answers (as in CI), else a SQLite file. A model of the
server's fields, kept beside the real run, says what each sync must have done.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from caseapp.services import audit, referrals
from caseapp.services.actor import Actor
from caseapp.services.sync import exchange
from caseapp.storage.database import Database, open_database
from caseapp.storage.models import AppliedOp, OutboxOp, Participant, SyncConflict
from tests.conftest import PG_ADMIN_URL, POSTGRES, _pg_plain_url
from tests.services.sync_sample import (
    CW1,
    CW2,
    FIELDS,
    LEAD,
    PEOPLE,
    add_contact,
    build_server,
    checkout,
    contact_uuids,
    edit_person,
    person_values,
    sync,
)

EXAMPLES = int(os.environ.get("CASEAPP_SYNC_EXAMPLES", "10"))
WHO: dict[str, Actor] = {"server": LEAD, "a": CW1, "b": CW2}
# Few people and fields, so that the same field is often changed in two places.
PERSONS, NAMES = PEOPLE[:2], FIELDS[:2]

step = st.one_of(
    st.tuples(
        st.just("edit"),
        st.sampled_from(("server", "a", "b")),
        st.sampled_from(PERSONS),
        st.sampled_from(NAMES),
    ),
    st.tuples(st.just("contact"), st.sampled_from(("server", "a", "b")), st.sampled_from(PERSONS)),
    st.tuples(st.just("register"), st.sampled_from(("server", "a", "b"))),
    st.tuples(
        st.just("sync"), st.sampled_from(("a", "b")), st.sampled_from((None, "after", "inside"))
    ),
)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """A server with two laptops checked out (project HF), made once: (server, laptop folder)."""
    folder = tmp_path_factory.mktemp("sync-template")
    if POSTGRES:
        import psycopg

        name = f"caseapp_sync_{uuid.uuid4().hex[:10]}"
        with psycopg.connect(_pg_plain_url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        address = PG_ADMIN_URL.rsplit("/", 1)[0] + "/" + name
    else:
        address = str(folder / "server.db")
    server = open_database(address, create=True)
    build_server(server)
    for actor, file in ((CW1, "a.db"), (CW2, "b.db")):
        checkout(server, actor, folder / file).dispose()
    server.dispose()
    yield address, folder
    if POSTGRES:
        import psycopg

        with psycopg.connect(_pg_plain_url(), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextmanager
def scenario(template: tuple[str, Path]) -> Iterator[dict[str, Database]]:
    address, folder = template
    work = Path(tempfile.mkdtemp(prefix="sync-scenario-"))
    name = None
    try:
        if POSTGRES:
            import psycopg

            name = f"caseapp_scn_{uuid.uuid4().hex[:10]}"
            with psycopg.connect(_pg_plain_url(), autocommit=True) as conn:
                conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{address.rsplit("/", 1)[1]}"')
            server_address = address.rsplit("/", 1)[0] + "/" + name
        else:
            shutil.copyfile(address, work / "server.db")
            server_address = str(work / "server.db")
        for file in ("a.db", "b.db"):
            shutil.copyfile(folder / file, work / file)
        dbs = {
            "server": open_database(server_address),
            "a": open_database(work / "a.db"),
            "b": open_database(work / "b.db"),
        }
        try:
            yield dbs
        finally:
            for db in dbs.values():
                db.dispose()
    finally:
        shutil.rmtree(work, ignore_errors=True)
        if name is not None:
            import psycopg

            with psycopg.connect(_pg_plain_url(), autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


class Model:
    """What the server must hold: its fields, the conflicts, the operations applied."""

    def __init__(self, server: Database) -> None:
        self.fields = {(p, f): v for p in PEOPLE for f, v in person_values(server, p).items()}
        self.conflicts: Counter[tuple[str, str, Any]] = Counter()
        self.applied: set[str] = set()

    def apply(self, ops: list[OutboxOp]) -> None:
        for op in ops:
            if op.op_id in self.applied:
                continue
            self.applied.add(op.op_id)
            if op.kind != "participant" or op.action != "update":
                continue
            for name, value in (op.after or {}).items():
                here = (op.participant_key, name)
                if here not in self.fields or self.fields[here] == value:
                    continue
                if self.fields[here] == (op.before or {}).get(name):
                    self.fields[here] = value
                else:
                    self.conflicts[(op.participant_key, name, value)] += 1


def _unsent(db: Database) -> list[OutboxOp]:
    with db.reader() as s:
        return list(
            s.scalars(select(OutboxOp).where(OutboxOp.sent_at.is_(None)).order_by(OutboxOp.id))
        )


def _register(db: Database, actor: Actor, number: int) -> str:
    """A new referral (a key taken on one side may be taken on another: the server renames)."""
    with db.unit_of_work() as s:
        person, _ = referrals.refer(
            s,
            actor,
            {"first_name": f"Ny {number}"},
            {"project": "HF", "referred_on": "2024-05-01", "key_worker": "cw1"},
        )
        return person.uuid


def _people(db: Database) -> set[str]:
    with db.reader() as s:
        return set(s.scalars(select(Participant.uuid)))


class Cut(Exception):
    """The process killed, the cable pulled."""


def _sync(dbs: dict[str, Database], laptop: str, cut: str | None, model: Model) -> None:
    ops = _unsent(dbs[laptop])
    if cut == "inside":
        real = exchange.pull
        exchange.pull = lambda *a, **k: (_ for _ in ()).throw(Cut())  # type: ignore[assignment]
        try:
            with pytest.raises(Cut):
                sync(dbs[laptop], dbs["server"])
        finally:
            exchange.pull = real  # type: ignore[assignment]
        return
    model.apply(ops)
    if cut == "after":

        def stop() -> None:
            raise Cut()

        with pytest.raises(Cut):
            sync(dbs[laptop], dbs["server"], after_server=stop)
    else:
        sync(dbs[laptop], dbs["server"])


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=st.lists(step, min_size=1, max_size=12))
def test_every_edit_is_applied_or_in_a_conflict_once(
    template: tuple[str, Path], steps: list[tuple[Any, ...]]
) -> None:
    with scenario(template) as dbs:
        model = Model(dbs["server"])
        made: set[str] = set()
        registered: set[str] = set()
        for number, (what, where, *rest) in enumerate(steps):
            if what == "edit":
                person, name = rest
                value = f"{where}-{number}"
                edit_person(dbs[where], WHO[where], person, **{name: value})
                if where == "server":
                    model.fields[(person, name)] = value
            elif what == "register":
                registered.add(_register(dbs[where], WHO[where], number))
            elif what == "contact":
                made.add(
                    add_contact(dbs[where], WHO[where], rest[0], f"2024-05-01T10:{number:02d}")
                )
            else:
                _sync(dbs, where, rest[0], model)
        for laptop in ("a", "b", "a", "b"):
            _sync(dbs, laptop, None, model)

        server = dbs["server"]
        actual = {(p, f): v for p in PEOPLE for f, v in person_values(server, p).items()}
        assert actual == model.fields
        with server.reader() as s:
            found = Counter(
                (c.participant_key, c.field, c.laptop_value["v"])
                for c in s.scalars(select(SyncConflict))
            )
            applied = set(
                s.scalars(select(AppliedOp.op_id).where(AppliedOp.op_id.not_like("audit:%")))
            )
            assert audit.verify(s) == []
        assert found == model.conflicts
        assert applied == model.applied  # every operation sent, each applied once
        for name in ("server", "a", "b"):
            assert made <= contact_uuids(dbs[name]), f"a contact is missing on {name}"
            assert registered <= _people(dbs[name]), f"a new person is missing on {name}"
            if name != "server":
                laptop = {(p, f): v for p in PEOPLE for f, v in person_values(dbs[name], p).items()}
                assert laptop == actual, f"{name} differs from the server after syncing"
                with dbs[name].reader() as s:
                    assert audit.verify(s) == []
