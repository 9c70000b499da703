"""Password hashes (Argon2id, PHC string format) and device tokens (random, stored as SHA-256).

Passwords are hashed and checked with argon2-cffi's PasswordHasher, the reference Argon2
implementation made for servers. The server first used `cryptography`'s Argon2id, whose build on
OpenSSL 4 (cryptography 50.0) deadlocks when two threads run it at once with lanes > 1: two
simultaneous logins then hung for ever and every later login failed. Both libraries write the
same standard PHC string (`$argon2id$v=19$m=…,t=…,p=…$salt$hash`), so hashes stored before the
change still verify here, and a successful login rewrites a hash whose cost differs from the
settings (`needs_rehash`).

Every check costs `argon2_memory_kib` of memory, so at most `verify_slots` checks run at once
(one per CPU by default); a login that cannot get a slot within `verify_wait_s` is answered
"busy" instead of queueing without end, so a flood of logins cannot exhaust the server's memory.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from sync.server.settings import Settings

TOKEN_BYTES = 32


class VerifierBusy(Exception):
    """No verification slot came free in time."""


@lru_cache(maxsize=8)
def _hasher(memory_kib: int, iterations: int, lanes: int) -> PasswordHasher:
    return PasswordHasher(
        time_cost=iterations, memory_cost=memory_kib, parallelism=lanes, hash_len=32,
        salt_len=16,
    )


def hasher(settings: Settings) -> PasswordHasher:
    return _hasher(settings.argon2_memory_kib, settings.argon2_iterations, settings.argon2_lanes)


_slots_lock = threading.Lock()
_slots: dict[int, threading.BoundedSemaphore] = {}


def verify_slots(settings: Settings) -> int:
    return settings.argon2_max_concurrent or max(1, os.cpu_count() or 1)


def _semaphore(settings: Settings) -> threading.BoundedSemaphore:
    size = verify_slots(settings)
    with _slots_lock:
        if size not in _slots:
            _slots[size] = threading.BoundedSemaphore(size)
        return _slots[size]


@contextmanager
def verification_slot(settings: Settings) -> Iterator[None]:
    semaphore = _semaphore(settings)
    if not semaphore.acquire(timeout=settings.argon2_wait_s):
        raise VerifierBusy
    try:
        yield
    finally:
        semaphore.release()


def hash_password(password: str, *, settings: Settings) -> str:
    return hasher(settings).hash(password)


def verify_password(password: str, encoded: str, *, settings: Settings) -> bool:
    """Does `password` match `encoded`? Runs inside a verification slot (see module doc)."""
    with verification_slot(settings):
        try:
            return hasher(settings).verify(encoded, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError, ValueError):
            return False


def needs_rehash(encoded: str, *, settings: Settings) -> bool:
    try:
        return hasher(settings).check_needs_rehash(encoded)
    except (InvalidHashError, ValueError):
        return True


def dummy_verify(password: str, *, settings: Settings) -> None:
    """Spend the same time as a real check so a login cannot tell unknown users from known."""
    verify_password(password, _dummy_hash(settings), settings=settings)


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
