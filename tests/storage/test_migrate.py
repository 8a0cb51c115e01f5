"""The schema revisions read from the migration files agree with Alembic's own reading."""

from __future__ import annotations

from alembic.script import ScriptDirectory

from caseapp.storage import migrate


def test_head_and_revisions_agree_with_alembic() -> None:
    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert migrate.head_revision() == script.get_current_head()
    assert migrate.known_revisions() == {s.revision for s in script.walk_revisions()}
