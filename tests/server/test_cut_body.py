"""A push body the client cut mid-way is its own error (4xx), in the answer and the log."""

from __future__ import annotations

import json
import logging
from typing import Any

import anyio
import pytest
from sqlalchemy import Engine

from sync.server.main import create_app
from sync.server.settings import Settings
from tests.server.helpers import World

BODY = json.dumps(
    {"ops": [{"op_id": "0" * 36, "record_type": "meeting", "record_id": "1" * 36, "fields": {}}]}
).encode()


def _call(
    settings: Settings, engine: Engine, token: str, *, declared: int, parts: list[dict[str, Any]]
) -> tuple[int | None, bytes]:
    """Send one POST /v1/push straight to the ASGI app, message by message."""
    app = create_app(settings, engine=engine)
    scope = {
        "type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST",
        "scheme": "http", "path": "/v1/push", "raw_path": b"/v1/push", "query_string": b"",
        "root_path": "", "client": ("127.0.0.1", 5000), "server": ("127.0.0.1", 8765),
        "headers": [
            (b"host", b"testserver"),
            (b"content-type", b"application/json"),
            (b"content-length", str(declared).encode()),
            (b"authorization", f"Bearer {token}".encode()),
        ],
    }
    incoming = list(parts)
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        if incoming:
            return incoming.pop(0)
        await anyio.sleep_forever()
        raise AssertionError("unreachable")

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    async def main() -> None:
        with anyio.fail_after(10):
            await app(scope, receive, send)

    anyio.run(main)
    status = next((m["status"] for m in sent if m["type"] == "http.response.start"), None)
    body = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    return status, body


def _logged_status(caplog: pytest.LogCaptureFixture) -> int:
    records = [r for r in caplog.records if r.name == "trepart.server.http"]
    assert records
    return int(records[-1].__dict__["status"])


@pytest.mark.parametrize(
    "case",
    ["disconnect_mid_body", "shorter_than_declared", "truncated_json"],
)
def test_cut_push_body_is_a_client_error(
    world: World, engine: Engine, caplog: pytest.LogCaptureFixture, case: str
) -> None:
    kim = world.device("kim", "consultant", "nord")
    half = BODY[: len(BODY) // 2]
    if case == "disconnect_mid_body":
        declared = len(BODY)
        parts = [
            {"type": "http.request", "body": half, "more_body": True},
            {"type": "http.disconnect"},
        ]
    elif case == "shorter_than_declared":
        declared = len(BODY)
        parts = [{"type": "http.request", "body": half, "more_body": False}]
    else:
        declared = len(half)
        parts = [{"type": "http.request", "body": half, "more_body": False}]
    caplog.set_level(logging.INFO, logger="trepart.server.http")
    status, body = _call(world.settings, engine, kim.token, declared=declared, parts=parts)
    assert status is not None and 400 <= status < 500, (status, body)
    assert 400 <= _logged_status(caplog) < 500
    if case != "truncated_json":
        assert json.loads(body)["code"] == "bad_request"
    # The server goes on answering complete pushes.
    assert kim.push_raw([]).status_code == 200
