"""Data protection (issue 18): the consent screen's kind, manner and withdrawal date, and the
audit log's hash chain (each entry carries the hash of the one before it on the same device).

Revision ID: 0012
Revises: 0010
"""

from alembic import op

revision = "0012"
down_revision = "0010"

COLUMNS = {
    "consent": [("kind", "TEXT"), ("given_how", "TEXT"), ("withdrawn_on", "TEXT")],
    "audit_entry": [("role", "TEXT"), ("prev_hash", "TEXT"), ("hash", "TEXT")],
}


def upgrade() -> None:
    for table, columns in COLUMNS.items():
        for name, sqltype in columns:
            op.execute(f'ALTER TABLE "{table}" ADD COLUMN "{name}" {sqltype}')


def downgrade() -> None:
    for table, columns in reversed(list(COLUMNS.items())):
        for name, _ in reversed(columns):
            op.execute(f'ALTER TABLE "{table}" DROP COLUMN "{name}"')
