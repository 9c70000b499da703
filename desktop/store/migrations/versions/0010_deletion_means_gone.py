"""Deletion means gone: the search index forgets deleted text, old tombstones lose their content.

- FTS5's own secure-delete: a row removed from the index is removed from its term lists at
  once, instead of staying in older segments until a merge (the index holds the text).
- Tombstones written before this revision kept every field; they keep only id, times, clocks
  of the deletion and the column naming their case now. The index is then merged into one
  segment so no term of a deleted record is left in it.

Revision ID: 0010
Revises: 0008
"""

from alembic import op

revision = "0010"
down_revision = "0008"

# The tombstone keeps the clock of its deletion only.
KEPT_CLOCK = (
    "CASE WHEN json_extract(clocks, '$.deleted') IS NULL THEN '{}' "
    "ELSE json_object('deleted', json_extract(clocks, '$.deleted')) END"
)
SYSTEM = ("id", "created_at", "updated_at", "deleted", "clocks", "case_id")


def upgrade() -> None:
    conn = op.get_bind()
    op.execute("INSERT INTO search_index(search_index, rank) VALUES ('secure-delete', 1)")
    tables = [
        r[0]
        for r in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE '%clocks%' "
            "AND name NOT LIKE 'search_index%'"
        )
    ]
    for table in tables:
        columns = [r[1] for r in conn.exec_driver_sql(f'PRAGMA table_info("{table}")')]
        if "deleted" not in columns:
            continue
        emptied = [c for c in columns if c not in SYSTEM]
        if not emptied:
            continue
        sets = ", ".join(f'"{c}" = NULL' for c in emptied)
        op.execute(f'UPDATE "{table}" SET {sets}, clocks = {KEPT_CLOCK} WHERE deleted = 1')
    op.execute("INSERT INTO search_index(search_index) VALUES ('optimize')")


def downgrade() -> None:
    op.execute("INSERT INTO search_index(search_index, rank) VALUES ('secure-delete', 0)")
