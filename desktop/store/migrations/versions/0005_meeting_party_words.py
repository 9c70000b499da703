"""Meetings: the citizen's or company's own words, written by them in hand-over.

Revision ID: 0005
Revises: 0004
"""

from alembic import op

revision = "0005"
down_revision = "0004"


def upgrade() -> None:
    op.execute("ALTER TABLE meeting ADD COLUMN party_comments TEXT")
    op.execute("ALTER TABLE meeting ADD COLUMN party_accommodations_view TEXT")


def downgrade() -> None:
    op.execute("ALTER TABLE meeting DROP COLUMN party_accommodations_view")
    op.execute("ALTER TABLE meeting DROP COLUMN party_comments")
