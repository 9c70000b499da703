"""Deletion means gone: a deleted record keeps only its id, type, case and time.

A tombstone is the record's row with every catalogue field emptied except the field naming its
case, and `deleted` set. Who deleted it and under which rule (a person, a retention period, an
erasure request) is on the delete's audit entry, which carries no field value either. With
`PRAGMA secure_delete` on (desktop.store.engine) and the search index's own secure-delete
(migration 0010), SQLite overwrites the freed bytes; `checkpoint` then moves the rewritten pages
into the file and truncates the write-ahead log, so no older page image with the text is left.

A purge (retention, erasure) may also remove what a person can never delete: a signed document,
its signatures and the sealed PDFs in the archive. The triggers that guard those rows are set
aside inside the purge's own transaction and put back before it commits, so the guard is never
missing for anyone else.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, delete, insert, select, text, update

from desktop.store import clocks as clock_column
from desktop.store.schema import RECORD_TABLES, draft, outbox
from sync.protocol import retention
from sync.protocol.catalogue import CATALOGUE, RecordType

# Local tables that are not synced but hold content of a case: purged with it.
_SEALED = "sealed_document"


def kept_fields(rt: RecordType) -> tuple[str, ...]:
    """The catalogue fields a tombstone keeps: ids of its case and of what it hangs off."""
    return retention.tombstone_fields(rt)


def emptied_columns(rt: RecordType) -> dict[str, None]:
    keep = set(kept_fields(rt))
    return {f.name: None for f in rt.fields if f.name not in keep}


def _guard_triggers(conn: Connection, table: str) -> list[tuple[str, str]]:
    rows = conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? "
        "AND sql LIKE '%RAISE(ABORT%'",
        (table,),
    ).all()
    return [(r[0], r[1]) for r in rows]


@contextmanager
def guards_lifted(conn: Connection, tables: Iterable[str]) -> Iterator[None]:
    """Drop the frozen/append-only triggers of `tables` for this transaction only."""
    saved: list[tuple[str, str]] = []
    for table in sorted(set(tables)):
        for name, sql in _guard_triggers(conn, table):
            conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
            saved.append((name, sql))
    try:
        yield
    finally:
        for _name, sql in saved:
            conn.exec_driver_sql(sql)


def tombstone(
    conn: Connection, rt: RecordType, record_id: str, *, at: str, clocks: dict[str, str] | None
) -> bool:
    """Empty one record's content in place (inserting a bare tombstone if it is unknown here).

    `clocks`: the tombstone's clocks (None: keep the `deleted` clock the row has). Returns
    whether anything was written. Pending outbox operations and drafts of the record go too:
    they hold the text that is being deleted.
    """
    table = RECORD_TABLES[rt.name]
    row = conn.execute(select(table).where(table.c.id == record_id)).first()
    drop_pending(conn, rt.name, record_id)
    conn.execute(delete(draft).where(draft.c.record_id == record_id))
    if rt.name == "case":  # drafts of new records in the case, not saved yet
        conn.execute(delete(draft).where(draft.c.case_id == record_id))
    if row is None:
        if clocks is None:
            return False
        conn.execute(
            insert(table).values(
                id=record_id, created_at=at, updated_at=at, deleted=1,
                clocks=json.dumps(clocks),
            )
        )
        return True
    old_clocks = clock_column.decode(row.clocks)
    kept = {k: v for k, v in (clocks or old_clocks).items() if k == "deleted"}
    kept.update({k: old_clocks[k] for k in kept_fields(rt) if k in old_clocks})
    values: dict[str, Any] = emptied_columns(rt)
    mapping = row._mapping
    if row.deleted and all(mapping[k] is None for k in values) and kept == old_clocks:
        return False
    conn.execute(
        update(table)
        .where(table.c.id == record_id)
        .values(deleted=1, updated_at=at, clocks=json.dumps(kept), **values)
    )
    return True


def tombstone_conflicts_of(conn: Connection, record_id: str, *, at: str, stamp: str) -> None:
    rt = CATALOGUE["conflict"]
    table = RECORD_TABLES["conflict"]
    ids = conn.execute(
        select(table.c.id).where(table.c.record_id == record_id, table.c.deleted == 0)
    ).scalars().all()
    for conflict_id in ids:
        tombstone(conn, rt, conflict_id, at=at, clocks={"deleted": stamp})


def drop_pending(conn: Connection, record_type: str, record_id: str) -> None:
    conn.execute(
        delete(outbox).where(outbox.c.record_type == record_type, outbox.c.record_id == record_id)
    )


def purge_sealed(conn: Connection, *, case_ids: Iterable[str]) -> int:
    """Remove the archived sealed PDFs of purged cases (inside guards_lifted)."""
    count = 0
    for case_id in sorted(set(case_ids)):
        count += conn.execute(
            text(f"DELETE FROM {_SEALED} WHERE case_id = :c"), {"c": case_id}
        ).rowcount
    return count


def checkpoint(conn: Connection) -> None:
    """Outside any transaction: copy the WAL into the file and truncate the WAL to zero."""
    conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").all()


def synced_tables() -> list[str]:
    return [rt.table for rt in CATALOGUE.values()]


SEALED_TABLE = _SEALED

# The rule a tombstone was made under, on its audit entry (never a field value).
RULE_PERSON = retention.RULE_PERSON
