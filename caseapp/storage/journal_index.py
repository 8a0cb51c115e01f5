"""Full-text search in the journal: contact notes and the other free text of a file.

SQLite: one FTS5 table, kept in step with every write by triggers (services, import, erasure
alike), a row per record whose rowid encodes the record (id * 8 + kind), so an edit replaces
its row without a scan. PostgreSQL: expression GIN indexes with the 'danish' text search
configuration on the tables themselves, so there is nothing to keep in step. Only this module
knows which it is talking to.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

# The kinds of record searched, their table, and the SQL of their searchable text.
SOURCES: dict[str, tuple[int, str, str]] = {
    "contact": (1, "contact", "coalesce(NEW.note, '')"),
    "housing": (2, "housing_spell", "coalesce(NEW.note, '') || ' ' || coalesce(NEW.address, '')"),
    "activity": (
        3,
        "activity_spell",
        "coalesce(NEW.note, '') || ' ' || coalesce(NEW.employer, '') || ' ' "
        "|| coalesce(NEW.evidence, '')",
    ),
    "support": (4, "support", "coalesce(NEW.note, '') || ' ' || coalesce(NEW.provider, '')"),
    "goal": (5, "goal", "coalesce(NEW.title, '') || ' ' || coalesce(NEW.note, '')"),
    "task": (6, "task", "coalesce(NEW.title, '') || ' ' || coalesce(NEW.note, '')"),
}
KIND_OF_CODE = {code: kind for kind, (code, _, _) in SOURCES.items()}
FTS_TABLE = "journal_fts"


def is_index_object(name: str | None) -> bool:
    """Whether a table or index belongs to the search index (made by migration, no model)."""
    return bool(name) and (str(name).startswith(FTS_TABLE) or str(name).endswith("_fts"))


def create(dialect: str, run: Callable[[str], object]) -> None:
    """Make the index (from a migration): `run` runs one SQL statement."""
    if dialect == "postgresql":
        for _kind, (_code, table, expression) in SOURCES.items():
            plain = expression.replace("NEW.", "")
            run(
                f"CREATE INDEX ix_{table}_fts ON {table} USING gin (to_tsvector('danish', {plain}))"
            )
        return
    # å decomposes and loses its ring (-> a); ø and æ stay: the query spells out both.
    run(
        f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(body, participant_id UNINDEXED, "
        "tokenize = 'unicode61 remove_diacritics 2')"
    )
    for _kind, (code, table, expression) in SOURCES.items():
        rowid = f"NEW.id * 8 + {code}"
        insert = (
            f"INSERT INTO {FTS_TABLE}(rowid, body, participant_id) "
            f"VALUES ({rowid}, {expression}, NEW.participant_id)"
        )
        old = f"DELETE FROM {FTS_TABLE} WHERE rowid = OLD.id * 8 + {code}"
        run(f"CREATE TRIGGER {table}_fts_ai AFTER INSERT ON {table} BEGIN {insert}; END")
        run(f"CREATE TRIGGER {table}_fts_ad AFTER DELETE ON {table} BEGIN {old}; END")
        run(f"CREATE TRIGGER {table}_fts_au AFTER UPDATE ON {table} BEGIN {old}; {insert}; END")
        run(
            f"INSERT INTO {FTS_TABLE}(rowid, body, participant_id) "
            f"SELECT id * 8 + {code}, {expression.replace('NEW.', '')}, participant_id FROM {table}"
        )


def drop(dialect: str, run: Callable[[str], object]) -> None:
    for _kind, (_code, table, _expression) in SOURCES.items():
        if dialect == "postgresql":
            run(f"DROP INDEX IF EXISTS ix_{table}_fts")
        else:
            for suffix in ("ai", "ad", "au"):
                run(f"DROP TRIGGER IF EXISTS {table}_fts_{suffix}")
    if dialect != "postgresql":
        run(f"DROP TABLE IF EXISTS {FTS_TABLE}")


def rebuild(conn: Connection) -> None:
    """Fill the SQLite index anew from the tables (after a copy that bypassed the triggers)."""
    if conn.dialect.name == "postgresql":
        return
    conn.execute(text(f"DELETE FROM {FTS_TABLE}"))
    for _kind, (code, table, expression) in SOURCES.items():
        conn.execute(
            text(
                f"INSERT INTO {FTS_TABLE}(rowid, body, participant_id) "
                f"SELECT id * 8 + {code}, {expression.replace('NEW.', '')}, participant_id "
                f"FROM {table}"
            )
        )


def find(
    session: Session,
    alternatives: Sequence[Sequence[str]],
    participant_ids: Collection[int] | None,
    limit: int,
) -> list[tuple[str, int]]:
    """(kind, record id) of the newest records holding every word, as prefixes; each word is
    given as its alternative spellings. `participant_ids` None means everyone's."""
    if not alternatives or (participant_ids is not None and not participant_ids):
        return []
    if session.get_bind().dialect.name == "postgresql":
        return _find_postgres(session, alternatives, participant_ids, limit)
    query = " AND ".join(
        "(" + " OR ".join(f'"{_quote(w)}"*' for w in words) + ")" for words in alternatives
    )
    where = ""
    params: dict[str, object] = {"q": query, "limit": limit}
    if participant_ids is not None:
        where = f" AND participant_id IN ({','.join(str(int(i)) for i in participant_ids)})"
    rows = session.execute(
        text(
            f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :q{where} "
            "ORDER BY rowid DESC LIMIT :limit"
        ),
        params,
    )
    return [(KIND_OF_CODE[rowid % 8], rowid // 8) for (rowid,) in rows]


def _find_postgres(
    session: Session,
    alternatives: Sequence[Sequence[str]],
    participant_ids: Collection[int] | None,
    limit: int,
) -> list[tuple[str, int]]:
    query = " & ".join(
        "(" + " | ".join(f"{_lexeme(w)}:*" for w in words if _lexeme(w)) + ")"
        for words in alternatives
    )
    parts = []
    for kind, (_code, table, expression) in SOURCES.items():
        plain = expression.replace("NEW.", "")
        scope = ""
        if participant_ids is not None:
            scope = f" AND participant_id IN ({','.join(str(int(i)) for i in participant_ids)})"
        parts.append(
            f"SELECT '{kind}' AS kind, id, updated_at FROM {table} "
            f"WHERE to_tsvector('danish', {plain}) @@ to_tsquery('danish', :q){scope}"
        )
    rows = session.execute(
        text(" UNION ALL ".join(parts) + " ORDER BY updated_at DESC LIMIT :limit"),
        {"q": query, "limit": limit},
    )
    return [(kind, record_id) for kind, record_id, _ in rows]


def _quote(word: str) -> str:
    return word.replace('"', '""')


def _lexeme(word: str) -> str:
    return "".join(c for c in word if c.isalnum())
