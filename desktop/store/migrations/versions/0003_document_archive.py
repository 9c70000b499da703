"""The document archive: the sealed PDF bytes of every signed version, kept as printed.

One row per (document, version, copy): reprinting prints these bytes, never a new rendering,
so a reprint is byte-for-byte the paper the parties received. Rows are append-only (triggers),
like signatures and audit entries. The archive stays on this device (it is not synced): any
device can seal its own copy of the same signed content.

Revision ID: 0003
Revises: 0002
"""

from alembic import op

revision = "0003"
down_revision = "0002"


def upgrade() -> None:
    op.execute(
        "CREATE TABLE sealed_document (\n"
        "  id TEXT PRIMARY KEY NOT NULL,\n"
        "  document_type TEXT NOT NULL,\n"
        "  document_id TEXT NOT NULL,\n"
        "  version INTEGER NOT NULL,\n"
        "  copy_for TEXT NOT NULL,\n"
        "  case_id TEXT,\n"
        "  content_hash TEXT NOT NULL,\n"
        "  pdf BLOB NOT NULL,\n"
        "  pdf_sha256 TEXT NOT NULL,\n"
        "  created_at TEXT NOT NULL,\n"
        "  UNIQUE (document_type, document_id, version, copy_for)\n)"
    )
    op.execute("CREATE INDEX sealed_document_case ON sealed_document(case_id)")
    for event in ("UPDATE", "DELETE"):
        op.execute(
            f'CREATE TRIGGER "sealed_document_append_only_{event.lower()}" BEFORE {event} '
            'ON "sealed_document" '
            "BEGIN SELECT RAISE(ABORT, 'append-only: archived documents cannot change'); END"
        )


def downgrade() -> None:
    op.execute("DROP TABLE sealed_document")
