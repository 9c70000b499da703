"""GET /v1/access-log: a citizen's access log as a Danish PDF (sync.reports.access_log), for an
administrator (any citizen) or a team lead (a citizen of their team), from the app. It covers
every device's entries, not only those synced to the asking laptop. Asking is itself logged."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response

from sync.protocol.vocabulary import Role
from sync.server import admin, policy, store
from sync.server import errors as e
from sync.server.api.deps import CurrentPrincipal, State
from sync.server.api.routes.responses import AUTH
from sync.server.db import read_transaction, write_transaction
from sync.server.push import now_ms
from sync.server.store import DbFacts

router = APIRouter(tags=["audit"])

MSG_NOT_ALLOWED = "Kun en administrator eller borgerens teamleder kan hente en adgangslog."
MSG_UNKNOWN = "Borgeren findes ikke, eller du har ikke adgang til borgeren."


@router.get(
    "/access-log", responses={**AUTH, 200: {"content": {"application/pdf": {}}}},
    response_class=Response,
)
def access_log(
    principal: CurrentPrincipal,
    state: State,
    citizen_id: Annotated[str, Query(min_length=36, max_length=36, description="Borgerens id")],
) -> Response:
    if principal.role not in (Role.ADMIN, Role.TEAMLEAD):
        raise e.ApiError(403, "out_of_scope", MSG_NOT_ALLOWED)
    if principal.role is Role.TEAMLEAD:
        with read_transaction(state.engine) as conn:
            allowed = policy.can_read_party(principal, "citizen", citizen_id, DbFacts(conn))
        if not allowed:
            raise e.ApiError(404, "not_found", MSG_UNKNOWN)
    try:
        pdf = admin.access_log_pdf(
            engine=state.engine, citizen_id=citizen_id,
            made_by=f"{principal.username} ({Role(principal.role).label.lower()})",
        )
    except admin.AdminError:
        raise e.ApiError(404, "not_found", MSG_UNKNOWN) from None
    with write_transaction(state.engine) as conn:
        store.add_audit(
            conn, at_ms=now_ms(), username=principal.username, device_id=principal.device_id,
            action="access_log", subjects=[citizen_id], detail="adgangslog hentet (PDF)",
        )
    return Response(content=pdf, media_type="application/pdf")
