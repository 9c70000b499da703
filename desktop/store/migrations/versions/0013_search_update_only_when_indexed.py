"""Search upkeep only when an indexed value changes (issue 16, item 2).

The index's update triggers (`*_au`) fired on every UPDATE of a searchable table: a delete and a
re-insert of the row's whole index entry. With FTS5's secure-delete (migration 0010) the delete
rewrites every index leaf holding one of the row's terms, ~200 pages on a meeting, so a change
of a field nobody searches (hours, a date, a status, the row's clocks) cost as much as an edit
of its notes. Each `*_au` trigger now fires only on an UPDATE OF a column its index entry is
made of (or `deleted`), and only WHEN one of them really differs; what it writes is unchanged.

The new triggers are built from each table's own insert trigger (`*_ai`, untouched), so the
index entry an update writes stays exactly the one an insert writes. A bulk load interrupted
before this revision keeps its triggers in `sync_state` (desktop.store.bulkload); those saved
copies are rewritten the same way, so the load restores the new form.

Revision ID: 0013
Revises: 0012
"""

from __future__ import annotations

import json
import re

from alembic import op

revision = "0013"
down_revision = "0012"

FLAG_KEY = "sync.bulk_load"
_AI = re.compile(
    r'^CREATE TRIGGER "(?P<table>\w+)_ai" AFTER INSERT ON "(?P=table)"\s+BEGIN\s+'
    r"(?P<insert>INSERT INTO search_index\(.*WHERE\s+new\.deleted\s*=\s*0;)\s*END\s*$",
    re.IGNORECASE | re.DOTALL,
)
_ROWID = re.compile(r"SELECT\s+(\d+\s*\*\s*\d+)\s*\+\s*new\.rowid", re.IGNORECASE)
_COLUMN = re.compile(r'new\.(?:"(\w+)"|(\w+))')


def _parts(ai_sql: str) -> tuple[str, str, str, list[str]] | None:
    """(table, insert statement, delete statement, indexed columns) of an `_ai` trigger."""
    m = _AI.match(ai_sql.strip())
    if m is None:
        return None
    table, insert = m["table"], m["insert"]
    shift = _ROWID.search(insert)
    if shift is None:
        return None
    delete = f"DELETE FROM search_index WHERE rowid = {shift[1]} + old.rowid;"
    columns: list[str] = []
    for quoted, bare in _COLUMN.findall(insert):
        name = quoted or bare
        if name != "rowid" and name not in columns:
            columns.append(name)
    if "deleted" not in columns:
        columns.append("deleted")
    return table, insert, delete, columns


def gated_sql(ai_sql: str) -> str | None:
    parts = _parts(ai_sql)
    if parts is None:
        return None
    table, insert, delete, columns = parts
    of = ", ".join(f'"{c}"' for c in columns)
    changed = " OR ".join(f'old."{c}" IS NOT new."{c}"' for c in columns)
    return (
        f'CREATE TRIGGER "{table}_au" AFTER UPDATE OF {of} ON "{table}" '
        f"WHEN {changed} BEGIN {delete} {insert} END"
    )


def ungated_sql(ai_sql: str) -> str | None:
    parts = _parts(ai_sql)
    if parts is None:
        return None
    table, insert, delete, _columns = parts
    return f'CREATE TRIGGER "{table}_au" AFTER UPDATE ON "{table}" BEGIN {delete} {insert} END'


def _rewrite(make) -> None:  # type: ignore[no-untyped-def]
    conn = op.get_bind()
    rows = conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%\\_ai' "
        "ESCAPE '\\' AND sql LIKE '%search_index%'"
    ).all()
    for name, sql in rows:
        new = make(sql)
        if new is None:
            continue
        table = name[: -len("_ai")]
        op.execute(f'DROP TRIGGER IF EXISTS "{table}_au"')
        op.execute(new)
    saved = conn.exec_driver_sql(
        "SELECT value FROM sync_state WHERE key = ? AND value IS NOT NULL", (FLAG_KEY,)
    ).scalar()
    if saved is None:
        return
    triggers = json.loads(saved)
    inserts = {t["name"][: -len("_ai")]: t["sql"] for t in triggers if t["name"].endswith("_ai")}
    for t in triggers:
        if t["name"].endswith("_au") and t["name"][: -len("_au")] in inserts:
            new = make(inserts[t["name"][: -len("_au")]])
            if new is not None:
                t["sql"] = new
    conn.exec_driver_sql(
        "UPDATE sync_state SET value = ? WHERE key = ?", (json.dumps(triggers), FLAG_KEY)
    )


def upgrade() -> None:
    _rewrite(gated_sql)


def downgrade() -> None:
    _rewrite(ungated_sql)
