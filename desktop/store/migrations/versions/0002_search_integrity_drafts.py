"""Full-text search, database-level integrity rules and autosaved drafts.

- FTS5 index (inside the encrypted file) over citizens, companies, cases, meetings and action
  items, kept current by triggers so every writer (forms, sync, imports) updates it in the same
  transaction; existing rows are indexed here, so an older vault becomes searchable on upgrade.
- Signed agreements and plans are frozen by triggers: no path, not even raw SQL through the
  store, can change their content.
- Signatures and audit entries are append-only.
- Drafts: the autosaved state of an open form, encrypted like everything else.

Revision ID: 0002
Revises: 0001
"""

from alembic import op

revision = "0002"
down_revision = "0001"

# Frozen snapshot of the searchable fields at this revision; the code below gives every table a
# number so a row's search rowid is unique across tables.
SEARCH = {
    "citizen": (1, ("name", "functional_limitations")),
    "company": (2, ("name", "address", "notes")),
    "case_": (3, ("title", "purpose")),
    "meeting": (4, ("place", "notes", "decisions", "barriers", "status_against_goals")),
    "action_item": (5, ("what",)),
}
RECORD_TYPE = {"case_": "case"}
CASE_ID = {"citizen": "NULL", "company": "NULL", "case_": "{row}.id"}

FROZEN = {
    "agreement": (
        "case_id",
        "version",
        "supersedes_id",
        "parties",
        "scheme",
        "legal_basis",
        "valid_from",
        "valid_to",
        "review_date",
        "hours_per_week",
        "weekday_hours",
        "accommodations",
        "tasks_included",
        "tasks_excluded",
        "aids",
        "personal_assistance_hours",
        "mentor_hours",
        "bad_day_plan",
        "bad_day_contact",
        "consent_to_share",
        "health_notes",
    ),
    "plan": (
        "case_id",
        "version",
        "supersedes_id",
        "agreement_id",
        "goal",
        "sub_goals",
        "start_date",
        "end_date",
        "periods",
        "tasks",
        "support",
        "commitments",
        "evaluation_criteria",
        "consequence",
    ),
}
SHIFT = 1 << 40


def _body(table: str, row: str) -> str:
    fields = SEARCH[table][1]
    return " || ' ' || ".join(f"coalesce({row}.\"{f}\", '')" for f in fields)


def upgrade() -> None:
    op.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5("
        "record_type UNINDEXED, record_id UNINDEXED, case_id UNINDEXED, body, "
        "tokenize = 'unicode61 remove_diacritics 2')"
    )
    for table, (code, _fields) in SEARCH.items():
        columns = "INSERT INTO search_index(rowid, record_type, record_id, case_id, body) "

        def select(row: str, table: str = table, code: int = code) -> str:
            rtype = RECORD_TYPE.get(table, table)
            case_expr = CASE_ID.get(table, "{row}.case_id").format(row=row)
            return (
                f"SELECT {code} * {SHIFT} + {row}.rowid, '{rtype}', {row}.id, {case_expr}, "
                f"{_body(table, row)}"
            )

        insert = f"{columns}{select('new')} WHERE new.deleted = 0;"
        delete = f"DELETE FROM search_index WHERE rowid = {code} * {SHIFT} + old.rowid;"
        op.execute(f'CREATE TRIGGER "{table}_ai" AFTER INSERT ON "{table}" BEGIN {insert} END')
        op.execute(
            f'CREATE TRIGGER "{table}_au" AFTER UPDATE ON "{table}" BEGIN {delete} {insert} END'
        )
        op.execute(f'CREATE TRIGGER "{table}_ad" AFTER DELETE ON "{table}" BEGIN {delete} END')
        # Rows written before this revision become searchable now.
        op.execute(f'{columns}{select("t")} FROM "{table}" AS t WHERE t.deleted = 0')

    for table, fields in FROZEN.items():
        changed = " OR ".join(f'old."{f}" IS NOT new."{f}"' for f in fields)
        op.execute(
            f'CREATE TRIGGER "{table}_frozen" BEFORE UPDATE ON "{table}" '
            f"WHEN old.status IN ('underskrevet', 'erstattet') AND ({changed} "
            "OR new.status = 'kladde' OR new.deleted = 1) "
            "BEGIN SELECT RAISE(ABORT, 'frozen: signed document cannot change'); END"
        )
        op.execute(
            f'CREATE TRIGGER "{table}_frozen_delete" BEFORE DELETE ON "{table}" '
            "WHEN old.status IN ('underskrevet', 'erstattet') "
            "BEGIN SELECT RAISE(ABORT, 'frozen: signed document cannot change'); END"
        )
    for table in ("signature", "audit_entry"):
        for event in ("UPDATE", "DELETE"):
            op.execute(
                f'CREATE TRIGGER "{table}_append_only_{event.lower()}" BEFORE {event} ON "{table}" '
                "BEGIN SELECT RAISE(ABORT, 'append-only: entries cannot change'); END"
            )

    op.execute(
        "CREATE TABLE draft (\n"
        "  key TEXT PRIMARY KEY NOT NULL,\n"
        "  record_type TEXT NOT NULL,\n"
        "  record_id TEXT,\n"
        "  case_id TEXT,\n"
        "  payload TEXT NOT NULL,\n"
        "  updated_at TEXT NOT NULL\n)"
    )
