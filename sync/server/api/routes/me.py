"""GET /v1/me: who this device is logged in as."""

from __future__ import annotations

from fastapi import APIRouter

from sync.server.api.deps import CurrentPrincipal
from sync.server.api.routes.responses import AUTH
from sync.server.push import now_ms
from sync.server.schemas import MeResponse

router = APIRouter(tags=["auth"])


@router.get("/me", response_model=MeResponse, responses={**AUTH})
def me(principal: CurrentPrincipal) -> MeResponse:
    return MeResponse(
        username=principal.username,
        role=principal.role.value if principal.role else "server",
        team=principal.team,
        device_id=principal.device_id or "",
        server_time_ms=now_ms(),
    )
