"""The FastAPI application: create_app(settings) for tests, create_app_from_env for uvicorn."""

from __future__ import annotations

import logging
import traceback
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from typing import Any

import anyio.to_thread
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy import Engine
from starlette.exceptions import HTTPException as StarletteHTTPException

from sync.protocol.hlc import HybridClock
from sync.protocol.wire import API_VERSION, ErrorBody
from sync.server import errors as e
from sync.server import migrate
from sync.server.api.deps import AppState
from sync.server.api.routes import access_log, health, login, me
from sync.server.api.routes import sync as sync_routes
from sync.server.db import make_engine
from sync.server.logs import configure_logging
from sync.server.middleware import BodyLimitMiddleware, RequestLogMiddleware
from sync.server.push import now_ms
from sync.server.settings import Settings

log = logging.getLogger("trepart.server")

_HTTP_CODES = {404: ("not_found", e.MSG_NOT_FOUND), 405: ("method_not_allowed", e.MSG_METHOD)}


def create_app(settings: Settings | None = None, *, engine: Engine | None = None) -> FastAPI:
    settings = settings or Settings()
    own_engine = engine is None
    engine = engine or make_engine(settings)
    if settings.should_auto_migrate():
        migrate.upgrade(engine)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        # The sync endpoints run in anyio's thread pool. Its default of 40 threads mostly fights
        # over the GIL on a small machine; a few threads per worker keep the CPU doing work.
        anyio.to_thread.current_default_thread_limiter().total_tokens = settings.worker_threads
        yield
        if own_engine:
            engine.dispose()

    app = FastAPI(
        title="Trepart sync",
        version="1",
        summary="Synkronisering af Trepart-forløb mellem enheder og den centrale server.",
        openapi_url="/openapi.json",
        lifespan=lifespan,
    )
    app.state.trepart = AppState(settings=settings, engine=engine, clock=HybridClock("server"))
    prefix = f"/{API_VERSION}"
    app.include_router(login.router, prefix=prefix)
    app.include_router(sync_routes.router, prefix=prefix)
    app.include_router(me.router, prefix=prefix)
    app.include_router(health.router, prefix=prefix)
    app.include_router(access_log.router, prefix=prefix)
    _install_error_handlers(app)
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_body_bytes)
    app.add_middleware(RequestLogMiddleware)
    return app


def create_app_from_env() -> FastAPI:
    """For `uvicorn --factory`: every worker reads the same TREPART_SERVER_* environment, and
    sets up its own JSON logging (worker processes do not inherit the parent's handlers)."""
    settings = Settings()
    configure_logging(settings.log_level)
    return create_app(settings)


def _error(status: int, code: str, message: str, *, wipe: bool = False,
           headers: dict[str, str] | None = None) -> JSONResponse:
    body = ErrorBody(code=code, message=message, wipe=wipe, server_time_ms=now_ms())
    return JSONResponse(body.model_dump(), status_code=status, headers=headers)


def _clean(value: object) -> str | int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    # Keys and messages can carry the client's own bytes, lone surrogates included.
    return str(value).encode("utf-8", "replace").decode("utf-8")[:200]


def validation_detail(errors: Sequence[Any]) -> list[dict[str, Any]]:
    """FastAPI's 422 shape without the offending input, which may be personal data."""
    return [
        {
            "loc": [_clean(part) for part in err.get("loc", ())],
            "msg": _clean(err.get("msg", "")),
            "type": _clean(err.get("type", "")),
        }
        for err in errors
    ]


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse({"detail": validation_detail(exc.errors())}, status_code=422)

    @app.exception_handler(e.ApiError)
    async def _api_error(_request: Request, exc: e.ApiError) -> JSONResponse:
        return _error(exc.status, exc.code, exc.message, wipe=exc.wipe, headers=exc.headers)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code, message = _HTTP_CODES.get(exc.status_code, ("http_error", e.MSG_BAD_REQUEST))
        return _error(
            exc.status_code, code, message, headers=dict(exc.headers) if exc.headers else None
        )

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        # Logged with the exception type and the stack only: the message may quote field values
        # (database errors quote the offending row).
        log.error(
            "unhandled error",
            extra={
                "path": request.url.path,
                "error": type(exc).__name__,
                "stack": traceback.format_tb(exc.__traceback__),
            },
        )
        return _error(500, "internal", e.MSG_INTERNAL)
