"""Making deleted data unreadable in the database files, after an erasure.

SQLite runs with secure_delete on, so deleted cells are zeroed in their pages; the old page
images can still sit in the write-ahead log and in free pages, so the log is checkpointed and
emptied and the file rebuilt. PostgreSQL rewrites the tables that held personal data.
"""

from __future__ import annotations

from caseapp.storage.database import Database

# The tables that hold personal data or free text (see caseapp.services.erasure).
PERSONAL_TABLES = (
    "participant",
    "contact",
    "housing_spell",
    "activity_spell",
    "support",
    "goal",
    "task",
)


def wipe_free_space(db: Database) -> bool:
    """Rebuild the storage so erased values are gone from the files; False if another
    connection kept the SQLite write-ahead log from being emptied (it will be at the next
    checkpoint once the others close)."""
    if db.dialect == "sqlite":
        return _sqlite(db)
    if db.dialect == "postgresql":
        with db.engine.connect() as conn:
            conn = conn.execution_options(isolation_level="AUTOCOMMIT")
            for table in PERSONAL_TABLES:
                conn.exec_driver_sql(f"VACUUM FULL {table}")
    return True


def _sqlite(db: Database) -> bool:
    # Close idle pooled connections first: an open read snapshot would pin the log.
    db.engine.dispose()
    with db.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        done = _checkpoint(raw)
        raw.execute("VACUUM")
        done = _checkpoint(raw) and done
    db.engine.dispose()
    return done


def _checkpoint(raw: object) -> bool:
    busy, _log, _moved = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()  # type: ignore[attr-defined]
    return int(busy) == 0
