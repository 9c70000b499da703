"""Logins at the same moment: no deadlock, a bounded number of checks, old hashes upgraded."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor, wait
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from fastapi.testclient import TestClient
from sqlalchemy import Engine, select, update

from sync.protocol.vocabulary import Role
from sync.server import models as m
from sync.server.main import create_app
from sync.server.settings import Settings
from tests.server.helpers import PASSWORD, World
from tests.serverdb import fast_settings

# Seconds a login may take here before the server counts as hung.
ANSWER_WITHIN_S = 30


def _settings(db_url: str, tmp_path: Path, **kw: object) -> Settings:
    base = fast_settings(db_url, tmp_path).model_dump()
    # Four lanes, as in production: the cost that made two simultaneous checks deadlock.
    base.update({"argon2_lanes": 4, "argon2_memory_kib": 64, **kw})
    return Settings(**base)


@pytest.fixture
def lane_world(db_url: str, tmp_path: Path, engine: Engine) -> Iterator[World]:
    settings = _settings(db_url, tmp_path)
    with TestClient(create_app(settings, engine=engine)) as client:
        yield World(client=client, settings=settings, engine=engine)


def _login(client: TestClient, username: str, password: str) -> int:
    r = client.post(
        "/v1/login", json={"username": username, "password": password, "device_name": "pc"}
    )
    return r.status_code


def _parallel(calls: list[Callable[[], int]]) -> list[int]:
    # Daemon-free pool, but never joined past the deadline: a hung server fails the test.
    pool = ThreadPoolExecutor(max_workers=len(calls))
    futures = [pool.submit(call) for call in calls]
    done, not_done = wait(futures, timeout=ANSWER_WITHIN_S)
    pool.shutdown(wait=False, cancel_futures=True)
    assert not not_done, f"{len(not_done)} of {len(calls)} logins never answered"
    return [f.result() for f in futures]


def test_eight_simultaneous_logins_all_answer_and_login_works_after(lane_world: World) -> None:
    lane_world.user("kim", Role.CONSULTANT, "nord")
    client = lane_world.client
    calls: list[Callable[[], int]] = []
    for i in range(8):
        if i % 3 == 0:
            calls.append(lambda: _login(client, "kim", PASSWORD))
        elif i % 3 == 1:
            calls.append(lambda: _login(client, "kim", "forkert"))
        else:
            calls.append(lambda: _login(client, "ukendt", "forkert"))
    statuses = _parallel(calls)
    assert Counter(statuses) == Counter({200: 3, 401: 5}), statuses
    assert _login(client, "kim", PASSWORD) == 200
    assert _login(client, "kim", "forkert") == 401


@pytest.fixture
def slow_world(db_url: str, tmp_path: Path, engine: Engine) -> Iterator[World]:
    # A check costly enough (a few milliseconds) that parallel guesses overlap it.
    settings = _settings(
        db_url, tmp_path, argon2_lanes=1, argon2_memory_kib=8 * 1024, argon2_iterations=1,
        worker_threads=16,
    )
    with TestClient(create_app(settings, engine=engine)) as client:
        yield World(client=client, settings=settings, engine=engine)


def test_parallel_wrong_passwords_check_at_most_the_limit(slow_world: World) -> None:
    slow_world.user("kim", Role.CONSULTANT, "nord")
    client = slow_world.client
    limit = slow_world.settings.login_max_failures_per_user
    statuses = _parallel([lambda: _login(client, "kim", "forkert") for _ in range(40)])
    counts = Counter(statuses)
    assert set(counts) <= {401, 429}, counts
    # Every 401 is one password actually checked.
    assert 1 <= counts[401] <= limit, counts
    assert counts[429] == 40 - counts[401]
    # The right password waits too, until the window has passed.
    assert _login(client, "kim", PASSWORD) == 429


def test_hash_from_the_earlier_library_verifies_and_is_upgraded(
    world: World, engine: Engine
) -> None:
    world.user("kim", Role.CONSULTANT, "nord")
    # What the server stored before: cryptography's Argon2id, with another cost.
    old = Argon2id(
        salt=os.urandom(16), length=32, iterations=2, lanes=2, memory_cost=64
    ).derive_phc_encoded(PASSWORD.encode())
    with engine.begin() as conn:
        conn.execute(update(m.users).values(password_hash=old))
    assert _login(world.client, "kim", "forkert") == 401
    assert _stored_hash(engine) == old  # a wrong password changes nothing
    assert _login(world.client, "kim", PASSWORD) == 200
    upgraded = _stored_hash(engine)
    s = world.settings
    assert upgraded != old
    assert upgraded.startswith(
        f"$argon2id$v=19$m={s.argon2_memory_kib},t={s.argon2_iterations},p={s.argon2_lanes}$"
    )
    assert _login(world.client, "kim", PASSWORD) == 200
    assert _stored_hash(engine) == upgraded  # already current: not rewritten again


def _stored_hash(engine: Engine) -> str:
    with engine.connect() as conn:
        return str(conn.execute(select(m.users.c.password_hash)).scalar_one())
