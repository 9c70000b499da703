"""POST /v1/push and GET /v1/pull: the sync itself."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response
from fastapi.exceptions import RequestValidationError

from sync.protocol import wire
from sync.protocol.wire import PullResponse, PushRequest, PushResponse
from sync.server import errors as e
from sync.server import pull as pull_service
from sync.server import push as push_service
from sync.server.api.deps import CurrentPrincipal, State
from sync.server.api.routes.responses import AUTH, BODY

router = APIRouter(tags=["sync"])

MAX_CURSOR = 2**63 - 1


@router.post(
    "/push",
    response_model=PushResponse,
    responses={**AUTH, **BODY},
)
def push(body: PushRequest, principal: CurrentPrincipal, state: State) -> PushResponse:
    if len(body.ops) > state.settings.max_batch:
        # The same 422 shape as the model's own MAX_BATCH check.
        raise RequestValidationError(
            [
                {
                    "loc": ("body", "ops"),
                    "msg": e.MSG_BATCH_TOO_LARGE.format(max=state.settings.max_batch),
                    "type": "too_long",
                }
            ]
        )
    return push_service.push(
        engine=state.engine, principal=principal, ops=body.ops, clock=state.clock
    )


@router.get("/pull", response_model=PullResponse, responses={**AUTH})
def pull(
    principal: CurrentPrincipal,
    state: State,
    cursor: Annotated[int, Query(ge=0, le=MAX_CURSOR, description="Sidste seq enheden har")] = 0,
    limit: Annotated[int | None, Query(ge=1, le=wire.MAX_PAGE)] = None,
    count: Annotated[
        bool, Query(description="Også ca. antal poster, der er tilbage (første side)")
    ] = False,
) -> Response:
    settings = state.settings
    page = min(limit or settings.default_page, settings.max_page)
    result = pull_service.pull(
        engine=state.engine, principal=principal, cursor=cursor, limit=page,
        max_scan=settings.max_scan, count=count,
    )
    # Serialised directly: the page was built from stored, already validated rows.
    return Response(content=result.to_json(), media_type="application/json")
