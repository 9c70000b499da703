"""The sync client never waits long and can be cancelled without losing anything (issue 12,
item 3); refusals are grouped by cause (item 4); the timeout is a setting."""

from __future__ import annotations

import datetime as dt
import socket
import time
from pathlib import Path

import pytest

from desktop.services.settings import AppSettings, load_settings, save_settings
from desktop.services.sync_status import SyncProblem, group_problems
from sync.client import ServerTimedOut, ServerUnavailable, SyncCancelled, SyncEngine
from sync.client.engine import ApplyResult, Refusal
from sync.client.transport import HttpTransport, login
from sync.protocol.wire import (
    Operation,
    OpResult,
    OpStatus,
    PullResponse,
    PushRequest,
    PushResponse,
)


class MemoryStore:
    """A LocalStore with an outbox of op ids."""

    def __init__(self, op_ids: list[str]) -> None:
        self.outbox = list(op_ids)
        self.applied_pages = 0

    def pending_operations(self, limit: int) -> list[Operation]:
        return [_op(op_id) for op_id in self.outbox[:limit]]

    def acknowledge(self, ops: list[Operation], results: list[OpResult]) -> list[Refusal]:
        done = {r.op_id for r in results}
        self.outbox = [o for o in self.outbox if o not in done]
        return []

    def restamp(self, op_ids: list[str], server_time_ms: int) -> None:
        raise AssertionError("not expected")

    def pull_cursor(self) -> int:
        return 0

    def apply_page(self, page: PullResponse) -> ApplyResult:
        self.applied_pages += 1
        return ApplyResult(0, 0)


def _op(op_id: str) -> Operation:
    # Built without validation: the engine only passes operations through.
    return Operation.model_construct(op_id=op_id, record_type="meeting", record_id=op_id)


class CountingTransport:
    def __init__(self, *, fail: Exception | None = None) -> None:
        self.pushes = 0
        self.pulls = 0
        self.fail = fail
        self.after_push = lambda: None

    def push(self, request: PushRequest) -> PushResponse:
        self.pushes += 1
        if self.fail is not None:
            raise self.fail
        results = [OpResult(op_id=op.op_id, status=OpStatus.APPLIED) for op in request.ops]
        self.after_push()
        return PushResponse.model_construct(results=results, server_time_ms=0)

    def pull(self, cursor: int, limit: int, *, count: bool = False) -> PullResponse:
        self.pulls += 1
        return PullResponse.model_construct(changes=[], cursor=cursor, more=False)


def test_a_cancel_stops_before_the_next_request_and_keeps_what_was_not_acknowledged() -> None:
    store = MemoryStore([f"op-{i}" for i in range(5)])
    transport = CountingTransport()
    cancelled = False

    def cancel() -> None:
        nonlocal cancelled
        cancelled = True

    transport.after_push = cancel  # the user cancels while the first batch is on its way
    engine = SyncEngine(store, transport, batch_size=2, cancelled=lambda: cancelled,
                        sleep=lambda s: None)
    with pytest.raises(SyncCancelled) as caught:
        engine.run_once()
    assert transport.pushes == 1 and transport.pulls == 0
    assert store.outbox == ["op-2", "op-3", "op-4"]  # the acknowledged batch left, the rest waits
    assert "annulleret" in str(caught.value)


def test_a_timeout_is_not_retried_but_a_dropped_connection_is() -> None:
    timed_out = CountingTransport(fail=ServerTimedOut("Serveren svarede ikke i tide."))
    with pytest.raises(ServerTimedOut):
        SyncEngine(MemoryStore(["a"]), timed_out, sleep=lambda s: None).run_once()
    assert timed_out.pushes == 1
    dropped = CountingTransport(fail=ServerUnavailable("Ingen forbindelse til serveren."))
    with pytest.raises(ServerUnavailable):
        SyncEngine(MemoryStore(["a"]), dropped, sleep=lambda s: None, max_attempts=3).run_once()
    assert dropped.pushes == 3


def test_a_silent_server_times_out_in_seconds_with_a_plain_danish_message() -> None:
    server = socket.create_server(("127.0.0.1", 0))
    url = f"http://127.0.0.1:{server.getsockname()[1]}"
    try:
        started = time.monotonic()
        with HttpTransport(url, token="t", timeout=1) as transport, \
                pytest.raises(ServerTimedOut) as caught:
            transport.pull(0, 10)
        assert time.monotonic() - started < 5
        message = str(caught.value)
        assert message.startswith("Serveren svarede ikke i tide.")
        assert "Timeout" not in message and "(" not in message
        with pytest.raises(ServerTimedOut):
            login(url, username="u", password="p", device_name="d", timeout=1)
    finally:
        server.close()


def test_no_server_at_all_is_said_without_exception_names() -> None:
    free = socket.create_server(("127.0.0.1", 0))
    port = free.getsockname()[1]
    free.close()  # nothing listens there now
    with HttpTransport(f"http://127.0.0.1:{port}", token="t", timeout=1) as transport, \
            pytest.raises(ServerUnavailable) as caught:
        transport.pull(0, 10)
    assert not isinstance(caught.value, ServerTimedOut)
    assert str(caught.value).startswith("Ingen forbindelse til serveren.")
    assert "Error" not in str(caught.value)


def test_the_network_timeout_is_a_setting_with_sane_bounds(tmp_path: Path) -> None:
    assert AppSettings().network_timeout_seconds == 10
    assert AppSettings(network_timeout_seconds=0).normalised().network_timeout_seconds == 1
    assert AppSettings(network_timeout_seconds=900).normalised().network_timeout_seconds == 120
    save_settings(tmp_path, AppSettings(network_timeout_seconds=4))
    assert load_settings(tmp_path).network_timeout_seconds == 4


def _problem(record_type: str, code: str, minute: int) -> SyncProblem:
    return SyncProblem(at=dt.datetime(2026, 12, 1, 9, minute), record_type=record_type,
                       record_id=f"{record_type}-{minute}", what=f"{record_type} {minute}",
                       fields=(), code=code, message="")


def test_refusals_are_grouped_by_record_kind_and_cause_largest_first() -> None:
    problems = [
        _problem("audit_entry", "out_of_scope", 9),
        _problem("meeting", "out_of_scope", 8),
        _problem("meeting", "invalid", 7),
        _problem("meeting", "out_of_scope", 6),
        _problem("case", "out_of_scope", 5),
        _problem("audit_entry", "out_of_scope", 4),
    ]
    groups = group_problems(problems)
    assert [(g.record_type, g.code, g.count) for g in groups] == [
        ("meeting", "out_of_scope", 2),
        ("audit_entry", "out_of_scope", 2),
        ("case", "out_of_scope", 1),
        ("meeting", "invalid", 1),
    ]
    assert groups[0].latest == dt.datetime(2026, 12, 1, 9, 8)  # newest first within a group
    assert sum(g.count for g in groups) == len(problems)
