"""GET /v1/health: for load balancers and monitoring; needs no login."""

from __future__ import annotations

import logging

from fastapi import APIRouter, Response
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from sync.protocol.wire import API_VERSION
from sync.server.api.deps import State
from sync.server.push import now_ms
from sync.server.schemas import HealthResponse

router = APIRouter(tags=["health"])
log = logging.getLogger("trepart.server.health")


@router.get("/health", response_model=HealthResponse, responses={503: {"model": HealthResponse}})
def health(state: State, response: Response) -> HealthResponse:
    database = "ok"
    try:
        with state.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except SQLAlchemyError:
        log.warning("database unavailable")
        database = "unavailable"
        response.status_code = 503
    return HealthResponse(
        status="ok" if database == "ok" else "degraded", database=database,
        api_version=API_VERSION, server_time_ms=now_ms(),
    )
