"""Wrapping the database key under a password-derived key (AES-256-GCM)."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desktop.vault.errors import WrongPassword
from desktop.vault.kdf import KDF_ALGORITHM, KEY_LENGTH, KdfParams, derive_kek, new_salt, wipe

NONCE_LENGTH = 12
WRAPPED_KEY_LENGTH = KEY_LENGTH + 16  # GCM appends a 16-byte tag


@dataclass(frozen=True, slots=True)
class PasswordWrap:
    """The database key encrypted under a key derived from the user's password."""

    salt: bytes
    params: KdfParams
    nonce: bytes
    ciphertext: bytes


def associated_data(*, format_version: int, vault_id: str, salt: bytes, params: KdfParams) -> bytes:
    """Bind the ciphertext to its context so that editing any of it in vault.json is detected.

    Lowering the KDF cost or grafting the wrap onto another vault id then fails to unwrap
    instead of silently working. Canonical JSON keeps the encoding unambiguous.
    """
    context = {
        "purpose": "trepart-vault-password-wrap",
        "format_version": format_version,
        "vault_id": vault_id,
        "kdf": {
            "algorithm": KDF_ALGORITHM,
            "salt": salt.hex(),
            "memory_kib": params.memory_kib,
            "iterations": params.iterations,
            "lanes": params.lanes,
        },
    }
    return json.dumps(context, sort_keys=True, separators=(",", ":")).encode("ascii")


def wrap_database_key(
    key: bytes | bytearray,
    password: str,
    *,
    vault_id: str,
    params: KdfParams,
    format_version: int,
) -> PasswordWrap:
    """Encrypt ``key`` under ``password`` with a fresh salt (and so a fresh KEK)."""
    if len(key) != KEY_LENGTH:
        raise ValueError(f"database key must be {KEY_LENGTH} bytes")
    salt = new_salt()
    # A fresh salt gives a fresh KEK, so the random nonce can never repeat under one key.
    nonce = os.urandom(NONCE_LENGTH)
    kek = derive_kek(password, salt=salt, params=params)
    try:
        ciphertext = AESGCM(kek).encrypt(
            nonce,
            bytes(key),
            associated_data(
                format_version=format_version, vault_id=vault_id, salt=salt, params=params
            ),
        )
    finally:
        wipe(kek)
    return PasswordWrap(salt=salt, params=params, nonce=nonce, ciphertext=ciphertext)


def unwrap_database_key(
    wrap: PasswordWrap, password: str, *, vault_id: str, format_version: int
) -> bytearray:
    """Return the database key, or raise WrongPassword.

    GCM cannot tell a wrong password from a tampered ciphertext or context; both mean "this
    password does not open this file", which is what the user needs to hear.
    """
    kek = derive_kek(password, salt=wrap.salt, params=wrap.params)
    key = bytearray(KEY_LENGTH)
    try:
        AESGCM(kek).decrypt_into(
            wrap.nonce,
            wrap.ciphertext,
            associated_data(
                format_version=format_version,
                vault_id=vault_id,
                salt=wrap.salt,
                params=wrap.params,
            ),
            key,
        )
    except InvalidTag:
        wipe(key)
        raise WrongPassword() from None
    finally:
        wipe(kek)
    return key
