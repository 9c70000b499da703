"""Password -> key-encryption key with Argon2id."""

from __future__ import annotations

import os
import time
import unicodedata
from dataclasses import dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

KDF_ALGORITHM = "argon2id"
KEY_LENGTH = 32
SALT_LENGTH = 16

# Upper bounds exist so that a damaged or hostile vault.json cannot make unlock allocate
# gigabytes or spin for hours; they are far above anything the bench will ever choose.
MAX_MEMORY_KIB = 4 * 1024 * 1024
MAX_ITERATIONS = 64
MAX_LANES = 64


@dataclass(frozen=True, slots=True)
class KdfParams:
    """Argon2id cost parameters, stored beside the wrapped key so they can be retuned later.

    Small values (``memory_kib=8, iterations=1, lanes=1``) are allowed on purpose: tests use them
    for speed. Argon2 itself requires at least 8 KiB per lane.
    """

    memory_kib: int = 65536
    iterations: int = 3
    lanes: int = 4

    def __post_init__(self) -> None:
        for name in ("memory_kib", "iterations", "lanes"):
            value = getattr(self, name)
            # bool is an int subclass; True as a cost parameter is always a mistake.
            if not isinstance(value, int) or isinstance(value, bool):
                raise ValueError(f"{name} must be an int, got {type(value).__name__}")
        if not 1 <= self.lanes <= MAX_LANES:
            raise ValueError(f"lanes must be between 1 and {MAX_LANES}")
        if not 1 <= self.iterations <= MAX_ITERATIONS:
            raise ValueError(f"iterations must be between 1 and {MAX_ITERATIONS}")
        if not 8 * self.lanes <= self.memory_kib <= MAX_MEMORY_KIB:
            raise ValueError(f"memory_kib must be between 8 * lanes and {MAX_MEMORY_KIB}")


def password_bytes(password: str) -> bytes:
    """Encode a password the same way on every platform.

    NFC because "å" typed as one code point on one keyboard and as "a" + combining ring on
    another must open the same vault.
    """
    return unicodedata.normalize("NFC", password).encode("utf-8")


def new_salt() -> bytes:
    return os.urandom(SALT_LENGTH)


def derive_kek(password: str, *, salt: bytes, params: KdfParams) -> bytearray:
    """Derive the key-encryption key into a bytearray the caller can overwrite after use."""
    kek = bytearray(KEY_LENGTH)
    Argon2id(
        salt=salt,
        length=KEY_LENGTH,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    ).derive_into(password_bytes(password), kek)
    return kek


def wipe(buffer: bytearray) -> None:
    """Overwrite key material we own; immutable copies made by libraries are out of our reach."""
    buffer[:] = bytes(len(buffer))


def benchmark_kdf(params: KdfParams, *, repeat: int = 1) -> float:
    """Seconds one key derivation takes with ``params`` (best of ``repeat``), for tuning."""
    if repeat < 1:
        raise ValueError("repeat must be at least 1")
    salt = new_salt()
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        wipe(derive_kek("benchmark", salt=salt, params=params))
        best = min(best, time.perf_counter() - started)
    return best
