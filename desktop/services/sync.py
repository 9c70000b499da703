"""Sync on the laptop: log in once per device, then push/pull whenever there is a network.

The device token lives inside the encrypted vault (store state), never in settings files.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import platform
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import httpx

from desktop.services.session import Session
from desktop.store import Store, syncing
from sync.client import (
    DeviceRevoked,
    HttpTransport,
    SyncEngine,
    SyncError,
    SyncProgress,
    SyncReport,
    login,
)
from sync.client.engine import CLOCK_AHEAD, ApplyResult, Refusal
from sync.client.transport import check_server_url
from sync.protocol.wire import Operation, OpResult, OpStatus, PullResponse

log = logging.getLogger(__name__)

SERVER_URL_KEY = "sync.server_url"
CA_BUNDLE_KEY = "sync.ca_bundle"
TOKEN_KEY = "sync.token"
SERVER_DEVICE_KEY = "sync.server_device_id"
LAST_SYNC_KEY = "sync.last_sync"


class StoreSyncAdapter:
    """The engine's LocalStore over the encrypted store."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def pending_operations(self, limit: int) -> list[Operation]:
        return syncing.pending_operations(self._store, limit)

    def acknowledge(self, ops: list[Operation], results: list[OpResult]) -> list[Refusal]:
        by_id = {op.op_id: op for op in ops}
        done: list[str] = []
        refusals: list[Refusal] = []
        entries = []
        for result in results:
            op = by_id.get(result.op_id)
            if op is None:
                continue
            if result.status is OpStatus.APPLIED:
                done.append(op.op_id)
                continue
            code = result.code or "refused"
            refusals.append(
                Refusal(op.op_id, op.record_type, op.record_id, code, result.message or "")
            )
            if code != CLOCK_AHEAD:
                done.append(op.op_id)  # it will never apply; the problem list keeps it visible
                entries.append(
                    syncing.refusal_entry(op=op, code=code, message=result.message or "")
                )
        syncing.record_problems(self._store, entries)
        syncing.drop_operations(self._store, done)
        return refusals

    def restamp(self, op_ids: list[str], server_time_ms: int) -> None:
        syncing.restamp_operations(self._store, op_ids, server_time_ms)

    def pull_cursor(self) -> int:
        return syncing.cursor(self._store)

    def apply_page(self, page: PullResponse) -> ApplyResult:
        done = syncing.apply_changes(self._store, page.changes, page.cursor)
        return ApplyResult(done.applied, done.conflicts, done.quarantined)


@dataclass(frozen=True, slots=True)
class SyncStatus:
    configured: bool
    server_url: str | None
    waiting: int
    last_sync: str | None
    problems: int


def status(store: Store) -> SyncStatus:
    return SyncStatus(
        configured=bool(store.get_state(TOKEN_KEY)),
        server_url=store.get_state(SERVER_URL_KEY),
        waiting=store.outbox_count(),
        last_sync=store.get_state(LAST_SYNC_KEY),
        problems=len(syncing.problems(store)),
    )


def configure(store: Store, *, server_url: str, ca_bundle: Path | None = None) -> None:
    store.set_state(SERVER_URL_KEY, check_server_url(server_url))
    store.set_state(CA_BUNDLE_KEY, str(ca_bundle) if ca_bundle else None)


def log_in(
    store: Store,
    *,
    server_url: str,
    username: str,
    password: str,
    ca_bundle: Path | None = None,
    http_transport: httpx.BaseTransport | None = None,
) -> str:
    """Register this device with the server and keep its token inside the vault."""
    url = check_server_url(server_url)
    response = login(
        url,
        username=username,
        password=password,
        device_name=f"{platform.node() or 'laptop'} ({platform.system()})",
        ca_bundle=ca_bundle,
        http_transport=http_transport,
    )
    current = store.actor
    if current.username != response.username and store.outbox_count():
        raise SyncError(
            "Der ligger ændringer fra en anden bruger, som ikke er sendt endnu. Log ind som "
            f"{current.username} først."
        )
    store.set_identity(username=response.username, role=response.role, team=response.team)
    store.set_state(SERVER_URL_KEY, url)
    store.set_state(CA_BUNDLE_KEY, str(ca_bundle) if ca_bundle else None)
    store.set_state(TOKEN_KEY, response.device_token)
    store.set_state(SERVER_DEVICE_KEY, response.device_id)
    return response.device_id


def run(
    session: Session,
    *,
    progress: object | None = None,
    http_transport: httpx.BaseTransport | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> SyncReport:
    """One sync. On a revoked device with wipe, the vault is erased and DeviceRevoked raised."""
    store = session.store
    token = store.get_state(TOKEN_KEY)
    url = store.get_state(SERVER_URL_KEY)
    if not token or not url:
        raise SyncError("Enheden er ikke logget ind på en server endnu (trepart login).")
    ca = store.get_state(CA_BUNDLE_KEY)
    started = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    try:
        with HttpTransport(
            url, token=token, ca_bundle=Path(ca) if ca else None, http_transport=http_transport
        ) as transport:
            engine = SyncEngine(
                StoreSyncAdapter(store),
                transport,
                progress=progress if callable(progress) else None,
                total_pending=store.outbox_count,
                sleep=sleep,
            )
            report = engine.run_once()
    except DeviceRevoked as exc:
        if exc.wipe:
            wipe_vault(session)
        else:
            store.set_state(TOKEN_KEY, None)
        raise
    except SyncError as exc:
        syncing.record_history(store, {"at": started, "ok": False, "error": str(exc)})
        raise
    store.set_state(LAST_SYNC_KEY, started)
    syncing.record_history(
        store,
        {
            "at": started,
            "ok": True,
            "pushed": report.pushed,
            "pulled": report.pulled,
            "conflicts": report.conflicts,
            "refused": len(report.refusals),
            "quarantined": report.quarantined,
        },
    )
    return report


def wipe_vault(session: Session) -> None:
    """Erase the vault: the wrapped keys first (crypto-shredding), then the database files."""
    data_dir = session.data_dir
    session.close()
    for name in ("vault.json", "trepart.db", "trepart.db-wal", "trepart.db-shm"):
        path = data_dir / name
        if not path.exists():
            continue
        size = path.stat().st_size
        with path.open("r+b") as handle:
            handle.write(os.urandom(min(size, 1 << 20)))  # the key-bearing head first
            handle.flush()
            os.fsync(handle.fileno())
        path.unlink()
    log.warning("vault in %s wiped on the server's instruction", data_dir)


def progress_text(p: SyncProgress) -> str:
    if p.phase == "push":
        return f"Sender {p.done} af {p.total}" if p.total else f"Sender {p.done}"
    return f"Henter ({p.done})"
