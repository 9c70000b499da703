"""Issue 16, step 3: after a sync drains a large outbox, the vault hands the pages back."""

from __future__ import annotations

from desktop.services import demo
from desktop.services import sync as sync_service


def _pragma(store, name: str) -> int:
    with store.read() as conn:
        return int(conn.exec_driver_sql(f"PRAGMA {name}").scalar() or 0)


def test_a_first_import_pushed_leaves_no_free_pages_behind(make_device):
    anne = make_device("anne")
    demo.generate(anne.store, cases=40, meetings_per_case=6)
    waiting = anne.store.outbox_count()
    assert waiting >= sync_service.RECLAIM_AFTER_OPS
    anne.store.checkpoint()
    before = anne.store.path.stat().st_size
    report = anne.sync()
    assert report.pushed == waiting and anne.store.outbox_count() == 0
    assert _pragma(anne.store, "freelist_count") == 0
    assert anne.store.path.stat().st_size < before


def test_an_initial_sync_leaves_no_free_pages_and_no_wal_behind(make_device):
    anne, bo = make_device("anne"), make_device("bo")
    demo.generate(anne.store, cases=40, meetings_per_case=6)
    anne.sync()
    report = bo.sync()  # an empty laptop: a bulk load, its index built at the end
    assert report.pulled >= sync_service.RECLAIM_AFTER_OPS
    assert bo.store.search("a") or bo.store.search("e")  # the index is there
    assert _pragma(bo.store, "freelist_count") == 0
    wal = bo.store.path.with_name(bo.store.path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
