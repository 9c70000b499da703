"""Initial sync as a bulk load (issue 16): full-text upkeep set aside, the index built once.

While a device pulls everything (empty cursor), the search index triggers would write an index
segment per row, ~8x the cost of indexing the same rows in one go. `begin` sets them aside: in
ONE transaction it stores their SQL in `sync_state` (the crash-safe flag), drops them and empties
the index. Every page then applies without index upkeep (local edits made meanwhile too), and
`finish` rebuilds the whole index from the tables, restores the triggers verbatim and clears
the flag, again in one transaction. A crash anywhere leaves either the flag (the next sync goes
on loading and finishes) or a complete index: the index is never half built.

While the flag is set, search scans the tables with the same body the triggers index (slower,
complete, with a notice in the app) instead of the emptied index.
"""

from __future__ import annotations

import json
import re
from typing import Any

from sqlalchemy import Connection, text

from desktop.store.search import contains_all, fold, index_words
from desktop.store.store import SEARCH_CODES, Store
from desktop.store.syncing import BULK_LOAD_KEY as FLAG_KEY

_TRIGGERS = text(
    "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger' "
    "AND sql LIKE '%search_index%' ORDER BY name"
)
# The insert trigger's body: INSERT INTO search_index(...) SELECT <new.*> WHERE new.deleted = 0;
_AI_BODY = re.compile(
    r"BEGIN\s+(INSERT INTO search_index\([^)]*\))\s+SELECT\s+(.*)\s+WHERE\s+new\.deleted\s*=\s*0;"
    r"\s*END\s*$",
    re.IGNORECASE | re.DOTALL,
)


def active(store: Store) -> bool:
    return store.get_state(FLAG_KEY) is not None


def active_on(conn: Connection) -> bool:
    return conn.execute(
        text("SELECT 1 FROM sync_state WHERE key = :k AND value IS NOT NULL"), {"k": FLAG_KEY}
    ).first() is not None


def begin(store: Store) -> bool:
    """Set the index triggers aside for a bulk load; False if a load is already under way."""
    with store.write() as conn:
        if active_on(conn):
            return False
        triggers = [
            {"name": n, "table": t, "sql": sql} for n, t, sql in conn.execute(_TRIGGERS)
        ]
        if not any(_AI_BODY.search(t["sql"]) for t in triggers):
            return False  # nothing indexed by trigger: nothing to set aside
        store._put_state(conn, FLAG_KEY, json.dumps(triggers))
        for t in triggers:
            conn.exec_driver_sql(f'DROP TRIGGER "{t["name"]}"')
        conn.exec_driver_sql("DELETE FROM search_index")
    return True


def finish(store: Store) -> bool:
    """Build the index from the tables, restore the triggers and clear the flag (one tx)."""
    with store.write() as conn:
        saved = _saved(conn)
        if saved is None:
            return False
        # A migration run while the load was interrupted (a newer app) may have created index
        # triggers of its own: those stand, and the saved ones are put back beside them.
        present = {n: {"name": n, "table": t, "sql": sql} for n, t, sql in conn.execute(_TRIGGERS)}
        triggers = [*present.values(), *(t for t in saved if t["name"] not in present)]
        conn.exec_driver_sql("DELETE FROM search_index")
        # The whole index in a few large segments instead of one per MiB of terms, which the
        # automerge and the optimize then merge again and again (index bench: the build's CPU
        # 0.83x at 10,000 cases).
        hashsize = conn.exec_driver_sql(_HASHSIZE).scalar()
        _set_hashsize(conn, BUILD_HASHSIZE)
        for insert, select, table in _index_selects(triggers):
            conn.exec_driver_sql(f"{insert} {select} FROM \"{table}\" AS t WHERE t.deleted = 0")
        for t in saved:
            if t["name"] not in present:
                conn.exec_driver_sql(t["sql"])
        conn.exec_driver_sql("INSERT INTO search_index(search_index) VALUES ('optimize')")
        _set_hashsize(conn, int(hashsize) if hashsize is not None else FTS5_HASHSIZE)
        store._put_state(conn, FLAG_KEY, None)
    return True


# FTS5's pending-terms buffer (its `hashsize` option, 1 MiB by default) while the index is
# built in one go: a 10,000-case vault's terms fit in one flush, and the memory is given back
# when the build commits. Put back to the vault's own value afterwards.
BUILD_HASHSIZE = 64 * 1024 * 1024
FTS5_HASHSIZE = 1024 * 1024
_HASHSIZE = "SELECT v FROM search_index_config WHERE k = 'hashsize'"


def _set_hashsize(conn: Connection, size: int) -> None:
    conn.exec_driver_sql(
        "INSERT INTO search_index(search_index, rank) VALUES ('hashsize', ?)", (size,)
    )


def _saved(conn: Connection) -> list[dict[str, str]] | None:
    raw = conn.execute(
        text("SELECT value FROM sync_state WHERE key = :k"), {"k": FLAG_KEY}
    ).scalar()
    return json.loads(raw) if raw else None


def _index_selects(triggers: list[dict[str, str]]) -> list[tuple[str, str, str]]:
    """(INSERT INTO search_index(...), SELECT <row's index entry over alias t>, table)."""
    out = []
    for t in triggers:
        m = _AI_BODY.search(t["sql"]) if t["name"].endswith("_ai") else None
        if m is None:
            continue
        select = "SELECT " + re.sub(r"\bnew\.", "t.", m.group(2))
        out.append((m.group(1), select, t["table"]))
    return out


def scan_search(
    store: Store, user_text: str, *, record_types: Any = None, limit: int = 50
) -> list[tuple[str, str, str | None, str]] | None:
    """Search without the index while a bulk load runs: (type, id, case id, snippet) rows,
    newest first per type; None when no load is under way (use the index)."""
    words = " ".join(fold(w) for w in index_words(user_text))
    with store.read() as conn:
        triggers = _saved(conn)
        if triggers is None:
            return None
        if not words:
            return []
        selects = {_record_type(select): (select, table)
                   for _insert, select, table in _index_selects(triggers)}
        rows: list[tuple[str, str, str | None, str]] = []
        # In the index search's order: per record type, newest first, at most `limit` each.
        for record_type in record_types or SEARCH_CODES:
            if record_type not in selects:
                continue
            select, table = selects[record_type]
            inner = f"{select} FROM \"{table}\" AS t WHERE t.deleted = 0 ORDER BY t.rowid DESC"
            found = 0
            # Columns as the index stores them: rowid, record_type, record_id, case_id, body.
            for _rowid, rtype, rid, case_id, body in conn.exec_driver_sql(inner):
                if contains_all(body, words):
                    rows.append((rtype, rid, case_id, _snippet(body, words)))
                    found += 1
                    if found >= limit:
                        break
        return rows


def _record_type(select: str) -> str:
    m = re.search(r"'(\w+)', t\.id\b", select)
    return m.group(1) if m else ""


def _snippet(body: str | None, words: str) -> str:
    text_ = body or ""
    folded = fold(text_)
    first = words.split(" ")[0]
    at = folded.find(first)
    start = max(0, at - 30) if at >= 0 else 0
    tail = "…" if len(text_) > start + 80 else ""
    return ("…" if start else "") + text_[start : start + 80] + tail
