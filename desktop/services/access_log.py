"""The citizen's access log from the app, for a team lead: the same Danish PDF as
`trepart-server audit --citizen ID --pdf FILE` (sync.reports.access_log), made from the audit
entries synced to this laptop (the team's devices' entries for the team's cases). Making it,
printing it and saving it are themselves logged."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import or_, select

from desktop.domain.records import AuditEntry, Citizen
from desktop.services.access import AccessDenied, Viewer
from desktop.store import Store, queries
from desktop.store.schema import RECORD_TABLES
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
