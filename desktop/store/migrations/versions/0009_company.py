"""The company side: the company profile (industry, size, workplaces, interest, marks), its
needs, the contact history, and the company network with its members and meetings.

Revision ID: 0009
Revises: 0008
"""

from alembic import op

revision = "0009"
down_revision = "0008"

TABLES = {
    "company_need": [
        ("company_id", "TEXT"),
        ("team", "TEXT"),
        ("title", "TEXT"),
        ("kind", "TEXT"),
        ("tasks", "TEXT"),
        ("hours_per_week", "REAL"),
        ("demands", "TEXT"),
        ("accommodations", "TEXT"),
        ("postcode", "TEXT"),
        ("start_date", "TEXT"),
        ("status", "TEXT"),
        ("note", "TEXT"),
    ],
    "company_contact": [
        ("company_id", "TEXT"),
        ("team", "TEXT"),
        ("kind", "TEXT"),
        ("contacted_on", "TEXT"),
        ("company_person", "TEXT"),
        ("consultant", "TEXT"),
        ("purpose", "TEXT"),
        ("outcome", "TEXT"),
        ("actions", "TEXT"),
        ("next_contact", "TEXT"),
    ],
    "network": [
        ("name", "TEXT"),
        ("team", "TEXT"),
        ("purpose", "TEXT"),
        ("target_companies", "INTEGER"),
        ("target_circular_pct", "REAL"),
    ],
    "network_member": [
        ("network_id", "TEXT"),
        ("team", "TEXT"),
        ("kind", "TEXT"),
        ("company_id", "TEXT"),
        ("name", "TEXT"),
        ("joined_on", "TEXT"),
        ("left_on", "TEXT"),
    ],
    "network_meeting": [
        ("network_id", "TEXT"),
        ("team", "TEXT"),
        ("held_at", "TEXT"),
        ("place", "TEXT"),
        ("agenda", "TEXT"),
        ("attendance", "TEXT"),
        ("minutes", "TEXT"),
    ],
}

COMPANY_COLUMNS = [
    ("industry", "TEXT"),
    ("employees", "INTEGER"),
    ("workplaces", "TEXT"),
    ("interests", "TEXT"),
    ("marks", "TEXT"),
]


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
    op.execute('CREATE INDEX "ix_company_need_company" ON "company_need" (company_id)')
    op.execute('CREATE INDEX "ix_company_need_status" ON "company_need" (status)')
    op.execute('CREATE INDEX "ix_company_contact_company" ON "company_contact" (company_id)')
    op.execute('CREATE INDEX "ix_network_member_network" ON "network_member" (network_id)')
    op.execute('CREATE INDEX "ix_network_meeting_network" ON "network_meeting" (network_id)')
    for name, sqltype in COMPANY_COLUMNS:
        op.execute(f'ALTER TABLE company ADD COLUMN "{name}" {sqltype}')


def downgrade() -> None:
    for name, _ in reversed(COMPANY_COLUMNS):
        op.execute(f'ALTER TABLE company DROP COLUMN "{name}"')
    for table in reversed(list(TABLES)):
        op.execute(f'DROP TABLE "{table}"')
