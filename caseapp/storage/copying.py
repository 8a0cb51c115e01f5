"""Copying a whole case database, table by table, between any two supported databases.

Used for backups (always a SQLite file, whatever the source) and for restoring one. The source
is read in one transaction, so the copy is consistent even while others write.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, MetaData, Table, func, insert, select, text

from caseapp.storage import journal_index
from caseapp.storage.models import Base

BATCH = 5000


def _tables() -> list[Table]:
    return list(Base.metadata.sorted_tables)


def count_rows(conn: Connection) -> int:
    return sum(conn.scalar(select(func.count()).select_from(t)) or 0 for t in _tables())


def copy_tables(
    source: Connection, target: Connection, progress: Callable[[int, int], None] | None = None
) -> int:
    """Insert every row of the source's caseapp tables into the (empty) target's; returns rows."""
    total = count_rows(source) if progress else 0
    done = 0
    for table in _tables():
        result = source.execution_options(yield_per=BATCH).execute(select(table))
        for chunk in result.partitions(BATCH):
            target.execute(insert(table), [dict(r._mapping) for r in chunk])
            done += len(chunk)
            if progress:
                progress(done, total)
    _copy_alembic_version(source, target)
    if target.dialect.name == "postgresql":
        _reset_sequences(target)
    # Rows copied in bulk, as the tables were: the search index is made anew from them.
    journal_index.rebuild(target)
    return done


def clear_tables(target: Connection) -> None:
    for table in reversed(_tables()):
        target.execute(table.delete())


def _copy_alembic_version(source: Connection, target: Connection) -> None:
    meta = MetaData()
    version = Table("alembic_version", meta, autoload_with=source)
    rows = [dict(r._mapping) for r in source.execute(select(version))]
    target.execute(version.delete())
    if rows:
        target.execute(insert(version), rows)


def _reset_sequences(conn: Connection) -> None:
    """After explicit ids were inserted, let PostgreSQL's id sequences continue after them."""
    for table in _tables():
        if "id" in table.c and table.c.id.autoincrement:
            conn.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                    f"COALESCE((SELECT MAX(id) FROM {table.name}), 0) + 1, false)"
                )
            )
