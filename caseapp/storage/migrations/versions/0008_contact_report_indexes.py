"""Contact indexes for the council report: one in the order the report groups contacts (mode,
place, topics) holding everything it counts, and one on the time for contacts after a day

Revision ID: 0008
Revises: 0006
Create Date: 2026-12-01 14:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0008"
down_revision = "0006"
branch_labels = None
depends_on = None

_GROUPED = ["mode", "location", "topics", "participant_id", "at", "duration_min"]


def upgrade() -> None:
    op.create_index("ix_contact_grouped", "contact", _GROUPED, unique=False)
    op.create_index("ix_contact_at", "contact", ["at"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_contact_at", table_name="contact")
    op.drop_index("ix_contact_grouped", table_name="contact")
