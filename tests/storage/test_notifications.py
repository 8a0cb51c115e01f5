"""The team server's change notifications: sent when a change commits (never before, never for a
look), heard by a listener on a connection of its own, which reconnects by itself."""

from __future__ import annotations

import queue

import pytest

from caseapp.services import audit
from caseapp.services.actor import Actor
from caseapp.storage import notifications
from caseapp.storage.database import Database
from tests.conftest import _pg_plain_url

pytestmark = pytest.mark.postgres
SOMEONE = Actor("mmp", "Mette Mondrup Pedersen", "coordinator")


def _next(events: queue.SimpleQueue[notifications.ListenerEvent]) -> notifications.ListenerEvent:
    return events.get(timeout=10)


def _nothing_for(events: queue.SimpleQueue[notifications.ListenerEvent], seconds: float) -> bool:
    try:
        events.get(timeout=seconds)
    except queue.Empty:
        return True
    return False


def test_a_change_is_heard_when_it_commits_and_a_look_is_not(postgres_db: Database) -> None:
    events: queue.SimpleQueue[notifications.ListenerEvent] = queue.SimpleQueue()
    listener = notifications.ChangeListener(postgres_db.engine, events.put)
    listener.start()
    try:
        assert _next(events) == notifications.Connected(again=False)
        with postgres_db.unit_of_work() as s:
            audit.record(s, SOMEONE, "viewed_file", "P-0001")
        with postgres_db.unit_of_work() as s:
            audit.record(s, SOMEONE, "edited_housing", "P-0002", "h-1")
            assert _nothing_for(events, 0.5)  # not before the commit
        heard = _next(events)
        assert isinstance(heard, notifications.Changed)
        assert heard.participant == "P-0002"
        with postgres_db.reader() as s:
            assert heard.entry_id == audit.verify_chain(s).entries  # the newest entry's id
        with pytest.raises(ZeroDivisionError), postgres_db.unit_of_work() as s:
            audit.record(s, SOMEONE, "edited_housing", "P-0003", "h-2")
            1 / 0  # noqa: B018 - rolled back: nothing is announced
        assert _nothing_for(events, 0.5)
    finally:
        listener.stop()


def test_the_listener_reconnects_by_itself_after_its_connection_is_ended(
    postgres_db: Database,
) -> None:
    import psycopg

    events: queue.SimpleQueue[notifications.ListenerEvent] = queue.SimpleQueue()
    listener = notifications.ChangeListener(postgres_db.engine, events.put)
    listener.start()
    try:
        assert _next(events) == notifications.Connected(again=False)
        with psycopg.connect(_pg_plain_url(), autocommit=True) as admin:
            admin.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = %s AND application_name = %s",
                (postgres_db.url.database, notifications.APPLICATION_NAME),
            )
        assert isinstance(_next(events), notifications.Lost)
        assert _next(events) == notifications.Connected(again=True)
        with postgres_db.unit_of_work() as s:
            audit.record(s, SOMEONE, "added_contact", "P-0004", "c-1")
        heard = _next(events)
        assert isinstance(heard, notifications.Changed) and heard.participant == "P-0004"
    finally:
        listener.stop()
