"""Password hashes (Argon2id, PHC string format) and device tokens (random, stored as SHA-256)."""

from __future__ import annotations

import hashlib
import os
import secrets

from cryptography.exceptions import InvalidKey
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from sync.server.settings import Settings

TOKEN_BYTES = 32


def hash_password(password: str, *, settings: Settings) -> str:
    kdf = Argon2id(
        salt=os.urandom(16),
        length=32,
        iterations=settings.argon2_iterations,
        lanes=settings.argon2_lanes,
        memory_cost=settings.argon2_memory_kib,
    )
    return kdf.derive_phc_encoded(password.encode("utf-8"))


def verify_password(password: str, encoded: str) -> bool:
    try:
        Argon2id.verify_phc_encoded(password.encode("utf-8"), encoded)
    except (InvalidKey, ValueError):
        return False
    return True


def dummy_verify(password: str, *, settings: Settings) -> None:
    """Spend the same time as a real check so a login cannot tell unknown users from known."""
    verify_password(password, _dummy_hash(settings))


_DUMMY: dict[tuple[int, int, int], str] = {}


def _dummy_hash(settings: Settings) -> str:
    key = (settings.argon2_memory_kib, settings.argon2_iterations, settings.argon2_lanes)
    if key not in _DUMMY:
        _DUMMY[key] = hash_password(secrets.token_urlsafe(16), settings=settings)
    return _DUMMY[key]


def new_device_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


def token_hash(token: str) -> str:
    # A plain SHA-256 is enough: the token has 256 random bits, so there is nothing to brute-force.
    return hashlib.sha256(token.encode("ascii", "replace")).hexdigest()
