"""Attachments: files attached to a case or a meeting, kept inside the encrypted vault.

`attachment` describes the file; `attachment_chunk` holds its content in base64 pieces (see
sync.protocol.catalogue), so the file is never a loose or temporary file on disk.

Revision ID: 0006
Revises: 0005
"""

from alembic import op

revision = "0006"
down_revision = "0005"

TABLES = {
    "attachment": [
        ("case_id", "TEXT"),
        ("meeting_id", "TEXT"),
        ("filename", "TEXT"),
        ("media_type", "TEXT"),
        ("size", "INTEGER"),
        ("chunks", "INTEGER"),
        ("sha256", "TEXT"),
        ("health", "INTEGER"),
        ("description", "TEXT"),
    ],
    "attachment_chunk": [
        ("case_id", "TEXT"),
        ("attachment_id", "TEXT"),
        ("seq", "INTEGER"),
        ("data", "TEXT"),
    ],
}


def upgrade() -> None:
    for table, columns in TABLES.items():
        cols = ",\n  ".join(f'"{name}" {sqltype}' for name, sqltype in columns)
        op.execute(
            f'CREATE TABLE "{table}" (\n'
            "  id TEXT PRIMARY KEY NOT NULL,\n"
            "  created_at TEXT NOT NULL,\n"
            "  updated_at TEXT NOT NULL,\n"
            "  deleted INTEGER NOT NULL DEFAULT 0,\n"
            "  clocks TEXT NOT NULL DEFAULT '{}',\n"
            f"  {cols}\n)"
        )
    op.execute('CREATE INDEX "ix_attachment_case" ON "attachment" (case_id)')
    op.execute('CREATE INDEX "ix_attachment_meeting" ON "attachment" (meeting_id)')
    op.execute(
        'CREATE INDEX "ix_attachment_chunk_attachment" ON "attachment_chunk" (attachment_id, seq)'
    )


def downgrade() -> None:
    op.execute('DROP TABLE "attachment_chunk"')
    op.execute('DROP TABLE "attachment"')
