"""Where each device's audit hash chain stands (issue 18: tamper-evident audit).

Revision ID: 0003
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_chains",
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("head_hash", sa.String(64), nullable=True),
        sa.Column("entries", sa.BigInteger(), nullable=False),
        sa.Column("breaks", sa.Integer(), nullable=False),
        sa.Column("last_break_at_ms", sa.BigInteger(), nullable=True),
        sa.Column("updated_at_ms", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("device_id", name=op.f("pk_audit_chains")),
    )


def downgrade() -> None:
    op.drop_table("audit_chains")
