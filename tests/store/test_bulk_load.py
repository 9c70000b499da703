"""Issue 16: an initial sync loaded in bulk ends exactly where the record-by-record path ends.

Same pages into two empty stores, one the normal way, one in bulk (one existence check and one
executemany per record type, the search index set aside and built once at the end): every row,
every index entry, search results, cursor, problem list and clock are compared.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from desktop.domain.records import Meeting
from desktop.services import demo
from desktop.services.sync import StoreSyncAdapter
from desktop.store import Store, bulkload, syncing
from desktop.store import clocks as clock_column
from desktop.store.errors import DiskFull
from sync.protocol.catalogue import CATALOGUE
from sync.protocol.hlc import HLC, HybridClock
from sync.protocol.ids import uuid7
from sync.protocol.wire import PullResponse, RecordChange
from tests.bulk_state import QUERIES, end_state

PAGE = 97  # not a divisor of anything: pages cut through record types


def _new(path: Path, key: bytes | None = None) -> Store:
    store = Store.open(path, key or os.urandom(32), create=key is None)
    store.set_identity(username="test.konsulent", role="consultant", team=demo.TEAM)
    return store


@pytest.fixture(scope="module")
def changes(tmp_path_factory) -> list[RecordChange]:
    """What a server sends an empty device: every record, then edits, a deletion, a record
    named twice in one page and one that must be set aside."""
    seeder = _new(tmp_path_factory.mktemp("seeder") / "seed.db")
    demo.save_all(seeder, list(demo.records(cases=12, meetings_per_case=4)))
    # The waiting operations as a push sends them (values read from the rows, issue 16).
    rows = seeder.pending_ops(1 << 30, max_bytes=1 << 62)
    seeder.close()
    out: list[RecordChange] = []
    for r in rows:
        fields = r.fields
        out.append(RecordChange(
            seq=len(out) + 1, record_type=r.record_type, record_id=r.record_id,
            values={n: w["value"] for n, w in fields.items()},
            clocks={n: w["hlc"] for n, w in fields.items()},
        ))
    later = HybridClock("server-later")
    meetings = [c for c in out if c.record_type == "meeting"]
    for i, m in enumerate(meetings[:5]):  # edits after the first load
        stamp = str(later.now())
        out.append(m.model_copy(update={
            "seq": len(out) + 1, "values": {**m.values, "decisions": f"Ændret lagerrutine {i}"},
            "clocks": {**m.clocks, "decisions": stamp},
        }))
    gone = meetings[6]  # deleted on the server
    out.append(RecordChange(
        seq=len(out) + 1, record_type="meeting", record_id=gone.record_id,
        values={"case_id": gone.values["case_id"]}, clocks={"deleted": str(later.now())},
        deleted=True,
    ))
    twice = meetings[7]  # named twice in the last page: first new, then edited
    out.append(twice.model_copy(update={"seq": len(out) + 1, "record_id": (rid := uuid7())}))
    out.append(twice.model_copy(update={
        "seq": len(out) + 1, "record_id": rid,
        "values": {**twice.values, "notes": "Anden udgave truck"},
        "clocks": {**twice.clocks, "notes": str(later.now())},
    }))
    bad = meetings[8]  # a value of the wrong type: quarantined on both paths
    out.append(bad.model_copy(update={
        "seq": len(out) + 1, "record_id": uuid7(), "values": {**bad.values, "case_id": 17},
    }))
    return out


def _pages(changes: list[RecordChange], size: int = PAGE) -> list[PullResponse]:
    cut = [changes[i : i + size] for i in range(0, len(changes), size)]
    return [
        PullResponse(changes=p, cursor=p[-1].seq, more=i < len(cut) - 1, server_time_ms=1)
        for i, p in enumerate(cut)
    ]


def test_bulk_and_normal_paths_end_in_the_same_state(tmp_path: Path, changes):
    pages = _pages(changes)
    normal, bulk = _new(tmp_path / "normal.db"), _new(tmp_path / "bulk.db")
    try:
        for page in pages:
            syncing.apply_changes(normal, page.changes, page.cursor)
        assert not normal.search_index_building()
        assert bulkload.begin(bulk)
        for page in pages:
            syncing.apply_changes(bulk, page.changes, page.cursor)
            # Never a half-built index: empty until the load is done.
            with bulk.read() as conn:
                assert conn.exec_driver_sql("SELECT count(*) FROM search_index").scalar() == 0
        assert bulkload.finish(bulk)
        a, b = end_state(normal), end_state(bulk)
        assert a["meeting"] and a["index"] and a["search"]["truck"] and a["problems"]
        assert not a["search"]["zzzz"]
        newest = max(HLC.parse(t) for c in changes for t in c.clocks.values())
        assert a.pop("hlc_seen") >= newest and b.pop("hlc_seen") >= newest
        for key in a:
            assert a[key] == b[key], key
        _assert_clocks_as_pulled(bulk, changes)
    finally:
        normal.close()
        bulk.close()


def _assert_clocks_as_pulled(store: Store, changes: list[RecordChange]) -> None:
    """Each record's stored clocks read back as the per-field map it was pulled with, compact
    where one stamp covers every field (a record loaded once) and per-field JSON where a later
    edit stamped one field anew."""
    last: dict[tuple[str, str], RecordChange] = {}
    for c in changes:
        last[(c.record_type, c.record_id)] = c
    compact = per_field = 0
    for (record_type, record_id), change in last.items():
        if change.deleted or syncing.incoming_problems(CATALOGUE[record_type], change):
            continue  # emptied, or set aside (the record of the wrong type)
        with store.read() as conn:
            stored = conn.exec_driver_sql(
                f'SELECT clocks FROM "{CATALOGUE[record_type].table}" WHERE id = ?', (record_id,)
            ).scalar()
        assert clock_column.decode(stored) == change.clocks, (record_type, record_id)
        shared = len(set(change.clocks.values())) == 1
        assert stored.startswith("{") is not shared, stored
        compact += shared
        per_field += not shared
    assert compact > 100 and per_field >= 5


def test_search_during_the_load_scans_the_tables_and_finds_the_same(tmp_path: Path, changes):
    pages = _pages(changes)
    normal, bulk = _new(tmp_path / "normal.db"), _new(tmp_path / "bulk.db")
    try:
        assert bulkload.begin(bulk)
        for page in pages[:3]:
            syncing.apply_changes(normal, page.changes, page.cursor)
            syncing.apply_changes(bulk, page.changes, page.cursor)
        assert bulk.search_index_building()
        for q in QUERIES:
            expected = [(h.record_type, h.record_id) for h in normal.search(q)]
            assert [(h.record_type, h.record_id) for h in bulk.search(q)] == expected, q
        assert any(normal.search(q) for q in QUERIES)
    finally:
        normal.close()
        bulk.close()


def test_local_edits_during_the_load_are_indexed_at_its_end(tmp_path: Path, changes):
    bulk = _new(tmp_path / "bulk.db")
    try:
        pages = _pages(changes)
        assert bulkload.begin(bulk)
        syncing.apply_changes(bulk, pages[0].changes, pages[0].cursor)
        case_id = next(c.values["case_id"] for c in changes if c.record_type == "meeting")
        bulk.save(Meeting(id=uuid7(), case_id=case_id, notes="Kvalitetskontrol på lageret"))
        assert [h.snippet for h in bulk.search("kvalitetskontrol")]  # found by the scan
        for page in pages[1:]:
            syncing.apply_changes(bulk, page.changes, page.cursor)
        assert bulkload.finish(bulk)
        assert len(bulk.search("kvalitetskontrol")) == 1  # now from the index
        assert not bulkload.finish(bulk)  # nothing left to finish
    finally:
        bulk.close()


def test_an_empty_device_syncing_many_pages_loads_in_bulk(tmp_path: Path, changes):
    """Through the sync adapter: begins on the first page of an empty cursor, finishes on the
    last; a resumed load (flag left by a crash) finishes too; a small pull stays normal."""
    key = os.urandom(32)
    Store.open(tmp_path / "fresh.db", key, create=True).close()
    store = _new(tmp_path / "fresh.db", key)
    try:
        adapter = StoreSyncAdapter(store)
        pages = _pages(changes, 31)
        assert len(pages) >= 4
        seen_loading = []
        for page in pages[:2]:
            adapter.apply_page(page)
            seen_loading.append(store.search_index_building())
        store.close()  # as if the process died here
        store = _new(tmp_path / "fresh.db", key)
        adapter = StoreSyncAdapter(store)
        assert store.search_index_building()  # the flag survived
        for page in pages[2:]:
            adapter.apply_page(page)
        assert seen_loading == [True, True]
        assert not store.search_index_building()
        reference = _new(tmp_path / "ref.db")
        for page in pages:
            syncing.apply_changes(reference, page.changes, page.cursor)
        a, b = end_state(reference), end_state(store)
        reference.close()
        newest = max(HLC.parse(t) for c in changes for t in c.clocks.values())
        assert a.pop("hlc_seen") >= newest and b.pop("hlc_seen") >= newest
        for key in a:
            assert a[key] == b[key], key
    finally:
        store.close()


def test_a_load_finishes_even_if_a_migration_put_an_index_trigger_back_meanwhile(
    tmp_path: Path, changes
):
    bulk = _new(tmp_path / "bulk.db")
    try:
        pages = _pages(changes)
        assert bulkload.begin(bulk)
        for page in pages:
            syncing.apply_changes(bulk, page.changes, page.cursor)
        with bulk.write() as conn:  # as a newer app's migration recreating one trigger
            saved = json.loads(bulk.get_state("sync.bulk_load") or "[]")
            meeting_ai = next(t for t in saved if t["name"] == "meeting_ai")
            conn.exec_driver_sql(meeting_ai["sql"])
        assert bulkload.finish(bulk)
        assert bulk.search("truck")
        with bulk.read() as conn:
            names = {n for (n,) in conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'meeting_a%'"
            )}
        assert names == {"meeting_ai", "meeting_au", "meeting_ad"}
    finally:
        bulk.close()


@pytest.mark.parametrize(
    "hostile_id", ["\ud800", "x\x00y", "ABC", "0192A5B8-7C3E-7DEF-8123-456789ABCDEF"]
)
@pytest.mark.parametrize("in_bulk", [True, False])
def test_a_hostile_id_in_a_page_is_set_aside_and_the_rest_goes_in(
    tmp_path: Path, changes, hostile_id: str, in_bulk: bool
):
    bulk = _new(tmp_path / "bulk.db")
    try:
        page = [c for c in changes[:40] if not c.deleted]
        meeting = next(c for c in page if c.record_type == "meeting")
        hostile = meeting.model_copy(update={"record_id": hostile_id, "seq": 41})
        if in_bulk:
            assert bulkload.begin(bulk)
        done = syncing.apply_changes(bulk, [*page[:20], hostile, *page[20:]], 41)
        assert (done.applied, done.quarantined) == (len(page), 1)
        assert [p["code"] for p in syncing.problems(bulk)] == [syncing.QUARANTINED_INVALID]
        assert syncing.cursor(bulk) == 41
    finally:
        bulk.close()


def test_a_row_the_database_refuses_in_a_bulk_page_goes_alone_and_the_rest_goes_in(
    tmp_path: Path, changes
):
    """The executemany fails on one row: its run goes in row by row, that row is set aside,
    and the page ends as the record-by-record path ends it."""
    page = [c for c in changes[:60] if not c.deleted]
    meetings = [i for i, c in enumerate(page) if c.record_type == "meeting"]
    assert len(meetings) >= 3
    doomed = page[meetings[1]]
    page[meetings[1]] = doomed.model_copy(update={"values": {**doomed.values, "notes": "boom"}})
    states = []
    for name, in_bulk in (("normal", False), ("bulk", True)):
        store = _new(tmp_path / f"{name}.db")
        try:
            with store.write() as conn:  # a refusal only the database knows about
                conn.exec_driver_sql(
                    "CREATE TRIGGER refuse_boom BEFORE INSERT ON meeting WHEN new.notes = 'boom' "
                    "BEGIN SELECT RAISE(ABORT, 'refused'); END"
                )
            if in_bulk:
                assert bulkload.begin(store)
            done = syncing.apply_changes(store, page, page[-1].seq)
            assert (done.applied, done.quarantined) == (len(page) - 1, 1)
            [problem] = syncing.problems(store)
            assert problem["code"] == syncing.QUARANTINED_FAILED
            assert problem["record_id"] == doomed.record_id
            if in_bulk:
                assert bulkload.finish(store)
            state = end_state(store)
            state.pop("hlc_seen")
            states.append(state)
        finally:
            store.close()
    for key in states[0]:
        assert states[0][key] == states[1][key], key


@pytest.mark.parametrize("in_bulk", [True, False])
def test_a_full_disk_fails_the_page_instead_of_setting_its_records_aside(
    tmp_path: Path, changes, in_bulk: bool
):
    """Not a bad record: nothing is quarantined, the cursor stays, the page comes again."""
    store = _new(tmp_path / "full.db")
    try:
        page = [c for c in changes[:80] if not c.deleted]
        if in_bulk:
            assert bulkload.begin(store)
        with store.read() as conn:
            pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
        with store.write() as conn:  # the file may not grow: as a disk that is full
            conn.exec_driver_sql(f"PRAGMA max_page_count = {pages}")
        with pytest.raises(DiskFull):
            syncing.apply_changes(store, page, page[-1].seq)
        assert syncing.problems(store) == []
        assert syncing.cursor(store) == 0
        with store.read() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM meeting").scalar() == 0
    finally:
        store.close()


def test_full_rows_leave_no_column_default_unused(tmp_path: Path):
    """Pulled records are written as full rows, a field the change does not carry as NULL:
    that is the row a partial INSERT gives only while no field column has a default."""
    store = _new(tmp_path / "schema.db")
    try:
        with store.read() as conn:
            for rt in CATALOGUE.values():
                defaults = {
                    name: default
                    for _cid, name, _type, _nn, default, _pk in conn.exec_driver_sql(
                        f'PRAGMA table_info("{rt.table}")'
                    )
                    if default is not None
                }
                assert set(defaults) <= {"deleted", "clocks"}, (rt.table, defaults)
    finally:
        store.close()


@pytest.mark.parametrize("own", [None, 4096])
def test_the_index_build_gives_back_the_vaults_own_term_buffer(tmp_path: Path, changes, own):
    """The build runs with a large FTS5 term buffer (hashsize); afterwards the index has the
    vault's own setting again (FTS5's default where it had none), and is the whole index."""
    store = _new(tmp_path / "bulk.db")
    try:
        if own is not None:
            with store.write() as conn:
                conn.exec_driver_sql(
                    "INSERT INTO search_index(search_index, rank) VALUES ('hashsize', ?)", (own,)
                )
        assert bulkload.begin(store)
        for page in _pages(changes):
            syncing.apply_changes(store, page.changes, page.cursor)
        assert bulkload.finish(store)
        with store.read() as conn:
            size = conn.exec_driver_sql(
                "SELECT v FROM search_index_config WHERE k = 'hashsize'"
            ).scalar()
            indexed = conn.exec_driver_sql("SELECT count(*) FROM search_index").scalar()
        assert size == (own or bulkload.FTS5_HASHSIZE)
        assert indexed and store.search("truck")
    finally:
        store.close()
