"""Search as you type on 10,000 cases: FTS5 prefix indexes for 2-7 letter prefixes.

Without them a short prefix ("lag") merges the doclists of every matching term before the first
row comes back; with them FTS5 walks one doclist and stops at the LIMIT. The index is rebuilt
from the existing rows (same triggers, same content).

Revision ID: 0004
Revises: 0003
"""

from alembic import op

revision = "0004"
down_revision = "0003"


def upgrade() -> None:
    conn = op.get_bind()
    # The index triggers are set aside while the table is swapped, then restored verbatim, so
    # SQLite never sees a trigger pointing at a table that is momentarily missing.
    triggers = conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND sql LIKE '%search_index%'"
    ).all()
    for name, _sql in triggers:
        op.execute(f'DROP TRIGGER "{name}"')
    op.execute(
        "CREATE VIRTUAL TABLE search_index_new USING fts5("
        "record_type UNINDEXED, record_id UNINDEXED, case_id UNINDEXED, body, "
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4 5 6 7')"
    )
    op.execute(
        "INSERT INTO search_index_new(rowid, record_type, record_id, case_id, body) "
        "SELECT rowid, record_type, record_id, case_id, body FROM search_index"
    )
    op.execute("DROP TABLE search_index")
    op.execute("ALTER TABLE search_index_new RENAME TO search_index")
    op.execute("INSERT INTO search_index(search_index) VALUES ('optimize')")
    for _name, sql in triggers:
        op.execute(sql)
