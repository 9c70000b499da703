"""Pure ASGI middleware: request body limit and the structured request log."""

from __future__ import annotations

import json
import logging
import time
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from sync.server import errors as e

log = logging.getLogger("trepart.server.http")

MSG_INCOMPLETE_BODY = "Forespørgslen blev afbrudt, før den var sendt helt. Prøv igen."


async def _send_error(send: Send, status: int, code: str, message: str) -> None:
    body = json.dumps({"code": code, "message": message, "wipe": False}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


class BodyLimitMiddleware:
    """Answers 413 before the body is parsed when it is larger than `max_bytes`, and 400 when
    the body ends before its declared Content-Length or the client disconnects mid-body.

    A declared Content-Length is checked up front; a chunked body is read into memory up to the
    limit and replayed, so an endpoint never sees more than `max_bytes`.
    """

    def __init__(self, app: ASGIApp, *, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        declared: int | None = None
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    await _send_error(send, 400, "bad_request", e.MSG_BAD_REQUEST)
                    return
                if declared > self.max_bytes:
                    await _send_error(send, 413, "too_large", e.MSG_TOO_LARGE)
                    return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                # The client cut its body mid-way: its error, answered (if it still listens)
                # and logged as 400, not as a server failure.
                await _send_error(send, 400, "bad_request", MSG_INCOMPLETE_BODY)
                return
            body = message.get("body", b"")
            size += len(body)
            if size > self.max_bytes:
                await _send_error(send, 413, "too_large", e.MSG_TOO_LARGE)
                return
            chunks.append(body)
            if not message.get("more_body", False):
                break
        if declared is not None and size != declared:
            await _send_error(send, 400, "bad_request", MSG_INCOMPLETE_BODY)
            return
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": b"".join(chunks), "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


class RequestLogMiddleware:
    """One JSON log line per request: method, path, status, time, user and device (no values)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start = time.perf_counter()
        status = 500
        scope.setdefault("state", {})

        async def send_wrapper(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_wrapper)
        finally:
            state: dict[str, Any] = scope.get("state", {})
            log.info(
                "request",
                extra={
                    "method": scope["method"],
                    "path": scope["path"],
                    "status": status,
                    "ms": round((time.perf_counter() - start) * 1000, 1),
                    "user": state.get("username"),
                    "device": state.get("device_id"),
                },
            )
