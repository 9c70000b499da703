"""Initial vault schema: one table per catalogue record type, the sync outbox and local state.

The column lists are a frozen snapshot of the catalogue as it was at this revision; later
catalogue changes get their own revisions (a test checks the migrated tables against the
catalogue, so a forgotten migration fails CI).

Revision ID: 0001
"""

from alembic import op

revision = "0001"
down_revision = None

TABLES = {
    "citizen": [
        ("name", "TEXT"),
        ("cpr", "TEXT"),
        ("address", "TEXT"),
        ("phone", "TEXT"),
        ("email", "TEXT"),
        ("target_group", "TEXT"),
        ("functional_limitations", "TEXT"),
        ("health_notes", "TEXT"),
    ],
    "company": [
        ("name", "TEXT"),
        ("cvr", "TEXT"),
        ("p_number", "TEXT"),
        ("address", "TEXT"),
        ("phone", "TEXT"),
        ("email", "TEXT"),
        ("contacts", "TEXT"),
        ("notes", "TEXT"),
    ],
    "case_": [
        ("title", "TEXT"),
        ("citizen_id", "TEXT"),
        ("company_id", "TEXT"),
        ("team", "TEXT"),
        ("consultant", "TEXT"),
        ("mentors", "TEXT"),
        ("scheme", "TEXT"),
        ("status", "TEXT"),
        ("start_date", "TEXT"),
        ("end_date", "TEXT"),
        ("purpose", "TEXT"),
        ("outcome", "TEXT"),
        ("aftercare_cadence", "TEXT"),
    ],
    "meeting": [
        ("case_id", "TEXT"),
        ("kind", "TEXT"),
        ("starts_at", "TEXT"),
        ("place", "TEXT"),
        ("participants", "TEXT"),
        ("status_against_goals", "TEXT"),
        ("planned_hours", "REAL"),
        ("actual_hours", "REAL"),
        ("accommodations_working", "TEXT"),
        ("barriers", "TEXT"),
        ("notes", "TEXT"),
        ("decisions", "TEXT"),
        ("next_meeting_at", "TEXT"),
        ("health_notes", "TEXT"),
    ],
    "action_item": [
        ("case_id", "TEXT"),
        ("meeting_id", "TEXT"),
        ("plan_id", "TEXT"),
        ("what", "TEXT"),
        ("owner", "TEXT"),
        ("deadline", "TEXT"),
        ("done", "INTEGER"),
    ],
    "agreement": [
        ("case_id", "TEXT"),
        ("version", "INTEGER"),
        ("supersedes_id", "TEXT"),
        ("status", "TEXT"),
        ("parties", "TEXT"),
        ("scheme", "TEXT"),
        ("legal_basis", "TEXT"),
        ("valid_from", "TEXT"),
        ("valid_to", "TEXT"),
        ("review_date", "TEXT"),
        ("hours_per_week", "REAL"),
        ("weekday_hours", "TEXT"),
        ("accommodations", "TEXT"),
        ("tasks_included", "TEXT"),
        ("tasks_excluded", "TEXT"),
        ("aids", "TEXT"),
        ("personal_assistance_hours", "REAL"),
        ("mentor_hours", "REAL"),
        ("bad_day_plan", "TEXT"),
        ("bad_day_contact", "TEXT"),
        ("consent_to_share", "INTEGER"),
        ("health_notes", "TEXT"),
    ],
    "plan": [
        ("case_id", "TEXT"),
        ("version", "INTEGER"),
        ("supersedes_id", "TEXT"),
        ("status", "TEXT"),
        ("agreement_id", "TEXT"),
        ("goal", "TEXT"),
        ("sub_goals", "TEXT"),
        ("start_date", "TEXT"),
        ("end_date", "TEXT"),
        ("periods", "TEXT"),
        ("tasks", "TEXT"),
        ("support", "TEXT"),
        ("commitments", "TEXT"),
        ("evaluation_criteria", "TEXT"),
        ("consequence", "TEXT"),
    ],
    "signature": [
        ("case_id", "TEXT"),
        ("document_type", "TEXT"),
        ("document_id", "TEXT"),
        ("document_version", "INTEGER"),
        ("content_hash", "TEXT"),
        ("party", "TEXT"),
        ("signer_name", "TEXT"),
        ("signer_role", "TEXT"),
        ("signed_at", "TEXT"),
        ("method", "TEXT"),
        ("strokes", "TEXT"),
        ("attachment", "TEXT"),
    ],
    "consent": [
        ("citizen_id", "TEXT"),
        ("what", "TEXT"),
        ("shared_with", "TEXT"),
        ("legal_basis", "TEXT"),
        ("valid_from", "TEXT"),
        ("valid_to", "TEXT"),
        ("withdrawn", "INTEGER"),
    ],
    "follow_up": [
        ("case_id", "TEXT"),
        ("kind", "TEXT"),
        ("due_date", "TEXT"),
        ("label", "TEXT"),
        ("meeting_id", "TEXT"),
    ],
    "conflict": [
        ("case_id", "TEXT"),
        ("record_type", "TEXT"),
        ("record_id", "TEXT"),
        ("field", "TEXT"),
        ("base", "TEXT"),
        ("kept", "TEXT"),
        ("other", "TEXT"),
        ("resolved", "INTEGER"),
    ],
    "audit_entry": [
        ("case_id", "TEXT"),
        ("at", "TEXT"),
        ("username", "TEXT"),
        ("device_id", "TEXT"),
        ("action", "TEXT"),
        ("record_type", "TEXT"),
        ("record_id", "TEXT"),
        ("detail", "TEXT"),
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
    for table in (
        "meeting",
        "action_item",
        "agreement",
        "plan",
        "signature",
        "follow_up",
        "conflict",
        "audit_entry",
    ):
        op.execute(f'CREATE INDEX "ix_{table}_case" ON "{table}" (case_id)')
    op.execute('CREATE INDEX ix_case_citizen ON "case_" (citizen_id)')
    op.execute('CREATE INDEX ix_case_company ON "case_" (company_id)')
    op.execute("CREATE INDEX ix_meeting_starts ON meeting (starts_at)")
    op.execute("CREATE INDEX ix_meeting_next ON meeting (next_meeting_at)")
    op.execute("CREATE INDEX ix_action_deadline ON action_item (deadline)")
    op.execute("CREATE INDEX ix_follow_up_due ON follow_up (due_date)")
    op.execute("CREATE INDEX ix_consent_citizen ON consent (citizen_id)")
    op.execute("CREATE INDEX ix_signature_document ON signature (document_id)")
    op.execute(
        "CREATE TABLE outbox (\n"
        "  seq INTEGER PRIMARY KEY AUTOINCREMENT,\n"
        "  op_id TEXT NOT NULL UNIQUE,\n"
        "  record_type TEXT NOT NULL,\n"
        "  record_id TEXT NOT NULL,\n"
        "  fields TEXT NOT NULL,\n"
        "  created_at TEXT NOT NULL,\n"
        "  attempts INTEGER NOT NULL DEFAULT 0,\n"
        "  last_error TEXT\n)"
    )
    op.execute("CREATE INDEX ix_outbox_record ON outbox (record_type, record_id)")
    op.execute("CREATE TABLE sync_state (key TEXT PRIMARY KEY NOT NULL, value TEXT)")
