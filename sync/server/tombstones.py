"""Tombstones and purges on the server: deletion means gone (issue 18).

A deleted record's row keeps its id, type, case (and the id of what it hangs off), the time of
the deletion (updated_at_ms), who deleted it and under which rule; every other value and its
clock is dropped. Devices receive the tombstone by the normal pull and empty their copy too.

`purge` is what retention and erasure use: it turns the given records into tombstones in one
transaction and gives them fresh seqs, so every device that can read them hears of it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, Engine, select, update

from sync.protocol.catalogue import CATALOGUE, RecordType
from sync.protocol.hlc import HybridClock
from sync.protocol.retention import RULE_PERSON, tombstone_fields
from sync.server import atrest, store
from sync.server import models as m
from sync.server.db import write_transaction
from sync.server.store import Key, Row

# Server notes on a tombstone (pull sends catalogue fields only, so never to devices).
DELETED_BY = "deleted_by"
DELETED_RULE = "deleted_rule"

# A record written into a case that was already purged (an offline device catching up).
RULE_IN_PURGED_CASE = "forløbet er slettet"

__all__ = ["DELETED_BY", "DELETED_RULE", "RULE_PERSON", "purge", "strip"]


def strip(
    rt: RecordType, values: dict[str, Any], clocks: dict[str, str], *, by: str, rule: str
) -> tuple[dict[str, Any], dict[str, str]]:
    keep = tombstone_fields(rt)
    kept: dict[str, Any] = {"deleted": True, **{k: values.get(k) for k in keep}}
    kept[DELETED_BY] = by
    kept[DELETED_RULE] = rule
    kept_clocks = {k: clocks[k] for k in ("deleted", *keep) if k in clocks}
    return kept, kept_clocks


def is_bare(row: Row) -> bool:
    """Is the row already a tombstone with nothing but what a tombstone keeps?"""
    rt = CATALOGUE.get(row.record_type)
    if rt is None or not row.deleted:
        return False
    allowed = {"deleted", DELETED_BY, DELETED_RULE, *tombstone_fields(rt)}
    return set(row.values) <= allowed


def purge(
    conn: Connection,
    *,
    keys: Sequence[Key],
    by: str,
    rule: str,
    clock: HybridClock,
    at_ms: int,
) -> list[Row]:
    """Tombstone every record of `keys` that is not bare yet; returns the rows written.

    Does not assign seqs (the caller does, as its transaction's last statement). Raises
    store.StaleWrite when a push changed one of the rows meanwhile (the caller starts over).
    """
    rows = store.load_rows(conn, keys=keys)
    written: list[Row] = []
    for key in keys:
        row = rows.get(key)
        rt = CATALOGUE.get(key[0])
        if row is None or rt is None or is_bare(row):
            continue
        stamp = str(clock.now())
        values, clocks = strip(rt, {**row.values, "deleted": False}, row.clocks, by=by, rule=rule)
        clocks["deleted"] = stamp
        row.values, row.clocks, row.deleted = values, clocks, True
        row.updated_at_ms = at_ms
        written.append(row)
    store.update_rows(conn, rows=written)
    return written


def strip_old(engine: Engine) -> int:
    """Empty the tombstones an older version stored with their content (run by `migrate`).

    The values are rewritten in place and the seq stays: every device empties its own old
    tombstones in its vault migration (0010), so nothing needs to be sent."""
    rc = m.records.c
    stripped = 0
    last = 0
    while True:
        with write_transaction(engine) as conn:
            page = conn.execute(
                select(*store._ROW_COLS)
                .where(rc.deleted.is_(True), rc.seq > last)
                .order_by(rc.seq)
                .limit(500)
            ).all()
            if not page:
                return stripped
            last = page[-1][7]
            cipher = atrest.cipher_for(conn)
            for raw in page:
                row = store._row(raw, cipher)
                rt = CATALOGUE.get(row.record_type)
                if rt is None or is_bare(row):
                    continue
                values, clocks = strip(
                    rt, row.values, row.clocks, by=str(row.values.get(DELETED_BY) or "ukendt"),
                    rule=str(row.values.get(DELETED_RULE) or RULE_PERSON),
                )
                conn.execute(
                    update(m.records)
                    .where(rc.record_type == row.record_type, rc.record_id == row.record_id,
                           rc.seq == row.seq)
                    .values(values=values, clocks=clocks)
                )
                stripped += 1
