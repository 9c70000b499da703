"""Initial schema: users, devices, records and their change counter, idempotency, audit.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

# Defined here, not imported from models, so this revision never changes when the models do.
_JSON = sa.JSON(none_as_null=True).with_variant(postgresql.JSONB(none_as_null=True), "postgresql")
_BIGID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("username", sa.String(100), nullable=False),
        sa.Column("password_hash", sa.String(300), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("team", sa.String(100), nullable=True),
        sa.Column("disabled", sa.Boolean(), nullable=False),
        sa.Column("created_at_ms", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("username", name=op.f("uq_users_username")),
    )
    op.create_table(
        "devices",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("user_id", sa.String(36), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False),
        sa.Column("created_at_ms", sa.BigInteger(), nullable=False),
        sa.Column("last_seen_ms", sa.BigInteger(), nullable=True),
        sa.Column("revoked_at_ms", sa.BigInteger(), nullable=True),
        sa.Column("wipe", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_devices")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_devices_token_hash")),
    )
    op.create_index(op.f("ix_devices_user_id"), "devices", ["user_id"])
    op.create_table(
        "records",
        sa.Column("record_type", sa.String(40), nullable=False),
        sa.Column("record_id", sa.String(36), nullable=False),
        sa.Column("case_id", sa.String(36), nullable=True),
        sa.Column("parent_id", sa.String(36), nullable=True),
        sa.Column("values", _JSON, nullable=False),
        sa.Column("clocks", _JSON, nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=True),
        sa.Column("owner_team", sa.String(100), nullable=True),
        sa.Column("created_by", sa.String(100), nullable=False),
        sa.Column("created_at_ms", sa.BigInteger(), nullable=False),
        sa.Column("updated_at_ms", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("record_type", "record_id", name=op.f("pk_records")),
        sa.UniqueConstraint("seq", name=op.f("uq_records_seq")),
    )
    op.create_index(op.f("ix_records_case_id"), "records", ["case_id"])
    op.create_index(op.f("ix_records_parent_id"), "records", ["parent_id"])
    op.create_table(
        "case_index",
        sa.Column("case_id", sa.String(36), nullable=False),
        sa.Column("team", sa.String(100), nullable=True),
        sa.Column("consultant", sa.String(100), nullable=True),
        sa.Column("citizen_id", sa.String(36), nullable=True),
        sa.Column("company_id", sa.String(36), nullable=True),
        sa.PrimaryKeyConstraint("case_id", name=op.f("pk_case_index")),
    )
    op.create_index(op.f("ix_case_index_team"), "case_index", ["team"])
    op.create_index(op.f("ix_case_index_citizen_id"), "case_index", ["citizen_id"])
    op.create_index(op.f("ix_case_index_company_id"), "case_index", ["company_id"])
    op.create_table(
        "case_mentors",
        sa.Column("case_id", sa.String(36), nullable=False),
        sa.Column("username", sa.String(100), nullable=False),
        sa.PrimaryKeyConstraint("case_id", "username", name=op.f("pk_case_mentors")),
    )
    op.create_index(op.f("ix_case_mentors_username"), "case_mentors", ["username"])
    counter = op.create_table(
        "change_counter",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("value", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_counter")),
    )
    op.bulk_insert(counter, [{"id": 1, "value": 0}])
    op.create_table(
        "applied_ops",
        sa.Column("op_id", sa.String(36), nullable=False),
        sa.Column("user_id", sa.String(36), nullable=False),
        sa.Column("device_id", sa.String(36), nullable=True),
        sa.Column("result", _JSON, nullable=False),
        sa.Column("applied_at_ms", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("op_id", name=op.f("pk_applied_ops")),
    )
    op.create_table(
        "server_audit",
        sa.Column("id", _BIGID, autoincrement=True, nullable=False),
        sa.Column("at_ms", sa.BigInteger(), nullable=False),
        sa.Column("username", sa.String(100), nullable=True),
        sa.Column("device_id", sa.String(36), nullable=True),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("record_count", sa.Integer(), nullable=False),
        sa.Column("refused_count", sa.Integer(), nullable=False),
        sa.Column("records", sa.Text(), nullable=False),
        sa.Column("subjects", sa.Text(), nullable=False),
        sa.Column("detail", sa.String(500), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_server_audit")),
    )
    op.create_index(op.f("ix_server_audit_at_ms"), "server_audit", ["at_ms"])
    op.create_index(op.f("ix_server_audit_username"), "server_audit", ["username"])
    op.create_table(
        "login_attempts",
        sa.Column("id", _BIGID, autoincrement=True, nullable=False),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("key", sa.String(200), nullable=False),
        sa.Column("at_ms", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_login_attempts")),
    )
    op.create_index(
        "ix_login_attempts_kind_key_at", "login_attempts", ["kind", "key", "at_ms"]
    )


def downgrade() -> None:
    for table in (
        "login_attempts", "server_audit", "applied_ops", "change_counter", "case_mentors",
        "case_index", "records", "devices", "users",
    ):
        op.drop_table(table)
