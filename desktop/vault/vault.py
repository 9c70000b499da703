"""The vault: password -> Argon2id -> key-encryption key -> wrapped database key."""

from __future__ import annotations

import dataclasses
import logging
import os
import threading
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from desktop.vault import throttle
from desktop.vault.errors import (
    EmptyPassword,
    NoRecoveryCopy,
    UnlockThrottled,
    VaultCorrupt,
    VaultExists,
    VaultLocked,
    WrongPassword,
)
from desktop.vault.kdf import KEY_LENGTH, KdfParams, wipe
from desktop.vault.keywrap import unwrap_database_key, wrap_database_key
from desktop.vault.process_lock import LOCK_FILE_NAME, ProcessLock, exclusive
from desktop.vault.recovery import (
    load_recovery_public_key,
    unwrap_with_private_key,
    wrap_for_recovery,
)
from desktop.vault.vaultfile import (
    VAULT_FILE_NAME,
    VAULT_FORMAT_VERSION,
    VaultFile,
    read_vault_file,
    write_vault_file,
)

logger = logging.getLogger(__name__)

DATABASE_FILE_NAME = "trepart.db"

Clock = Callable[[], float]


class Vault:
    """The key hierarchy of one data directory.

    Made with :meth:`create` (returns it unlocked) or :meth:`open` (returns it locked). The
    database key lives in a bytearray that :meth:`lock` overwrites; copies handed out by
    :attr:`database_key` are immutable bytes and beyond our reach, so callers should not keep
    them. Methods are safe to call from several threads; unlocking takes a moment (Argon2id),
    so call it off the UI thread.
    """

    def __init__(self, *, data_dir: Path, state: VaultFile, clock: Clock) -> None:
        # Private: use Vault.create or Vault.open.
        self._data_dir = data_dir
        self._state = state
        self._clock = clock
        self._key: bytearray | None = None
        self._process_lock = ProcessLock(data_dir / LOCK_FILE_NAME)
        # The lock beside the database's real file, when trepart.db is a symlink elsewhere.
        self._database_lock: ProcessLock | None = None
        self._guard = threading.RLock()

    def __repr__(self) -> str:
        state = "unlocked" if self.is_unlocked else "locked"
        return f"<Vault {self.vault_id} {state} at {self._data_dir}>"

    # -- construction -------------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        data_dir: Path,
        password: str,
        *,
        recovery_public_key_pem: bytes | None = None,
        kdf: KdfParams | None = None,
        clock: Clock = time.time,
    ) -> Vault:
        """Make a new vault with a fresh random database key and return it unlocked."""
        if not password:
            raise EmptyPassword()
        params = kdf if kdf is not None else KdfParams()
        if recovery_public_key_pem is not None:
            # Fail on a bad organisation key before anything is written.
            load_recovery_public_key(recovery_public_key_pem)

        data_dir = Path(data_dir)
        data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        vault_path = data_dir / VAULT_FILE_NAME
        _refuse_existing(data_dir)
        with exclusive(data_dir / LOCK_FILE_NAME):
            # Checked again under the lock: another process may have created it meanwhile.
            _refuse_existing(data_dir)
            vault_id = uuid.uuid4().hex
            key = bytearray(os.urandom(KEY_LENGTH))
            try:
                state = VaultFile(
                    vault_id=vault_id,
                    password_wrap=wrap_database_key(
                        key,
                        password,
                        vault_id=vault_id,
                        params=params,
                        format_version=VAULT_FORMAT_VERSION,
                    ),
                    recovery=None
                    if recovery_public_key_pem is None
                    else wrap_for_recovery(
                        key, public_key_pem=recovery_public_key_pem, vault_id=vault_id
                    ),
                )
                write_vault_file(state, vault_path)
            except BaseException:
                wipe(key)
                raise
        vault = cls(data_dir=data_dir, state=state, clock=clock)
        vault._key = key
        logger.info(
            "Created vault %s in %s (recovery copy: %s)",
            vault_id,
            data_dir,
            "yes" if state.recovery else "no",
        )
        return vault

    @classmethod
    def open(cls, data_dir: Path, *, clock: Clock = time.time) -> Vault:
        """Read the vault of ``data_dir``, locked.

        Raises VaultNotFound, VaultTooNew or VaultCorrupt.
        """
        data_dir = Path(data_dir)
        state = read_vault_file(data_dir / VAULT_FILE_NAME)
        return cls(data_dir=data_dir, state=state, clock=clock)

    # -- properties ---------------------------------------------------------------------------

    @property
    def data_dir(self) -> Path:
        return self._data_dir

    @property
    def vault_path(self) -> Path:
        return self._data_dir / VAULT_FILE_NAME

    @property
    def database_path(self) -> Path:
        return self._data_dir / DATABASE_FILE_NAME

    @property
    def vault_id(self) -> str:
        return self._state.vault_id

    @property
    def kdf_params(self) -> KdfParams:
        """Cost parameters of the current password wrap (to tell whether to re-tune)."""
        return self._state.password_wrap.params

    @property
    def has_recovery(self) -> bool:
        return self._state.recovery is not None

    @property
    def failed_attempts(self) -> int:
        return self._state.failed_attempts

    @property
    def is_unlocked(self) -> bool:
        return self._key is not None

    @property
    def database_key(self) -> bytes:
        with self._guard:
            if self._key is None:
                raise VaultLocked()
            return bytes(self._key)

    @property
    def database_key_hex(self) -> str:
        with self._guard:
            if self._key is None:
                raise VaultLocked()
            return self._key.hex()

    def retry_after(self) -> float:
        """Seconds the caller must wait before the next password attempt (0 if none)."""
        return throttle.seconds_left(
            failed_attempts=self._state.failed_attempts,
            last_failed_at=self._state.last_failed_at,
            now=self._clock(),
        )

    # -- locking and passwords ----------------------------------------------------------------

    def unlock(self, password: str) -> None:
        """Unwrap the database key. Raises WrongPassword, UnlockThrottled, VaultCorrupt."""
        if not password:
            # An empty field is a slip, not a guess: no KDF run and no failed attempt.
            raise EmptyPassword()
        with self._guard:
            key = self._verify(password)
            if self._key is not None:
                wipe(self._key)
            self._key = key
        logger.info("Unlocked vault %s", self.vault_id)

    def lock(self) -> None:
        """Forget the database key."""
        with self._guard:
            if self._key is None:
                return
            wipe(self._key)
            self._key = None
        logger.info("Locked vault %s", self.vault_id)

    def change_password(self, old: str, new: str, *, kdf: KdfParams | None = None) -> None:
        """Re-wrap the same database key under ``new``; trepart.db is never touched.

        ``kdf`` lets the caller move to newly tuned cost parameters at the same time; by default
        the current ones are kept. The recovery copy is kept as is. A wrong ``old`` counts as a
        failed attempt, or this would be a way around the delay.
        """
        if not old or not new:
            raise EmptyPassword()
        with self._guard:
            key = self._verify(old)
            try:
                state = self._state
                new_state = dataclasses.replace(
                    state,
                    password_wrap=wrap_database_key(
                        key,
                        new,
                        vault_id=state.vault_id,
                        params=kdf if kdf is not None else state.password_wrap.params,
                        format_version=VAULT_FORMAT_VERSION,
                    ),
                )
                write_vault_file(new_state, self.vault_path)
                self._state = new_state
            finally:
                wipe(key)
        logger.info("Changed password of vault %s", self.vault_id)

    def _verify(self, password: str) -> bytearray:
        """Return the unwrapped key for ``password``, keeping the failure count on disk."""
        state = self._reload()
        left = throttle.seconds_left(
            failed_attempts=state.failed_attempts,
            last_failed_at=state.last_failed_at,
            now=self._clock(),
        )
        if left > 0:
            raise UnlockThrottled(left)
        try:
            key = unwrap_database_key(
                state.password_wrap,
                password,
                vault_id=state.vault_id,
                format_version=VAULT_FORMAT_VERSION,
            )
        except WrongPassword:
            self._store(
                dataclasses.replace(
                    state,
                    failed_attempts=state.failed_attempts + 1,
                    last_failed_at=self._clock(),
                )
            )
            logger.warning(
                "Wrong password for vault %s (%d consecutive failures)",
                state.vault_id,
                self._state.failed_attempts,
            )
            raise
        if state.failed_attempts or state.last_failed_at is not None:
            try:
                self._store(dataclasses.replace(state, failed_attempts=0, last_failed_at=None))
            except BaseException:
                wipe(key)
                raise
        return key

    def _reload(self) -> VaultFile:
        """Re-read vault.json: another process (recover_vault) may have rewritten it."""
        state = read_vault_file(self.vault_path)
        if state.vault_id != self._state.vault_id:
            # Never act on (or overwrite) a file that was swapped for another vault's.
            raise VaultCorrupt(self.vault_path, "nøglefilen tilhører en anden installation")
        self._state = state
        return state

    def _store(self, state: VaultFile) -> None:
        write_vault_file(state, self.vault_path)
        self._state = state

    # -- process lock -------------------------------------------------------------------------

    def acquire_process_lock(self) -> None:
        """Claim the data directory for this process; raises VaultInUse if another has it.

        The lock guards the database, not the folder name: when trepart.db is a symlink into
        another folder, that folder's lock is taken too, so a second folder holding a copy of
        vault.json and a link to the first folder's database cannot open it at the same time.
        """
        self._process_lock.acquire()
        if self._database_lock is not None:
            return
        real_dir = self.database_path.resolve().parent
        if real_dir == self._data_dir.resolve():
            return
        lock = ProcessLock(real_dir / LOCK_FILE_NAME)
        try:
            lock.acquire()
        except BaseException:
            self._process_lock.release()
            raise
        self._database_lock = lock

    def release_process_lock(self) -> None:
        if self._database_lock is not None:
            lock, self._database_lock = self._database_lock, None
            lock.release()
        self._process_lock.release()

    @property
    def holds_process_lock(self) -> bool:
        return self._process_lock.held


def _refuse_existing(data_dir: Path) -> None:
    vault_path = data_dir / VAULT_FILE_NAME
    if vault_path.exists():
        raise VaultExists(vault_path)
    if (data_dir / DATABASE_FILE_NAME).exists():
        # A database without its vault.json is data whose key is lost or misplaced; a new vault
        # would make it unreadable for good, so leave it to IT to restore the old vault.json.
        raise VaultExists(vault_path, orphaned_database=True)


def recover_vault(
    data_dir: Path,
    *,
    private_key_pem: bytes,
    new_password: str,
    passphrase: str | None = None,
) -> None:
    """Set a new password using the organisation's private recovery key.

    ``passphrase`` opens ``private_key_pem`` if it is encrypted. Resets the failed-attempt
    counter. Raises NoRecoveryCopy, WrongRecoveryKey, RecoveryKeyInvalid, VaultInUse (another
    process has the vault open), VaultNotFound, VaultTooNew, VaultCorrupt.
    """
    if not new_password:
        raise EmptyPassword()
    data_dir = Path(data_dir)
    vault_path = data_dir / VAULT_FILE_NAME
    with exclusive(data_dir / LOCK_FILE_NAME):
        state = read_vault_file(vault_path)
        if state.recovery is None:
            raise NoRecoveryCopy(vault_path)
        key = unwrap_with_private_key(
            state.recovery,
            private_key_pem=private_key_pem,
            vault_id=state.vault_id,
            passphrase=passphrase,
        )
        try:
            new_state = dataclasses.replace(
                state,
                password_wrap=wrap_database_key(
                    key,
                    new_password,
                    vault_id=state.vault_id,
                    params=state.password_wrap.params,
                    format_version=VAULT_FORMAT_VERSION,
                ),
                failed_attempts=0,
                last_failed_at=None,
            )
            write_vault_file(new_state, vault_path)
        finally:
            wipe(key)
    logger.warning("Vault %s got a new password through the recovery key", state.vault_id)
