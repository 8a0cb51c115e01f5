"""Live updates on the team server: PostgreSQL's NOTIFY when data changes, and a listener.

A change announces itself in the transaction that makes it (the audit chain's head moves with
a NOTIFY, `audit_chain.move_head`), so the notification goes out when, and only if, the change
commits. The payload names the audit entry and the
participant's key, never a name or a CPR number. `ChangeListener` waits for these on a
connection of its own in a plain thread and hands each event to a callback; it notices a lost
connection and reconnects by itself, waiting a little longer after each failed attempt.
SQLite has no notifications: there, readers keep looking at the audit log now and then.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine

CHANNEL = "caseapp_changes"
APPLICATION_NAME = "caseapp-live-updates"
MANY = "*"  # the participant part of a payload when one transaction changed many people

# Waiting between attempts to reconnect: from the first to the longest.
FIRST_RETRY_S = 0.5
LONGEST_RETRY_S = 15.0
# How often a quiet connection is checked, so a server that went away unannounced (a cable
# pulled, a laptop resumed) is noticed without waiting for the operating system.
CHECK_QUIET_S = 5.0
_WAIT_S = 0.25  # the longest a stop request waits for the thread to notice it

log = logging.getLogger(__name__)


def supported(engine: Engine) -> bool:
    return engine.dialect.name == "postgresql" and engine.dialect.driver == "psycopg"


def payload(entry_id: int, participant: str | None) -> str:
    return f"{entry_id} {participant or ''}".rstrip()


@dataclass(frozen=True)
class Connected:
    again: bool  # False for the first connection, True after a lost one


@dataclass(frozen=True)
class Lost:
    reason: str  # the driver's words: host, port, what failed; never data


@dataclass(frozen=True)
class Changed:
    entry_id: int
    participant: str | None  # None for a change not about one person; MANY for a bulk change


ListenerEvent = Connected | Lost | Changed


def parse(message: str) -> Changed:
    entry, _, participant = message.partition(" ")
    return Changed(int(entry), participant or None)


class ChangeListener:
    """LISTENs on a connection of its own, in a thread; `on_event` is called from that thread."""

    def __init__(self, engine: Engine, on_event: Callable[[ListenerEvent], None]) -> None:
        cargs, cparams = engine.dialect.create_connect_args(engine.url)
        cparams.pop("context", None)  # SQLAlchemy's type adapters; the listener reads no rows
        self._cargs: list[Any] = list(cargs)
        # Named, so that the server's administrator sees what the connection is for.
        named = {"connect_timeout": 10, "application_name": APPLICATION_NAME}
        self._cparams: dict[str, Any] = {**named, **cparams, "autocommit": True}
        self._on_event = on_event
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="caseapp-listener", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            # At most a moment: a thread still trying an unreachable server ends by itself (it
            # is a daemon and checks the stop request after each attempt).
            self._thread.join(timeout=1)

    def _run(self) -> None:
        import psycopg

        wait = FIRST_RETRY_S
        lost = False
        while not self._stop.is_set():
            try:
                with psycopg.connect(*self._cargs, **self._cparams) as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    self._on_event(Connected(again=lost))
                    lost, wait = False, FIRST_RETRY_S
                    self._listen(conn)
            except psycopg.Error as exc:
                if self._stop.is_set():
                    return
                reason = " ".join(str(exc).split())
                if not lost:
                    log.warning("the connection for live updates is lost: %s", reason)
                lost = True
                self._on_event(Lost(reason))
                self._stop.wait(wait)
                wait = min(wait * 2, LONGEST_RETRY_S)

    def _listen(self, conn: Any) -> None:
        quiet = 0.0
        while not self._stop.is_set():
            heard = False
            for note in conn.notifies(timeout=_WAIT_S):
                heard = True
                try:
                    self._on_event(parse(note.payload))
                except ValueError:
                    continue  # not one of ours (someone NOTIFYing by hand)
            quiet = 0.0 if heard else quiet + _WAIT_S
            if quiet >= CHECK_QUIET_S:
                conn.execute("SELECT 1")
                quiet = 0.0
