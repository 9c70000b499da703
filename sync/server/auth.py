"""Logging in (device registration) and recognising a device by its token."""

from __future__ import annotations

import logging

from fastapi.exceptions import RequestValidationError
from sqlalchemy import Connection, Engine, text

from sync.protocol import ids
from sync.protocol.vocabulary import Role
from sync.protocol.wire import LoginRequest, LoginResponse
from sync.server import errors as e
from sync.server import security, store
from sync.server.db import is_postgres, single_read, write_transaction
from sync.server.policy import Principal
from sync.server.push import now_ms, storable_text
from sync.server.settings import Settings

log = logging.getLogger("trepart.server.auth")

# last_seen is written at most this often per device, so a sync is not a write just for that.
TOUCH_INTERVAL_MS = 60_000


def _unauthorized() -> e.ApiError:
    return e.ApiError(401, "unauthorized", e.MSG_BAD_TOKEN, headers={"WWW-Authenticate": "Bearer"})


def authenticate(*, engine: Engine, token: str | None) -> Principal:
    if not token:
        raise _unauthorized()
    with single_read(engine) as conn:
        found = store.device_by_token(conn, token_hash=security.token_hash(token))
    if found is None:
        raise _unauthorized()
    device, user = found
    if device.revoked_at_ms is not None:
        message = e.MSG_REVOKED_WIPE if device.wipe else e.MSG_REVOKED
        raise e.ApiError(401, "device_revoked", message, wipe=device.wipe)
    if user.disabled:
        raise e.ApiError(403, "user_disabled", e.MSG_DISABLED)
    at = now_ms()
    if device.last_seen_ms is None or at - device.last_seen_ms > TOUCH_INTERVAL_MS:
        with write_transaction(engine) as conn:
            store.touch_device(conn, device_id=device.id, at_ms=at)
    return Principal(
        user_id=user.id, username=user.username, role=Role(user.role), team=user.team,
        device_id=device.id,
    )


# Login reservations are serialised on PostgreSQL by this transaction-level advisory lock
# (SQLite's BEGIN IMMEDIATE already serialises them): counting the failures and reserving an
# attempt must be one step, or parallel guesses all read the same count.
_LOGIN_LOCK = 0x7472_6570  # "trep"


def _rate_limited(settings: Settings, address: str) -> e.ApiError:
    log.warning("login rate limited", extra={"address": address})
    return e.ApiError(
        429, "rate_limited", e.MSG_RATE_LIMITED,
        headers={"Retry-After": str(settings.login_window_s)},
    )


def _reserve_attempt(
    engine: Engine, settings: Settings, *, username: str, address: str, at: int
) -> tuple[store.UserRow | None, list[int]]:
    """Count this attempt as failed before the slow password check, atomically with reading
    the count, so at most `limit` guesses are ever checked however many arrive at once.
    Returns the user and the ids of the reserved rows (removed again if the login succeeds)."""
    since = at - settings.login_window_s * 1000
    key = username.lower()
    with write_transaction(engine) as conn:
        _lock_attempts(conn)
        by_user = store.count_failures(conn, kind="user", key=key, since_ms=since)
        by_addr = store.count_failures(conn, kind="address", key=address, since_ms=since)
        if (
            by_user >= settings.login_max_failures_per_user
            or by_addr >= settings.login_max_failures_per_address
        ):
            raise _rate_limited(settings, address)
        store.prune_failures(conn, before_ms=since)
        reserved = store.add_failures(conn, keys=[("user", key), ("address", address)], at_ms=at)
        user = store.user_by_name(conn, username=username)
    return user, reserved


def _lock_attempts(conn: Connection) -> None:
    """Every transaction that writes login_attempts takes the login lock first (PostgreSQL; on
    SQLite the write transaction is already exclusive): two successful logins of one user each
    delete their own row and then the user's others, which deadlocked without it."""
    if is_postgres(conn):
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _LOGIN_LOCK})


def _check_password(settings: Settings, user: store.UserRow | None, password: str) -> bool:
    if user is None:
        security.dummy_verify(password, settings=settings)
        return False
    return security.verify_password(password, user.password_hash, settings=settings)


def _rehashed(settings: Settings, encoded: str, password: str) -> str | None:
    """Today's hash of a password whose stored hash has another cost, else None."""
    if not security.needs_rehash(encoded, settings=settings):
        return None
    try:
        with security.verification_slot(settings):
            return security.hash_password(password, settings=settings)
    except security.VerifierBusy:
        return None  # next login does it


def login(
    *, engine: Engine, settings: Settings, request: LoginRequest, address: str
) -> LoginResponse:
    for name in ("username", "password", "device_name"):
        if not storable_text(getattr(request, name)):
            # The same 422 shape as the model's own validation.
            raise RequestValidationError(
                [{"loc": ("body", name), "msg": e.MSG_BAD_TEXT, "type": "value_error"}]
            )
    at = now_ms()
    username = request.username.strip()
    user, reserved = _reserve_attempt(
        engine, settings, username=username, address=address, at=at
    )
    try:
        ok = _check_password(settings, user, request.password)
    except security.VerifierBusy:
        # Not the caller's failure: the reservation is given back.
        with write_transaction(engine) as conn:
            _lock_attempts(conn)
            store.remove_failures(conn, ids=reserved)
        log.warning("login verifier busy", extra={"address": address})
        raise e.ApiError(503, "busy", e.MSG_BUSY, headers={"Retry-After": "2"}) from None
    if not ok or user is None:
        # The reserved rows stay as this attempt's failures.
        with write_transaction(engine) as conn:
            store.add_audit(
                conn, at_ms=at, username=username if user else None, device_id=None,
                action="login_failed", detail=f"adresse {address}",
            )
        raise e.ApiError(401, "invalid_credentials", e.MSG_BAD_LOGIN)
    if user.disabled:
        with write_transaction(engine) as conn:
            _lock_attempts(conn)
            store.remove_failures(conn, ids=reserved)
        raise e.ApiError(403, "user_disabled", e.MSG_DISABLED)
    device_id = ids.uuid7()
    token = security.new_device_token()
    new_hash = _rehashed(settings, user.password_hash, request.password)
    with write_transaction(engine) as conn:
        _lock_attempts(conn)
        store.remove_failures(conn, ids=reserved)
        store.clear_failures(conn, kind="user", key=username.lower())
        if new_hash is not None:
            # A hash from older settings (or the earlier library) gets today's cost.
            store.set_password_hash(conn, user_id=user.id, password_hash=new_hash)
        store.create_device(
            conn, device_id=device_id, user_id=user.id, name=request.device_name,
            token_hash=security.token_hash(token), at_ms=at,
        )
        store.add_audit(
            conn, at_ms=at, username=user.username, device_id=device_id, action="login",
            detail=f"ny enhed fra adresse {address}",
        )
    log.info("device registered", extra={"user": user.username, "device": device_id})
    return LoginResponse(
        device_id=device_id, device_token=token, username=user.username, role=user.role,
        team=user.team, server_time_ms=now_ms(),
    )
