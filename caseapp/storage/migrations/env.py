"""Alembic environment: runs on the connection that `caseapp.storage.database` hands it."""

from __future__ import annotations

from alembic import context

from caseapp.storage.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("migrations run only through caseapp.storage.database")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
