"""Issue 16, step 3: a new vault hands a drained outbox's pages back in short steps."""

from __future__ import annotations

import os
from pathlib import Path

from desktop.services import demo
from desktop.store import Store


def _pragma(store: Store, name: str) -> int:
    with store.read() as conn:
        return int(conn.exec_driver_sql(f"PRAGMA {name}").scalar() or 0)


def _filled(path: Path, key: bytes) -> Store:
    store = Store.open(path, key, create=True)
    store.set_identity(username="test.konsulent", role="consultant", team=demo.TEAM)
    demo.save_all(store, list(demo.records(cases=30, meetings_per_case=8)))
    return store


def test_a_new_vault_shrinks_after_its_outbox_drains(tmp_path: Path):
    path = tmp_path / "trepart.db"
    store = _filled(path, os.urandom(32))
    try:
        assert _pragma(store, "auto_vacuum") == 2  # INCREMENTAL
        store.checkpoint()
        full = path.stat().st_size
        store.remove_ops([op.op_id for op in store.pending_ops(100_000, max_bytes=1 << 40)])
        assert store.outbox_count() == 0
        freed = _pragma(store, "freelist_count")
        assert freed > 50
        steps = 1
        while store.reclaim_space(max_pages=16):  # short steps
            steps += 1
        store.checkpoint()
        assert _pragma(store, "freelist_count") == 0
        assert steps > 1
        assert path.stat().st_size <= full - freed * 4096 * 0.9
    finally:
        store.close()


def test_a_vault_without_auto_vacuum_is_left_as_it_is(tmp_path: Path):
    path, key = tmp_path / "trepart.db", os.urandom(32)
    store = _filled(path, key)
    try:
        # As a vault made before issue 16 (test-only conversion; the app never runs VACUUM).
        raw = store.engine.raw_connection()
        try:
            raw.execute("PRAGMA auto_vacuum = NONE")
            raw.execute("VACUUM")
        finally:
            raw.close()
        store.close()
        store = Store.open(path, key)
        assert _pragma(store, "auto_vacuum") == 0
        store.remove_ops([op.op_id for op in store.pending_ops(100_000, max_bytes=1 << 40)])
        freed = _pragma(store, "freelist_count")
        assert freed > 0
        # No full VACUUM behind the user's back: the free pages stay for later writes.
        assert store.reclaim_space() is False
    finally:
        store.close()
