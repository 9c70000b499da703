"""Typed FastAPI dependencies: the app's state and the authenticated device."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import Engine

from sync.protocol.hlc import HybridClock
from sync.server import auth
from sync.server.policy import Principal
from sync.server.settings import Settings


@dataclass(frozen=True, slots=True)
class AppState:
    settings: Settings
    engine: Engine
    clock: HybridClock


def get_state(request: Request) -> AppState:
    state: AppState = request.app.state.trepart
    return state


State = Annotated[AppState, Depends(get_state)]

_bearer = HTTPBearer(auto_error=False, description="Enhedens token fra /v1/login")


def current_principal(
    request: Request,
    state: State,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Principal:
    token = credentials.credentials if credentials else None
    principal = auth.authenticate(engine=state.engine, token=token)
    # For the request log (names and ids only, never values).
    request.state.username = principal.username
    request.state.device_id = principal.device_id
    return principal


CurrentPrincipal = Annotated[Principal, Depends(current_principal)]
