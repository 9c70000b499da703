"""The projects' method: screening, the fast track for compensation schemes, questionnaires,
retention follow-ups, projects with targets, case transfers; the case's group, own list and
support budget; a meeting's praktik evaluation verdict and support hours.

Revision ID: 0008
Revises: 0006
"""

from alembic import op

revision = "0008"
down_revision = "0006"

TABLES = {
    "screening": [
        ("citizen_id", "TEXT"),
        ("screened_at", "TEXT"),
        ("screened_by", "TEXT"),
        ("consent_to_record", "INTEGER"),
        ("impairment", "TEXT"),
        ("functions", "TEXT"),
        ("what_helped", "TEXT"),
        ("opened_case_id", "TEXT"),
    ],
    "scheme_application": [
        ("case_id", "TEXT"),
        ("scheme", "TEXT"),
        ("status", "TEXT"),
        ("need_date", "TEXT"),
        ("applied_date", "TEXT"),
        ("decision_date", "TEXT"),
        ("note", "TEXT"),
    ],
    "questionnaire": [
        ("case_id", "TEXT"),
        ("kind", "TEXT"),
        ("answered_on", "TEXT"),
        ("filled_by", "TEXT"),
        ("wellbeing", "INTEGER"),
        ("confidence", "INTEGER"),
        ("hours_managed", "INTEGER"),
        ("own_assessment", "INTEGER"),
        ("comment", "TEXT"),
    ],
    "retention_check": [
        ("case_id", "TEXT"),
        ("checked_on", "TEXT"),
        ("job_status", "TEXT"),
        ("hours_per_week", "REAL"),
        ("on_benefits", "INTEGER"),
        ("meeting_id", "TEXT"),
        ("note", "TEXT"),
    ],
    "project": [
        ("name", "TEXT"),
        ("team", "TEXT"),
        ("start_date", "TEXT"),
        ("end_date", "TEXT"),
        ("target_enrolled", "INTEGER"),
        ("target_jobs", "INTEGER"),
        ("target_retained_6m", "REAL"),
    ],
    "case_transfer": [
        ("case_id", "TEXT"),
        ("direction", "TEXT"),
        ("unit", "TEXT"),
        ("transferred_on", "TEXT"),
        ("what_shared", "TEXT"),
        ("consent_id", "TEXT"),
    ],
}

CASE_COLUMNS = [
    ("group", "TEXT"),
    ("project_id", "TEXT"),
    ("screening_id", "TEXT"),
    ("job_start_date", "TEXT"),
    ("wishes", "TEXT"),
    ("wishes_on_citizen_copy", "INTEGER"),
    ("support_kind", "TEXT"),
    ("support_budget", "REAL"),
]

MEETING_COLUMNS = [
    ("manages_tasks", "TEXT"),
    ("company_benefit", "TEXT"),
    ("next_step", "TEXT"),
    ("hire_hours_per_week", "REAL"),
    ("support_hours", "REAL"),
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
    for table in ("scheme_application", "questionnaire", "retention_check", "case_transfer"):
        op.execute(f'CREATE INDEX "ix_{table}_case" ON "{table}" (case_id)')
    op.execute('CREATE INDEX "ix_screening_citizen" ON "screening" (citizen_id)')
    for name, sqltype in CASE_COLUMNS:
        op.execute(f'ALTER TABLE case_ ADD COLUMN "{name}" {sqltype}')
    for name, sqltype in MEETING_COLUMNS:
        op.execute(f'ALTER TABLE meeting ADD COLUMN "{name}" {sqltype}')


def downgrade() -> None:
    for name, _ in reversed(MEETING_COLUMNS):
        op.execute(f'ALTER TABLE meeting DROP COLUMN "{name}"')
    for name, _ in reversed(CASE_COLUMNS):
        op.execute(f'ALTER TABLE case_ DROP COLUMN "{name}"')
    for table in reversed(list(TABLES)):
        op.execute(f'DROP TABLE "{table}"')
