"""Contact indexes for the council report: the participant and time index also carries mode,
place, topics and minutes (the report groups a project's contacts from the index alone), and an
index on the time finds contacts dated after a day

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

_COVERING = ["participant_id", "at", "mode", "location", "topics", "duration_min"]


def upgrade() -> None:
    op.drop_index("ix_contact_participant_at", table_name="contact")
    op.create_index("ix_contact_participant_at", "contact", _COVERING, unique=False)
    op.create_index("ix_contact_at", "contact", ["at"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_contact_at", table_name="contact")
    op.drop_index("ix_contact_participant_at", table_name="contact")
    op.create_index("ix_contact_participant_at", "contact", ["participant_id", "at"], unique=False)
