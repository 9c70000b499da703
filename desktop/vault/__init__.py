"""Key hierarchy: password -> Argon2id -> key-encryption key -> wrapped database key.

A random 256-bit key opens the SQLCipher database. It is stored only wrapped: under a key
derived from the user's password (AES-256-GCM), and optionally for the organisation's RSA
recovery key. See ``vault.json`` in the data directory; no Qt and no SQLAlchemy here.
"""

from desktop.vault.errors import (
    EmptyPassword,
    NoRecoveryCopy,
    RecoveryKeyInvalid,
    UnlockThrottled,
    VaultCorrupt,
    VaultError,
    VaultExists,
    VaultInUse,
    VaultLocked,
    VaultNotFound,
    VaultTooNew,
    WrongPassword,
    WrongRecoveryKey,
)
from desktop.vault.kdf import KdfParams, benchmark_kdf
from desktop.vault.recovery import generate_recovery_keypair
from desktop.vault.vault import DATABASE_FILE_NAME, Vault, recover_vault
from desktop.vault.vaultfile import VAULT_FILE_NAME, VAULT_FORMAT_VERSION

__all__ = [
    "DATABASE_FILE_NAME",
    "VAULT_FILE_NAME",
    "VAULT_FORMAT_VERSION",
    "EmptyPassword",
    "KdfParams",
    "NoRecoveryCopy",
    "RecoveryKeyInvalid",
    "UnlockThrottled",
    "Vault",
    "VaultCorrupt",
    "VaultError",
    "VaultExists",
    "VaultInUse",
    "VaultLocked",
    "VaultNotFound",
    "VaultTooNew",
    "WrongPassword",
    "WrongRecoveryKey",
    "benchmark_kdf",
    "generate_recovery_keypair",
    "recover_vault",
]
