"""Limits and malformed input: always a 4xx with a reason, never a 500."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine

from sync.protocol.ids import uuid7
from sync.protocol.vocabulary import Role
from sync.protocol.wire import MAX_BATCH
from sync.server.main import create_app
from sync.server.settings import Settings
from tests.server.helpers import World


def test_body_too_large_is_413(world: World) -> None:
    kim = world.device("kim", Role.CONSULTANT, "nord")
    big = b'{"ops": [' + b" " * (world.settings.max_body_bytes + 1) + b"]}"
    r = world.client.post("/v1/push", content=big,
                          headers={**kim.headers, "Content-Type": "application/json"})
    assert r.status_code == 413 and r.json()["code"] == "too_large"

    def chunks():  # no Content-Length: the limit still holds
        yield b'{"ops": ['
        for _ in range(world.settings.max_body_bytes // 65536 + 2):
            yield b" " * 65536
        yield b"]}"

    r = world.client.post("/v1/push", content=chunks(),
                          headers={**kim.headers, "Content-Type": "application/json"})
    assert r.status_code == 413


def test_oversize_batch_is_422(world: World) -> None:
    kim = world.device("kim", Role.CONSULTANT, "nord")
    ops = [kim.op("citizen", name="x") for _ in range(MAX_BATCH + 1)]
    r = kim.push_raw(ops)
    assert r.status_code == 422


def test_configured_batch_limit(settings: Settings, engine: Engine) -> None:
    small = settings.model_copy(update={"max_batch": 3})
    with TestClient(create_app(small, engine=engine)) as client:
        world = World(client=client, settings=small, engine=engine)
        kim = world.device("kim", Role.CONSULTANT, "nord")
        r = kim.push_raw([kim.op("citizen", name="x") for _ in range(4)])
        assert r.status_code == 422
        assert "højst 3" in r.json()["detail"][0]["msg"]


@pytest.mark.parametrize("query", ["cursor=-1", "cursor=abc", "limit=0", "limit=100000",
                                   "cursor=99999999999999999999999"])
def test_bad_cursor_or_limit_is_422(world: World, query: str) -> None:
    kim = world.device("kim", Role.CONSULTANT, "nord")
    r = world.client.get(f"/v1/pull?{query}", headers=kim.headers)
    assert r.status_code == 422, r.text
    assert r.json()["detail"]


@pytest.mark.parametrize("body", [
    b"garbage", b"", b"[]", b'{"ops": "x"}', b'{"ops": [{}]}', b'{"ops": [], "extra": 1}',
    b'{"ops": [{"op_id": "' + b"a" * 36 + b'", "record_type": "meeting", "record_id": "'
    + b"b" * 36 + b'", "fields": {"x": {"value": 1, "hlc": "short"}}}]}',
    "{\"ops\": [\"\udcff\"]}".encode("utf-8", "surrogatepass"),
    b'{"ops": [' * 5000,
])
def test_malformed_push_is_4xx(world: World, body: bytes) -> None:
    kim = world.device("kim", Role.CONSULTANT, "nord")
    r = world.client.post("/v1/push", content=body,
                          headers={**kim.headers, "Content-Type": "application/json"})
    assert 400 <= r.status_code < 500, (r.status_code, r.text)


def test_malformed_login_is_4xx(world: World) -> None:
    for body in (b"{}", b"garbage", json.dumps({"username": "", "password": "x",
                                                  "device_name": "y"}).encode()):
        r = world.client.post("/v1/login", content=body,
                              headers={"Content-Type": "application/json"})
        assert r.status_code == 422


def test_unknown_path_and_method(world: World) -> None:
    r = world.client.get("/v1/nothing")
    assert r.status_code == 404 and r.json()["code"] == "not_found"
    r = world.client.delete("/v1/push")
    assert r.status_code == 405


def test_unexpected_error_is_a_clean_500(settings: Settings, engine: Engine) -> None:
    app = create_app(settings, engine=engine)

    @app.get("/v1/boom")
    def boom() -> None:
        raise RuntimeError("CPR 010203-1234 must never reach the client")

    with TestClient(app, raise_server_exceptions=False) as client:
        r = client.get("/v1/boom")
    assert r.status_code == 500
    assert r.json()["code"] == "internal"
    assert "010203" not in r.text


def test_push_of_many_unknown_ids_never_500s(world: World) -> None:
    kim = world.device("kim", Role.CONSULTANT, "nord")
    ops = [kim.op("meeting", uuid7(), place="x") for _ in range(MAX_BATCH)]
    results = kim.push(*ops)
    assert {r["code"] for r in results} == {"out_of_scope"}


def test_health(world: World) -> None:
    r = world.client.get("/v1/health")
    assert r.status_code == 200 and r.json()["database"] == "ok"
    assert world.client.get("/openapi.json").json()["info"]["title"] == "Trepart sync"


def test_unstorable_text_is_refused_not_500(world: World) -> None:
    kim = world.device("kim", Role.CONSULTANT, "nord")
    citizen = uuid7()
    kim.push_ok(kim.op("citizen", citizen, name="Anna"))
    bad_ops = [
        kim.op("citizen", citizen, phone="12\x0034"),
        kim.op("citizen", citizen, phone="\udcff"),
        kim.op("company", name="x", contacts=[{"n\x00": 1}]),
        kim.op("meeting\x00", name="x"),
    ]
    body = json.dumps({"ops": bad_ops})  # escapes NUL and the lone surrogate as \\u sequences
    r = world.client.post("/v1/push", content=body.encode(),
                          headers={**kim.headers, "Content-Type": "application/json"})
    assert r.status_code == 200, r.text
    assert {res["code"] for res in r.json()["results"]} == {"invalid"}
    op = kim.op("meeting", planned_hours=1.5)
    nan = json.dumps({"ops": [op]}).replace("1.5", "NaN")
    r = world.client.post("/v1/push", content=nan.encode(),
                          headers={**kim.headers, "Content-Type": "application/json"})
    assert r.status_code in (200, 422)
    if r.status_code == 200:
        assert r.json()["results"][0]["status"] == "refused"
    login = json.dumps({"username": "k\x00", "password": "x", "device_name": "y"})
    r = world.client.post("/v1/login", content=login.encode(),
                          headers={"Content-Type": "application/json"})
    assert r.status_code == 422
