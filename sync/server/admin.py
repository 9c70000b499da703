"""Administration use cases behind the `trepart-server` command line."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine

from sync.protocol import ids
from sync.protocol.hlc import HLC, HybridClock
from sync.protocol.vocabulary import Role
from sync.protocol.wire import FieldWrite, Operation, OpStatus
from sync.reports import access_log
from sync.server import push as push_service
from sync.server import security, store
from sync.server.db import read_transaction, write_transaction
from sync.server.policy import Principal
from sync.server.push import now_ms
from sync.server.settings import Settings


class AdminError(Exception):
    """A mistake by the administrator, shown as it is (Danish)."""


def add_user(
    *, engine: Engine, settings: Settings, username: str, password: str, role: Role,
    team: str | None,
) -> None:
    username = username.strip()
    if not username or len(username) > 100:
        raise AdminError("Brugernavnet skal være 1-100 tegn.")
    if len(password) < 8:
        raise AdminError("Adgangskoden skal være mindst 8 tegn.")
    if role in (Role.CONSULTANT, Role.TEAMLEAD) and not team:
        raise AdminError("En konsulent eller teamleder skal have et team (--team).")
    with write_transaction(engine) as conn:
        if store.user_by_name(conn, username=username) is not None:
            raise AdminError(f"Brugeren {username} findes allerede.")
        store.create_user(
            conn, user_id=ids.uuid7(), username=username,
            password_hash=security.hash_password(password, settings=settings), role=role.value,
            team=team, at_ms=now_ms(),
        )
        store.add_audit(
            conn, at_ms=now_ms(), username=None, device_id=None, action="admin_user_add",
            detail=f"{username} ({role.value}, team {team or '-'})",
        )


def set_user_disabled(*, engine: Engine, username: str, disabled: bool) -> None:
    with write_transaction(engine) as conn:
        if not store.set_user_disabled(conn, username=username, disabled=disabled):
            raise AdminError(f"Brugeren {username} findes ikke.")
        store.add_audit(
            conn, at_ms=now_ms(), username=None, device_id=None,
            action="admin_user_disable" if disabled else "admin_user_enable", detail=username,
        )


def list_users(*, engine: Engine) -> list[store.UserRow]:
    with read_transaction(engine) as conn:
        return store.list_users(conn)


DeviceListing = list[tuple[store.DeviceRow, str]]  # each device with its user's name


def list_devices(*, engine: Engine, username: str | None = None) -> DeviceListing:
    with read_transaction(engine) as conn:
        return store.list_devices(conn, username=username)


def revoke_device(*, engine: Engine, device_id: str, wipe: bool) -> None:
    with write_transaction(engine) as conn:
        if not store.revoke_device(conn, device_id=device_id, wipe=wipe, at_ms=now_ms()):
            raise AdminError(f"Enheden {device_id} findes ikke.")
        store.add_audit(
            conn, at_ms=now_ms(), username=None, device_id=device_id, action="admin_device_revoke",
            detail="med sletning" if wipe else "uden sletning",
        )


def assign_case(
    *,
    engine: Engine,
    case_id: str,
    team: str | None = None,
    consultant: str | None = None,
    mentors: list[str] | None = None,
) -> None:
    """Write a case's team, consultant and/or mentors with a server stamp, through the same
    merge and change log as a device's push (so devices receive it, and newly entitled devices
    receive the whole case)."""
    if team is None and consultant is None and mentors is None:
        raise AdminError("Angiv mindst én af --team, --consultant og --mentor.")
    with read_transaction(engine) as conn:
        row = store.load_rows(conn, keys=[("case", case_id)]).get(("case", case_id))
        users = {u.username: u for u in store.list_users(conn)}
    if row is None:
        raise AdminError(f"Forløbet {case_id} findes ikke.")
    if consultant is not None and consultant not in users:
        raise AdminError(f"Brugeren {consultant} findes ikke.")
    for name in mentors or []:
        user = users.get(name)
        if user is None or user.role != Role.MENTOR.value:
            raise AdminError(f"{name} er ikke en bruger med rollen mentor.")
    clock = HybridClock("server")
    # The server's stamp must win over whatever a device wrote last, even a device whose clock
    # runs a little ahead.
    for stamp in row.clocks.values():
        clock.observe(HLC.parse(stamp))
    fields: dict[str, Any] = {}
    if team is not None:
        fields["team"] = team
    if consultant is not None:
        fields["consultant"] = consultant
    if mentors is not None:
        fields["mentors"] = sorted(set(mentors))
    op = Operation(
        op_id=ids.uuid7(), record_type="case", record_id=case_id,
        fields={k: FieldWrite(value=v, hlc=str(clock.now())) for k, v in fields.items()},
    )
    response = push_service.push(
        engine=engine, principal=Principal.system(), ops=[op], clock=clock
    )
    result = response.results[0]
    if result.status is not OpStatus.APPLIED:
        raise AdminError(result.message or result.code or "Ændringen blev afvist.")


@dataclass(frozen=True, slots=True)
class AuditReport:
    server: list[store.AuditRow]
    device: list[store.Row]


def access_log_pdf(
    *, engine: Engine, citizen_id: str, limit: int = 100_000,
    made_by: str = "serverens administrator",
) -> bytes:
    """The citizen's access log as a Danish PDF (sync.reports.access_log): the devices' audit
    entries about the citizen and their cases, and the pulls that carried them."""
    report = audit(engine=engine, citizen_id=citizen_id, limit=limit)
    with read_transaction(engine) as conn:
        roles = {u.username: u.role for u in store.list_users(conn)}
        citizen = store.load_rows(conn, keys=[("citizen", citizen_id)]).get(
            ("citizen", citizen_id)
        )
    if citizen is None:
        raise AdminError(f"Borgeren {citizen_id} findes ikke.")
    accesses = access_log.from_entries([r.values for r in report.device], roles=roles)
    accesses += access_log.from_pulls(
        [(a.at_ms, a.username) for a in report.server if a.action == "pull"], roles=roles
    )
    return access_log.render_pdf(
        citizen_name=str(citizen.values.get("name") or ""), accesses=accesses,
        made_by=made_by, source="synkroniseringsserveren (alle enheders log)",
    )


def audit(
    *, engine: Engine, username: str | None = None, citizen_id: str | None = None,
    limit: int = 200,
) -> AuditReport:
    with read_transaction(engine) as conn:
        subjects: list[str] = []
        case_ids: list[str] = []
        if citizen_id is not None:
            case_ids = store.cases_of_citizen(conn, citizen_id=citizen_id)
            subjects = [citizen_id, *case_ids]
        server = store.query_audit(conn, username=username, subjects=subjects, limit=limit)
        device = store.device_audit_entries(
            conn, username=username, case_ids=case_ids,
            record_ids=[citizen_id] if citizen_id else [], limit=limit,
        )
    return AuditReport(server=server, device=device)
