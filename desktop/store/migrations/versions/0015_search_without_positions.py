"""A search index without word positions (issue 16): `detail = none`, same hits, a fifth the size.

The index kept every word's position in every row (FTS5's default `detail = full`), which only
phrase and NEAR queries use. Search never asks for either: every word typed is its own prefix
term (desktop.store.search), and the snippet's highlight is found by FTS5 reading the row's text
again. Without positions the index's term lists (search_index_data) shrink ~5x (110 MB -> 22 MB
on 10,000 cases), and building it after an initial sync costs ~40 % less. Same prefix indexes,
same tokenizer, same secure-delete; the index is rebuilt from the rows it holds and merged.

With `detail = none` FTS5 refuses a phrase ("a b"), so the query builder splits what is typed
into words exactly where the index's tokenizer does (desktop.store.search).

A bulk load interrupted before this revision left the index empty and its triggers in
`sync_state` (desktop.store.bulkload): the new index is then empty too, and the load's end
builds it as before.

Revision ID: 0015
Revises: 0014
"""

from __future__ import annotations

from alembic import op

revision = "0015"
down_revision = "0014"

_COLUMNS = "record_type UNINDEXED, record_id UNINDEXED, case_id UNINDEXED, body"
_OPTIONS = "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4 5 6 7'"


def _rebuild(detail: str) -> None:
    conn = op.get_bind()
    # The index triggers are set aside while the table is swapped, then restored verbatim, so
    # SQLite never sees a trigger pointing at a table that is momentarily missing.
    triggers = conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND sql LIKE '%search_index%'"
    ).all()
    for name, _sql in triggers:
        op.execute(f'DROP TRIGGER "{name}"')
    op.execute(
        f"CREATE VIRTUAL TABLE search_index_new USING fts5({_COLUMNS}, {_OPTIONS}{detail})"
    )
    op.execute("INSERT INTO search_index_new(search_index_new, rank) VALUES ('secure-delete', 1)")
    op.execute(
        "INSERT INTO search_index_new(rowid, record_type, record_id, case_id, body) "
        "SELECT rowid, record_type, record_id, case_id, body FROM search_index"
    )
    op.execute("DROP TABLE search_index")
    op.execute("ALTER TABLE search_index_new RENAME TO search_index")
    op.execute("INSERT INTO search_index(search_index) VALUES ('optimize')")
    for _name, sql in triggers:
        op.execute(sql)


def upgrade() -> None:
    _rebuild(", detail = none")


def downgrade() -> None:
    _rebuild("")
