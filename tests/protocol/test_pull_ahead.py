"""Issue 16: an initial sync asks for the largest pages and fetches the next page while the
current one is applied; an incremental sync does neither."""

from __future__ import annotations

import threading

from sync.client.engine import ApplyResult, SyncEngine
from sync.protocol.wire import PullResponse, PushRequest, PushResponse

PAGES = 5


class Events:
    def __init__(self) -> None:
        self.log: list[str] = []
        self.lock = threading.Lock()

    def add(self, what: str) -> None:
        with self.lock:
            self.log.append(what)


class Server:
    def __init__(self, events: Events) -> None:
        self.events = events
        self.limits: list[int] = []

    def push(self, request: PushRequest) -> PushResponse:
        return PushResponse(results=[], server_time_ms=1)

    def pull(self, cursor: int, limit: int, *, count: bool = False) -> PullResponse:
        self.limits.append(limit)
        self.events.add(f"pull {cursor}")
        n = cursor + 1
        return PullResponse(changes=[], cursor=n, more=n < PAGES, server_time_ms=1)


class Device:
    def __init__(self, events: Events, cursor: int) -> None:
        self.events = events
        self.cursor = cursor
        self.applied: list[int] = []

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
        for _ in range(50):
            if f"pull {page.cursor}" in self.events.log or not page.more:
                break
            deadline.wait(0.01)
        self.events.add(f"apply end {page.cursor}")
        self.applied.append(page.cursor)
        self.cursor = page.cursor
        return ApplyResult(0, 0)


def _run(cursor: int) -> tuple[Events, Server, Device]:
    events = Events()
    server, device = Server(events), Device(events, cursor)
    engine = SyncEngine(device, server, page_size=100, initial_page_size=1000)
    report = engine.run_once()
    assert report.cursor == PAGES
    return events, server, device


def test_an_initial_sync_fetches_the_next_page_while_applying_and_asks_for_large_pages():
    events, server, device = _run(0)
    assert device.applied == list(range(1, PAGES + 1))  # in order, each once
    log = events.log
    for n in range(1, PAGES):
        assert log.index(f"pull {n}") < log.index(f"apply end {n}")  # fetched ahead
    assert set(server.limits) == {1000}


def test_an_incremental_sync_pulls_one_page_after_the_other():
    events, server, device = _run(2)
    assert device.applied == [3, 4, 5]
    log = events.log
    for n in (3, 4):
        assert log.index(f"apply end {n}") < log.index(f"pull {n}")
    assert set(server.limits) == {100}
