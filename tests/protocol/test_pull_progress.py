"""Issue 16: the pull's progress. The engine asks the server for the count (PullResponse.
remaining) on the first page of an initial sync, on the second of any other run, then every
COUNT_EVERY pages, and counts down itself in between; from a server without the count the
progress has no total."""

from __future__ import annotations

import pytest

from sync.client import engine as sync_engine
from sync.client.engine import COUNT_EVERY, ApplyResult, SyncEngine, SyncProgress
from sync.protocol.wire import PullResponse, PushRequest, PushResponse, RecordChange

PAGE = 10


@pytest.fixture(autouse=True)
def one_page_a_transaction(monkeypatch: pytest.MonkeyPatch) -> None:
    """An initial sync applies the pages that have arrived together (up to APPLY_GROUP records)
    and reports progress per transaction; here every page is its own, so each page's progress
    is seen (the grouped run is the last test)."""
    monkeypatch.setattr(sync_engine, "APPLY_GROUP", PAGE)


def _change(seq: int) -> RecordChange:
    return RecordChange(seq=seq, record_type="meeting", record_id=f"{seq:032d}", values={},
                        clocks={})


class Server:
    """`records` changes after seq 0, PAGE per page; counts when asked (if `counts`). The count
    it gives is `drift` off the truth, as an estimate may be."""

    def __init__(self, records: int, *, counts: bool = True, drift: int = 0) -> None:
        self.records, self.counts, self.drift = records, counts, drift
        self.asked: list[int] = []  # the page numbers (from 0) whose request asked for the count
        self.requests = 0

    def push(self, request: PushRequest) -> PushResponse:
        return PushResponse(results=[], server_time_ms=1)

    def pull(self, cursor: int, limit: int, *, count: bool = False) -> PullResponse:
        if count:
            self.asked.append(self.requests)
        self.requests += 1
        last = min(cursor + PAGE, self.records)
        more = last < self.records
        remaining = (self.records - last + (self.drift if more else 0)
                     if count and self.counts else None)
        return PullResponse(changes=[_change(s) for s in range(cursor + 1, last + 1)],
                            cursor=last, more=more, server_time_ms=1, remaining=remaining)


class Device:
    def __init__(self, cursor: int) -> None:
        self.cursor = cursor

    def pending_operations(self, limit):  # type: ignore[no-untyped-def]
        return []

    def acknowledge(self, ops, results):  # type: ignore[no-untyped-def]
        return []

    def restamp(self, op_ids, server_time_ms):  # type: ignore[no-untyped-def]
        pass

    def pull_cursor(self) -> int:
        return self.cursor

    def apply_page(self, page: PullResponse) -> ApplyResult:
        self.cursor = page.cursor
        return ApplyResult(len(page.changes), 0)


def _run(server: Server, cursor: int = 0) -> list[SyncProgress]:
    seen: list[SyncProgress] = []
    SyncEngine(Device(cursor), server, progress=seen.append).run_once()
    return [p for p in seen if p.phase == "pull"]


def test_an_initial_sync_asks_once_then_every_few_pages_and_counts_down_between():
    records = PAGE * (2 * COUNT_EVERY + 5)
    server = Server(records)
    seen = _run(server)
    assert server.asked == [0, COUNT_EVERY, 2 * COUNT_EVERY]  # not per page
    assert [p.done for p in seen] == list(range(PAGE, records + 1, PAGE))
    assert all(p.total == records and p.approximate for p in seen)


def test_an_incremental_sync_asks_on_its_second_page_and_a_one_page_run_never():
    server = Server(PAGE * 5)
    seen = _run(server, cursor=0 + PAGE * 2)
    assert server.asked == [1]
    assert [p.total for p in seen] == [None, PAGE * 5 - PAGE * 2, PAGE * 5 - PAGE * 2]
    one = Server(PAGE)
    assert [p.total for p in _run(one, cursor=PAGE - 3)] == [None]
    assert one.asked == []


def test_an_estimate_that_was_too_low_grows_with_what_arrives_and_ends_at_the_count():
    server = Server(PAGE * 6, drift=-25)  # the server said 25 fewer than came
    seen = _run(server)
    for p in seen:
        assert p.total is not None and p.total >= p.done
    assert seen[0].total == PAGE * 6 - 25
    assert seen[-1].done == seen[-1].total == PAGE * 6


def test_from_a_server_without_the_count_the_progress_has_no_total_and_it_stops_asking():
    server = Server(PAGE * (COUNT_EVERY + 3), counts=False)
    seen = _run(server)
    assert server.asked == [0]  # asked once; the answer had no count, so never again
    assert {p.total for p in seen} == {None}
    assert seen[-1].done == PAGE * (COUNT_EVERY + 3)


def test_the_http_transport_asks_for_the_count_only_when_told_and_reads_an_answer_without():
    import httpx

    from sync.client.transport import HttpTransport

    queries: list[dict[str, str]] = []

    def answer(request: httpx.Request) -> httpx.Response:
        queries.append(dict(request.url.params))
        # An older server: it ignores the question, and its answer has no count.
        return httpx.Response(200, json={"changes": [], "cursor": 4, "more": False,
                                         "server_time_ms": 1})

    with HttpTransport("http://localhost", token="t",
                       http_transport=httpx.MockTransport(answer)) as transport:
        assert transport.pull(4, 100).remaining is None
        assert transport.pull(4, 100, count=True).remaining is None
    assert queries == [{"cursor": "4", "limit": "100"},
                       {"cursor": "4", "limit": "100", "count": "1"}]


def test_a_nonsense_count_is_taken_as_nothing_left_and_the_page_still_applies():
    class Negative(Server):
        def pull(self, cursor: int, limit: int, *, count: bool = False) -> PullResponse:
            page = super().pull(cursor, limit, count=count)
            return page.model_copy(update={"remaining": -5} if count else {})

    page = PullResponse.model_validate_json(
        '{"changes": [], "cursor": 1, "more": true, "server_time_ms": 1, "remaining": -5}')
    assert page.remaining == -5  # parsed: a hint never fails a page
    seen = _run(Negative(PAGE * 3))
    assert [p.done for p in seen] == [PAGE, 2 * PAGE, 3 * PAGE]
    assert all(p.total is not None and p.total >= p.done for p in seen)


def test_pages_applied_together_report_progress_at_their_last_page(monkeypatch):
    monkeypatch.setattr(sync_engine, "APPLY_GROUP", 4 * PAGE)
    records = PAGE * (COUNT_EVERY + 7)
    server = Server(records)
    seen = _run(server)
    done = [p.done for p in seen]
    assert done == sorted(set(done)) and done[-1] == records  # forward, to the end
    assert all(d % PAGE == 0 and 0 < d - before <= 4 * PAGE
               for before, d in zip([0, *done], done, strict=False))
    assert all(p.total == records for p in seen)
    assert server.asked == [0, COUNT_EVERY]
