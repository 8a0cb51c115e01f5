"""The schema revisions read from the migration files agree with Alembic's own reading."""

from __future__ import annotations

from alembic.script import ScriptDirectory

from caseapp.storage import migrate
from caseapp.storage.database import Database


def test_head_and_revisions_agree_with_alembic() -> None:
    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert migrate.head_revision() == script.get_current_head()
    assert migrate.known_revisions() == {s.revision for s in script.walk_revisions()}


def test_the_migrations_build_exactly_the_models(db: Database) -> None:
    """A database made by the migrations has every table, column and index the models declare."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from caseapp.storage.base import Base

    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": False})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []
