"""Opening, creating and locking a vault: the vault's key hierarchy plus the store behind it."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field
from pathlib import Path

from desktop.services import organisation
from desktop.store import Store, purge
from desktop.store.errors import StoreError
from desktop.vault import KdfParams, Vault
from sync.protocol.retention import Periods
from sync.protocol.vocabulary import AuditAction

log = logging.getLogger(__name__)


@dataclass
class Session:
    """An unlocked vault and its open store, held by one process."""

    vault: Vault
    store: Store
    _closed: bool = field(default=False, repr=False)

    @property
    def data_dir(self) -> Path:
        return self.vault.data_dir

    def lock(self) -> None:
        """Drop the engine and the key. The process lock stays: we still own the folder."""
        if not self._closed:
            self.store.close()
            self.vault.lock()
            self._closed = True

    def close(self) -> None:
        self.lock()
        self.vault.release_process_lock()

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def create_vault(
    data_dir: Path,
    password: str,
    *,
    username: str,
    role: str,
    team: str | None,
    recovery_public_key_pem: bytes | None = None,
    kdf: KdfParams | None = None,
) -> Session:
    vault = Vault.create(
        data_dir, password, recovery_public_key_pem=recovery_public_key_pem, kdf=kdf
    )
    vault.acquire_process_lock()
    try:
        store = Store.open(vault.database_path, vault.database_key, create=True)
        store.set_identity(username=username, role=role, team=team)
    except BaseException:
        vault.lock()
        vault.release_process_lock()
        raise
    return Session(vault=vault, store=store)


def open_vault(data_dir: Path) -> Vault:
    """The locked vault of a folder, with this process holding the folder's lock."""
    vault = Vault.open(data_dir)
    vault.acquire_process_lock()
    return vault


def unlock(vault: Vault, password: str, *, read_only: bool = False) -> Session:
    """Unlock and open the store (migrating it). Raises vault and store errors unchanged.

    `read_only` inspects without writing anything, not even the unlock's audit entry.
    """
    vault.unlock(password)
    try:
        store = Store.open(vault.database_path, vault.database_key, read_only=read_only)
    except BaseException:
        vault.lock()
        raise
    if not read_only:
        store.audit(AuditAction.UNLOCK)
        purge_expired(store)
    return Session(vault=vault, store=store)


def purge_expired(store: Store, *, today: dt.date | None = None) -> None:
    """The device's own retention purge, at every unlock: it needs no server, so a laptop that
    stays offline past a retention period still empties what has expired (issue 18)."""
    kept = organisation.current().retention
    periods = Periods(
        closed_case_years=kept.closed_case_years, screening_months=kept.screening_months,
        health_notes_months=kept.health_notes_months,
    )
    try:
        done = purge.run(store, periods=periods, today=today or dt.date.today())
    except StoreError as exc:
        # The vault still opens; the purge runs again at the next unlock.
        log.warning("retention purge failed (%s)", type(exc).__name__)
        return
    if done.keys:
        log.info("retention purge: %d records, %d sealed PDFs", len(done.keys), done.sealed)


def open_session(data_dir: Path, password: str, *, read_only: bool = False) -> Session:
    vault = open_vault(data_dir)
    try:
        return unlock(vault, password, read_only=read_only)
    except BaseException:
        vault.release_process_lock()
        raise
