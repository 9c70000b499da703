"""The end state of a device after a sync, for comparing two devices (issue 16 tests)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from desktop.store import Store, syncing
from desktop.store.schema import RECORD_TABLES
from sync.protocol.hlc import HLC

QUERIES = ("truck", "lag", "Hansen", "mentor rutiner", "høreværn", "Ændret", "zzzz")


def end_state(store: Store) -> dict[str, Any]:
    """Everything a sync leaves, apart from when each row was written here."""
    state: dict[str, Any] = {}
    with store.read() as conn:
        for name, table in RECORD_TABLES.items():
            cols = [c for c in table.c if c.name not in ("created_at", "updated_at")]
            state[name] = [tuple(r) for r in conn.execute(select(*cols).order_by(table.c.id))]
        state["index"] = conn.exec_driver_sql(
            "SELECT rowid, record_type, record_id, case_id, body FROM search_index ORDER BY rowid"
        ).all()
        state["triggers"] = conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
        ).all()
    state["search"] = {q: store.search(q) for q in QUERIES}
    state["cursor"] = syncing.cursor(store)
    state["problems"] = [{k: v for k, v in p.items() if k != "at"} for p in syncing.problems(store)]
    # The device's own clock (its id, its wall time) is not comparable across two devices;
    # what must hold on both is that it has seen every stamp pulled (checked in the tests).
    state["hlc_seen"] = HLC.parse(store.get_state("hlc") or "")
    state["loading"] = store.search_index_building()
    return state


def index_intact(store: Store) -> bool:
    """FTS5's own check: the index matches its content, term lists and all."""
    with store.write() as conn:
        conn.exec_driver_sql(
            "INSERT INTO search_index(search_index, rank) VALUES ('integrity-check', 0)"
        )
    return True
