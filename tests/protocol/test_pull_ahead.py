"""Issue 16: an initial sync asks for the largest pages, fetches pages on a thread of its own while
the device applies, and applies the pages that have arrived meanwhile together (one transaction,
at most APPLY_GROUP records, the last page's cursor); an incremental sync does none of this."""

from __future__ import annotations

import threading

import pytest

from sync.client import engine as sync_engine
from sync.client.engine import ApplyResult, SyncEngine
from sync.client.transport import ServerTimedOut
from sync.protocol.wire import PullResponse, PushRequest, PushResponse, RecordChange

PAGES = 5
PER_PAGE = 2


class Events:
    def __init__(self) -> None:
        self.log: list[str] = []
        self.lock = threading.Lock()

    def add(self, what: str) -> None:
        with self.lock:
            self.log.append(what)


class Server:
    def __init__(self, events: Events, *, fail_at: int | None = None) -> None:
        self.events = events
        self.limits: list[int] = []
        self.fail_at = fail_at

    def push(self, request: PushRequest) -> PushResponse:
        return PushResponse(results=[], server_time_ms=1)

    def pull(self, cursor: int, limit: int, *, count: bool = False) -> PullResponse:
        self.limits.append(limit)
        if cursor == self.fail_at:
            raise ServerTimedOut("the server stopped answering")
        self.events.add(f"pull {cursor}")
        n = cursor + 1
        changes = [
            RecordChange(seq=n * 10 + i, record_type="meeting", record_id=f"r{n}.{i}",
                         values={}, clocks={})
            for i in range(PER_PAGE)
        ]
        return PullResponse(changes=changes, cursor=n, more=n < PAGES, server_time_ms=1)


class Device:
    def __init__(self, events: Events, cursor: int, *, slow: bool = True) -> None:
        self.events = events
        self.cursor = cursor
        self.slow = slow
        self.applied: list[int] = []  # the cursor of each transaction
        self.records: list[str] = []
        self.sizes: list[int] = []

    def pending_operations(self, limit):  # type: ignore[no-untyped-def]
        return []

    def acknowledge(self, ops, results):  # type: ignore[no-untyped-def]
        return []

    def restamp(self, op_ids, server_time_ms):  # type: ignore[no-untyped-def]
        pass

    def pull_cursor(self) -> int:
        return self.cursor

    def apply_page(self, page: PullResponse) -> ApplyResult:
        self.events.add(f"apply start {page.cursor}")
        # Applying takes a while: the next page's request is made meanwhile.
        deadline = threading.Event()
        for _ in range(50 if self.slow else 0):
            if f"pull {page.cursor}" in self.events.log or not page.more:
                break
            deadline.wait(0.01)
        self.events.add(f"apply end {page.cursor}")
        self.applied.append(page.cursor)
        self.records.extend(c.record_id for c in page.changes)
        self.sizes.append(len(page.changes))
        self.cursor = page.cursor
        return ApplyResult(len(page.changes), 0)


ALL = [f"r{n}.{i}" for n in range(1, PAGES + 1) for i in range(PER_PAGE)]


def _run(cursor: int, **device) -> tuple[Events, Server, Device]:  # type: ignore[no-untyped-def]
    events = Events()
    server, dev = Server(events), Device(events, cursor, **device)
    engine = SyncEngine(dev, server, page_size=100, initial_page_size=1000)
    report = engine.run_once()
    assert report.cursor == PAGES
    assert report.pull_pages == PAGES - cursor  # every page counted, together or not
    return events, server, dev


def test_an_initial_sync_fetches_ahead_while_applying_and_asks_for_large_pages():
    events, server, device = _run(0)
    assert device.records == ALL  # in order, each once
    assert device.applied == sorted(device.applied) and device.applied[-1] == PAGES
    log = events.log
    # The second page was fetched before the first transaction ended.
    assert log.index("pull 1") < log.index(f"apply end {device.applied[0]}")
    assert set(server.limits) == {1000}


def test_pages_that_arrived_meanwhile_are_applied_together_up_to_the_group_size(monkeypatch):
    monkeypatch.setattr(sync_engine, "APPLY_GROUP", 2 * PER_PAGE)
    _events, _server, device = _run(0)
    assert device.records == ALL
    assert max(device.sizes) <= 2 * PER_PAGE  # never more than the group in one transaction
    assert len(device.applied) < PAGES  # the slow device took pages two at a time


def test_a_failed_fetch_ahead_applies_the_pages_in_hand_first():
    events = Events()
    server, device = Server(events, fail_at=3), Device(events, 0, slow=False)
    engine = SyncEngine(device, server, page_size=100, initial_page_size=1000)
    with pytest.raises(ServerTimedOut):
        engine.run_once()
    assert device.cursor == 3  # pages 1-3 are in; the next sync goes on from there
    assert device.records == ALL[: 3 * PER_PAGE]


def test_an_incremental_sync_pulls_one_page_after_the_other():
    events, server, device = _run(2)
    assert device.applied == [3, 4, 5]
    log = events.log
    for n in (3, 4):
        assert log.index(f"apply end {n}") < log.index(f"pull {n}")
    assert set(server.limits) == {100}
