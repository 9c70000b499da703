"""POST /v1/login: username and password once per device; returns the device token."""

from __future__ import annotations

from fastapi import APIRouter, Request

from sync.protocol.wire import ErrorBody, LoginRequest, LoginResponse
from sync.server import auth
from sync.server.api.deps import State
from sync.server.api.routes.responses import BODY

router = APIRouter(tags=["auth"])


@router.post(
    "/login",
    response_model=LoginResponse,
    responses={
        401: {"model": ErrorBody, "description": "Forkert brugernavn eller adgangskode"},
        403: {"model": ErrorBody, "description": "Brugeren er deaktiveret"},
        429: {"model": ErrorBody, "description": "For mange mislykkede forsøg"},
        **BODY,
    },
)
def login(body: LoginRequest, request: Request, state: State) -> LoginResponse:
    address = request.client.host if request.client else "ukendt"
    request.state.username = body.username
    return auth.login(engine=state.engine, settings=state.settings, request=body, address=address)
