"""Opening, creating and locking a vault: the vault's key hierarchy plus the store behind it."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from desktop.store import Store
from desktop.vault import KdfParams, Vault
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
    return Session(vault=vault, store=store)


def open_session(data_dir: Path, password: str, *, read_only: bool = False) -> Session:
    vault = open_vault(data_dir)
    try:
        return unlock(vault, password, read_only=read_only)
    except BaseException:
        vault.release_process_lock()
        raise
