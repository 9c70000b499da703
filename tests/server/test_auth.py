"""Login, device tokens, revocation with wipe, disabled users, login rate limits."""

from __future__ import annotations

from fastapi.testclient import TestClient
from httpx import Response
from sqlalchemy import Engine, select

from sync.protocol.vocabulary import Role
from sync.server import admin
from sync.server import models as m
from sync.server.security import token_hash
from tests.server.helpers import PASSWORD, World


def _login(client: TestClient, username: str, password: str = PASSWORD, **kw: str) -> Response:
    return client.post(
        "/v1/login",
        json={"username": username, "password": password, "device_name": "laptop"},
        **kw,
    )


def test_login_registers_device_and_stores_only_token_hash(world: World, engine: Engine) -> None:
    world.user("kim", Role.CONSULTANT, "nord")
    r = _login(world.client, "kim")
    assert r.status_code == 200
    body = r.json()
    assert body["username"] == "kim" and body["role"] == "consultant" and body["team"] == "nord"
    token = body["device_token"]
    assert len(token) >= 43
    with engine.connect() as conn:
        stored = conn.execute(select(m.devices.c.token_hash)).scalars().all()
        hashes = conn.execute(select(m.users.c.password_hash)).scalars().all()
    assert stored == [token_hash(token)]
    assert hashes[0].startswith("$argon2id$") and PASSWORD not in hashes[0]
    me = world.client.get("/v1/me", headers={"Authorization": f"Bearer {token}"})
    assert me.status_code == 200
    assert me.json()["device_id"] == body["device_id"]
    # Two logins: two devices, two tokens.
    assert _login(world.client, "kim").json()["device_token"] != token


def test_wrong_password_and_unknown_user_look_the_same(world: World) -> None:
    world.user("kim", Role.CONSULTANT, "nord")
    wrong = _login(world.client, "kim", "forkert")
    unknown = _login(world.client, "ukendt", "forkert")
    assert wrong.status_code == unknown.status_code == 401
    strip = lambda r: {k: v for k, v in r.json().items() if k != "server_time_ms"}  # noqa: E731
    assert strip(wrong) == strip(unknown)
    assert wrong.json()["code"] == "invalid_credentials"


def test_sync_needs_a_valid_token(world: World) -> None:
    for headers in ({}, {"Authorization": "Bearer forkert"}, {"Authorization": "Basic eDp5"}):
        r = world.client.get("/v1/pull", headers=headers)
        assert r.status_code == 401, headers
        assert r.json()["code"] == "unauthorized"
        r = world.client.post("/v1/push", json={"ops": []}, headers=headers)
        assert r.status_code == 401


def test_revoked_device_gets_401_with_wipe_instruction(world: World) -> None:
    kim = world.device("kim", Role.CONSULTANT, "nord")
    other = world.login("kim", device_name="anden")
    admin.revoke_device(engine=world.engine, device_id=kim.device_id, wipe=False)
    r = world.client.get("/v1/pull", headers=kim.headers)
    assert r.status_code == 401
    assert r.json()["code"] == "device_revoked" and r.json()["wipe"] is False
    admin.revoke_device(engine=world.engine, device_id=kim.device_id, wipe=True)
    r = world.client.post("/v1/push", json={"ops": []}, headers=kim.headers)
    assert r.status_code == 401
    assert r.json()["code"] == "device_revoked" and r.json()["wipe"] is True
    assert "slettes" in r.json()["message"]
    # The user's other device goes on syncing.
    assert world.client.get("/v1/pull", headers=other.headers).status_code == 200


def test_disabled_user_stops_syncing_and_cannot_log_in(world: World) -> None:
    kim = world.device("kim", Role.CONSULTANT, "nord")
    admin.set_user_disabled(engine=world.engine, username="kim", disabled=True)
    r = world.client.get("/v1/pull", headers=kim.headers)
    assert r.status_code == 403 and r.json()["code"] == "user_disabled"
    r = _login(world.client, "kim")
    assert r.status_code == 403 and r.json()["code"] == "user_disabled"
    admin.set_user_disabled(engine=world.engine, username="kim", disabled=False)
    assert world.client.get("/v1/pull", headers=kim.headers).status_code == 200


def test_login_rate_limited_per_user(world: World) -> None:
    world.user("kim", Role.CONSULTANT, "nord")
    limit = world.settings.login_max_failures_per_user
    for _ in range(limit):
        assert _login(world.client, "kim", "forkert").status_code == 401
    r = _login(world.client, "kim")  # even the right password waits now
    assert r.status_code == 429
    assert r.json()["code"] == "rate_limited" and "Retry-After" in r.headers
    # Another user from the same address is not locked out by kim's failures.
    world.user("tina", Role.TEAMLEAD, "nord")
    assert _login(world.client, "tina").status_code == 200


def test_login_rate_limited_per_address(world: World) -> None:
    world.user("kim", Role.CONSULTANT, "nord")
    limit = world.settings.login_max_failures_per_address
    for i in range(limit):
        assert _login(world.client, f"gæt{i}", "forkert").status_code == 401
    assert _login(world.client, "kim").status_code == 429


def test_successful_login_clears_the_users_failures(world: World) -> None:
    world.user("kim", Role.CONSULTANT, "nord")
    limit = world.settings.login_max_failures_per_user
    for _ in range(limit - 1):
        _login(world.client, "kim", "forkert")
    assert _login(world.client, "kim").status_code == 200
    assert _login(world.client, "kim", "forkert").status_code == 401
    assert _login(world.client, "kim").status_code == 200
