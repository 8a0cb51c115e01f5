"""Access by project: grants, the own-caseload setting, and files opened outside one's access

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 10:40:00

Accounts that exist when a database is upgraded keep seeing what they saw before (every
project, except administrators, who see no case data): an administrator then narrows the
grants. Taking access away silently at an upgrade would stop a team's work.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("project", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("own_caseload_only", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    op.create_table(
        "project_grant",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("granted_by", sa.String(length=64), nullable=True),
        sa.Column("granted_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_project_grant_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"],
            ["staff.id"],
            name=op.f("fk_project_grant_staff_id_staff"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project_grant")),
        sa.UniqueConstraint(
            "staff_id", "project_id", name=op.f("uq_project_grant_staff_id_project_id")
        ),
    )
    with op.batch_alter_table("project_grant", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_project_grant_project_id"), ["project_id"])
        batch_op.create_index(batch_op.f("ix_project_grant_staff_id"), ["staff_id"])

    op.create_table(
        "scope_break",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("account", sa.String(length=64), nullable=False),
        sa.Column("participant_key", sa.String(length=64), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("reviewed_by", sa.String(length=64), nullable=True),
        sa.Column("reviewed_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scope_break")),
    )
    with op.batch_alter_table("scope_break", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_scope_break_account"), ["account"])
        batch_op.create_index(batch_op.f("ix_scope_break_at"), ["at"])
        batch_op.create_index(batch_op.f("ix_scope_break_participant_key"), ["participant_key"])

    op.execute(
        sa.text(
            "INSERT INTO project_grant (staff_id, project_id, granted_by, granted_at) "
            "SELECT staff.id, project.id, 'upgrade', CURRENT_TIMESTAMP FROM staff, project "
            "WHERE staff.role <> 'admin'"
        )
    )


def downgrade() -> None:
    op.drop_table("scope_break")
    op.drop_table("project_grant")
    with op.batch_alter_table("project", schema=None) as batch_op:
        batch_op.drop_column("own_caseload_only")
