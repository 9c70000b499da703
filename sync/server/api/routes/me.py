"""GET /v1/me: who this device is logged in as; GET /v1/team: the users of its team."""

from __future__ import annotations

from fastapi import APIRouter
from sqlalchemy import select

from sync.protocol.vocabulary import Role
from sync.protocol.wire import TeamMember, TeamResponse
from sync.server.api.deps import CurrentPrincipal, State
from sync.server.api.routes.responses import AUTH
from sync.server.models import User
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


@router.get("/team", response_model=TeamResponse, responses={**AUTH})
def team(principal: CurrentPrincipal, state: State) -> TeamResponse:
    """Jobcenter staff see the active users of their own team (user name and role, nothing
    else), to pick a case's mentors from; a mentor, or a user without a team, sees none."""
    if principal.role is None or principal.role is Role.MENTOR or not principal.team:
        return TeamResponse(team=principal.team, members=[])
    with state.engine.connect() as conn:
        rows = conn.execute(
            select(User.username, User.role)
            .where(User.team == principal.team, User.disabled.is_(False))
            .order_by(User.username)
        ).all()
    return TeamResponse(
        team=principal.team,
        members=[TeamMember(username=u, role=r) for u, r in rows],
    )
