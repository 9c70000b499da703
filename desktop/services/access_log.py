"""The citizen's access log from the app, for a team lead: the same Danish PDF as
`trepart-server audit --citizen ID --pdf FILE` (sync.reports.access_log), made from the audit
entries synced to this laptop (the team's devices' entries for the team's cases). Making it,
printing it and saving it are themselves logged."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import httpx
from sqlalchemy import or_, select

from desktop.domain.records import AuditEntry, Citizen
from desktop.services import sync as sync_service
from desktop.services.access import AccessDenied, Viewer
from desktop.store import Store, queries
from desktop.store.schema import RECORD_TABLES
from sync.client.transport import HttpTransport
from sync.protocol.ids import is_uuid
from sync.protocol.vocabulary import AuditAction, Role
from sync.reports import access_log

MAY_MAKE = frozenset({Role.TEAMLEAD.value, Role.ADMIN.value})


def may_make(viewer: Viewer) -> bool:
    return viewer.role in MAY_MAKE and not viewer.handover


def entries_about(store: Store, citizen_id: str) -> list[AuditEntry]:
    """This laptop's audit entries about the citizen or any of their cases."""
    table = RECORD_TABLES["audit_entry"]
    with store.read() as conn:
        case_ids = queries.case_ids_of(conn, citizen_id=citizen_id)
        ids = conn.execute(
            select(table.c.id).where(
                table.c.deleted == 0,
                or_(table.c.record_id == citizen_id, table.c.case_id.in_(case_ids)),
            )
        ).scalars().all()
    found = (store.get(AuditEntry, i) for i in ids)
    return [e for e in found if e is not None]


def citizen_access_log(store: Store, *, viewer: Viewer, citizen_id: str) -> bytes:
    if not may_make(viewer):
        raise AccessDenied("Kun en teamleder eller en administrator kan lave en adgangslog.")
    citizen = store.get(Citizen, citizen_id)
    if citizen is None:
        raise AccessDenied("Borgeren findes ikke, eller du har ikke adgang til borgeren.")
    entries = entries_about(store, citizen_id)
    pdf = access_log.render_pdf(
        citizen_name=citizen.name,
        accesses=access_log.from_entries(e.to_values() for e in entries),
        made_by=f"{viewer.username} ({viewer.role_label.lower()})",
        source="Trepart på teamlederens computer (de registreringer, der er synkroniseret hertil)",
    )
    store.audit(
        AuditAction.VIEW, record_type="citizen", record_id=citizen_id, detail="adgangslog"
    )
    return pdf


@dataclass(frozen=True, slots=True)
class ServerRequest:
    """What fetching a citizen's access log from the server needs, read from the vault."""

    citizen_id: str
    url: str
    token: str
    ca_bundle: str | None


def prepare_server_request(store: Store, *, viewer: Viewer, citizen_id: str) -> ServerRequest:
    """Check who asks and for what; read the server address and token (database worker)."""
    if not may_make(viewer):
        raise AccessDenied("Kun en teamleder eller en administrator kan lave en adgangslog.")
    citizen_id = citizen_id.strip().lower()
    if not is_uuid(citizen_id) or len(citizen_id) != 36:
        raise AccessDenied("Skriv borgerens id (36 tegn, som det står i Trepart).")
    token = store.get_state(sync_service.TOKEN_KEY)
    url, ca = sync_service.server_address(store)
    if not token or not url:
        raise AccessDenied("Computeren er ikke logget ind på en server.")
    return ServerRequest(citizen_id, url, token, ca)


def fetch_from_server(
    request: ServerRequest, *, http_transport: httpx.BaseTransport | None = None
) -> bytes:
    """The PDF from the server (network: never on the database worker)."""
    with HttpTransport(
        request.url, token=request.token,
        ca_bundle=Path(request.ca_bundle) if request.ca_bundle else None,
        http_transport=http_transport,
    ) as transport:
        return transport.access_log(request.citizen_id)


def record_fetched(store: Store, *, citizen_id: str) -> None:
    store.audit(
        AuditAction.VIEW, record_type="citizen", record_id=citizen_id,
        detail="adgangslog hentet fra serveren",
    )


def server_access_log(
    store: Store,
    *,
    viewer: Viewer,
    citizen_id: str,
    http_transport: httpx.BaseTransport | None = None,
) -> bytes:
    """The citizen's access log from the server, covering every device's log: for an
    administrator (whose laptop holds no citizens) or a team lead. The three steps in one (the
    app runs the fetch on its network thread)."""
    request = prepare_server_request(store, viewer=viewer, citizen_id=citizen_id)
    pdf = fetch_from_server(request, http_transport=http_transport)
    record_fetched(store, citizen_id=request.citizen_id)
    return pdf


def record_output(store: Store, *, citizen_id: str, printed: bool, path: Path | None) -> None:
    """The access log printed or saved: logged like any other print or export."""
    if printed:
        store.audit(
            AuditAction.PRINT, record_type="citizen", record_id=citizen_id, detail="adgangslog"
        )
    else:
        name = path.name if path is not None else ""
        store.audit(
            AuditAction.EXPORT, record_type="citizen", record_id=citizen_id,
            detail=f"adgangslog gemt: {name}",
        )
