"""The server's check of each device's audit hash chain (sync.protocol.audit_chain).

As a push applies new audit entries, they are checked in the order the device wrote them (its
outbox order) against where that device's chain stood. A break is reported, never refused: the
entry is stored as sent, the break goes to the server's log and its audit table
(`trepart-server audit-chains` lists them), and the chain goes on from the entry that broke it,
so one bad entry never blocks the device's later pushes. Runs in the push's own transaction: a
push that starts over checks again from the same head.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from sync.protocol import audit_chain
from sync.protocol.wire import Operation
from sync.server import models as m
from sync.server import store
from sync.server.policy import Principal

log = logging.getLogger(__name__)

BREAK_ACTION = "audit_chain_break"


@dataclass(frozen=True, slots=True)
class ChainState:
    device_id: str
    head_hash: str | None
    entries: int
    breaks: int
    last_break_at_ms: int | None


def check_pushed(
    conn: Connection,
    *,
    principal: Principal,
    ops: Sequence[Operation],
    new_entries: set[str],
    at_ms: int,
) -> list[audit_chain.ChainBreak]:
    """Check the audit entries this push stores for the first time (`new_entries`, ids)
    against the device's chain, in the order the push carries them, with the values the
    device sent (its own account of time and device, which the hash covers)."""
    device_id = principal.device_id
    if device_id is None or principal.is_system or not new_entries:
        return []
    entries: list[tuple[str, Mapping[str, Any]]] = []
    for op in ops:
        if op.record_type == "audit_entry" and op.record_id in new_entries:
            new_entries = new_entries - {op.record_id}
            entries.append((op.record_id, {name: w.value for name, w in op.fields.items()}))
    if not entries:
        return []
    c = m.audit_chains.c
    insert = pg_insert if conn.dialect.name == "postgresql" else sqlite_insert
    conn.execute(
        insert(m.audit_chains)
        .values(device_id=device_id, head_hash=None, entries=0, breaks=0, updated_at_ms=at_ms)
        .on_conflict_do_nothing(index_elements=["device_id"])
    )
    # The row lock (PostgreSQL) orders two pushes of one device; SQLite holds its write lock.
    row = conn.execute(
        select(m.audit_chains).where(c.device_id == device_id).with_for_update()
    ).one()
    head = row.head_hash
    breaks, new_head = audit_chain.verify(entries, head=head)
    values: dict[str, Any] = {
        "head_hash": new_head, "entries": row.entries + len(entries), "updated_at_ms": at_ms,
    }
    if breaks:
        values["breaks"] = row.breaks + len(breaks)
        values["last_break_at_ms"] = at_ms
        ids = ", ".join(b.entry_id for b in breaks[:5])
        log.warning(
            "audit chain broken: device %s, user %s, %d entries (%s)",
            device_id, principal.username, len(breaks), ids,
        )
        store.add_audit(
            conn, at_ms=at_ms, username=principal.username, device_id=device_id,
            action=BREAK_ACTION, record_count=len(breaks),
            records=[f"audit_entry:{b.entry_id}" for b in breaks],
            detail=f"Loggens hash-kæde er brudt ved {len(breaks)} post(er): {ids}"[:500],
        )
    conn.execute(update(m.audit_chains).where(c.device_id == device_id).values(**values))
    return breaks


def chain_states(conn: Connection) -> list[ChainState]:
    rows = conn.execute(select(m.audit_chains).order_by(m.audit_chains.c.device_id)).all()
    return [
        ChainState(r.device_id, r.head_hash, r.entries, r.breaks, r.last_break_at_ms)
        for r in rows
    ]
