"""The PostgreSQL team server: its driver, its engine, and whether a server database is free for
a new caseapp.

caseapp speaks to a server only through psycopg (version 3): its notifications carry the live
updates (`notifications`), and it is the one server driver the tests run against.
"""

from __future__ import annotations

from sqlalchemy import Engine, create_engine, inspect
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError

from caseapp.domain.errors import DatabaseUnusable, Message, Problem, ValidationFailed
from caseapp.storage.location import safe_display

DRIVER = "postgresql+psycopg"
INSTALL_DRIVER = 'pip install "psycopg[binary]"'
MISSING_DRIVER = Message(
    "this installation cannot reach a PostgreSQL server: the driver psycopg is not installed "
    "(install it with: {command})",
    command=INSTALL_DRIVER,
)
# A server that does not answer (a firewall dropping packets) must not hang a command forever.
CONNECT_TIMEOUT_S = 10


def is_server(url: URL) -> bool:
    return not url.drivername.startswith("sqlite")


def server_engine(url: URL) -> Engine:
    """An engine for a server URL; a clear error for a driver this installation lacks."""
    if url.drivername != DRIVER:
        raise ValidationFailed(
            Problem(
                "--db",
                "caseapp works with a SQLite file or a {driver}:// URL, not {drivername}://",
                driver=DRIVER,
                drivername=url.drivername,
            )
        )
    connect_args = {} if "connect_timeout" in url.query else {"connect_timeout": CONNECT_TIMEOUT_S}
    try:
        # pool_pre_ping: a connection the server dropped (a restart, a network cut) is replaced
        # before use instead of failing the user's next save.
        return create_engine(
            url,
            pool_pre_ping=True,
            hide_parameters=True,
            connect_args=connect_args,
        )
    except ImportError:
        raise DatabaseUnusable(MISSING_DRIVER) from None


def check_connects(engine: Engine, display: str) -> None:
    """Connect once; a server that does not answer or refuses is named with the server's own
    words (host, port, reason) on one line."""
    try:
        with engine.connect():
            pass
    except DBAPIError as exc:
        engine.dispose()
        reason = " ".join(str(exc.orig).split())
        raise DatabaseUnusable(
            "cannot connect to {display}: {reason}", display=display, reason=reason
        ) from None


# SQLSTATE classes of a broken connection: 08 connection exception, 57P01-57P03 the server shut
# down or terminated the session (pg_terminate_backend).
_LOST_STATES = ("08", "57P01", "57P02", "57P03")
CONNECTION_LOST = Message(
    "The connection to the database server is lost, so this was not done (nothing was "
    "written). caseapp reconnects by itself; try again in a moment."
)


def lost_connection(exc: DBAPIError) -> bool:
    """Whether a driver error means the server is out of reach (rather than refusing the SQL)."""
    if exc.connection_invalidated:
        return True
    state = getattr(exc.orig, "sqlstate", None)
    return state is None or state.startswith(_LOST_STATES)


def require_empty_database(url: URL) -> None:
    """Refuse a server database that holds anything: `init` makes a new database only."""
    display = safe_display(url)
    engine = server_engine(url)
    try:
        check_connects(engine, display)
        with engine.connect() as conn:
            tables = inspect(conn).get_table_names()
    finally:
        engine.dispose()
    if "alembic_version" in tables:
        raise ValidationFailed(
            Problem(
                "--db",
                "{display} already holds a caseapp database; init never overwrites",
                display=display,
            )
        )
    if tables:
        raise ValidationFailed(
            Problem(
                "--db",
                "{display} already holds {count} other table(s); give caseapp an empty database "
                "of its own",
                display=display,
                count=len(tables),
            )
        )
