"""Delivered council reports

Revision ID: 0004
Revises: 0007
Create Date: 2026-12-01 11:15:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "delivered_report",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_key", sa.String(length=64), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("lang", sa.String(length=2), nullable=False),
        sa.Column("delivered_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("delivered_by", sa.String(length=64), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("audit_head", sa.String(length=64), nullable=False),
        sa.Column("figures", sa.Text(), nullable=False),
        sa.Column("pdf", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_delivered_report")),
    )
    with op.batch_alter_table("delivered_report", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_delivered_report_project_key"), ["project_key"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("delivered_report", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_delivered_report_project_key"))
    op.drop_table("delivered_report")
