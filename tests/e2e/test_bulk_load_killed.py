"""Issue 16: an initial sync (bulk load) killed at random points, several times, by SIGKILL of
a real `trepart sync` process, ends after restarting in the state of an uninterrupted sync,
with a complete, intact search index. Real HTTP (uvicorn), SQLite and PostgreSQL servers."""

from __future__ import annotations

import asyncio
import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn

from desktop.services import demo
from desktop.services import session as sessions
from desktop.services import sync as sync_service
from sync.protocol.vocabulary import Role
from sync.server import admin
from sync.server.main import create_app
from tests.bulk_state import end_state, index_intact
from tests.e2e.conftest import FAST_KDF, SERVER_PASSWORD, VAULT_PASSWORD, empty_server_engine
from tests.e2e.test_sync_http import _free_port

PAGE = 8  # the server's largest page here: an initial sync of many pages
KILLS = 4
PULL_DELAY_S = 0.15


class PullCounter:
    """ASGI middleware counting pull requests the server has answered, each after a delay."""

    def __init__(self, app) -> None:
        self.app = app
        self.pulls = 0
        self.changed = threading.Condition()

    async def __call__(self, scope, receive, send):
        pull = scope["type"] == "http" and scope["path"] == "/v1/pull"
        if pull:
            # A page takes a while, as over a real network: a kill a moment after a page's
            # answer lands within the next page or two, not after the whole load.
            await asyncio.sleep(PULL_DELAY_S)
        await self.app(scope, receive, send)
        if pull:
            with self.changed:
                self.pulls += 1
                self.changed.notify_all()

    def wait_for(self, n: int, timeout: float) -> bool:
        with self.changed:
            return self.changed.wait_for(lambda: self.pulls >= n, timeout)


@pytest.fixture
def http_server(server_db: str, tmp_path: Path) -> Iterator[tuple[str, PullCounter]]:
    engine, settings = empty_server_engine(server_db, tmp_path)
    settings = settings.model_copy(update={"max_page": PAGE, "default_page": PAGE})
    for name in ("seeder", "fresh", "reference"):
        admin.add_user(engine=engine, settings=settings, username=name, password=SERVER_PASSWORD,
                       role=Role.CONSULTANT, team=demo.TEAM)
    counter = PullCounter(create_app(settings, engine=engine))
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(counter, host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.time() + 10
    while not server.started and time.time() < deadline:
        time.sleep(0.02)
    assert server.started
    try:
        yield f"http://127.0.0.1:{port}", counter
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        engine.dispose()


def _vault(tmp_path: Path, name: str, url: str) -> sessions.Session:
    session = sessions.create_vault(tmp_path / name, VAULT_PASSWORD, username=name,
                                    role="consultant", team=demo.TEAM, kdf=FAST_KDF)
    sync_service.log_in(session.store, server_url=url, username=name, password=SERVER_PASSWORD)
    return session


def _sync_process(data_dir: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "TREPART_PASSWORD": VAULT_PASSWORD}
    return subprocess.Popen(
        [sys.executable, "-m", "desktop", "sync", "--data-dir", str(data_dir)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )


def test_initial_sync_killed_at_random_points_resumes_to_the_same_state(http_server, tmp_path):
    url, counter = http_server
    seeder = _vault(tmp_path, "seeder", url)
    demo.generate(seeder.store, cases=12, meetings_per_case=6)
    sync_service.run(seeder)
    seeder.close()

    reference = _vault(tmp_path, "reference", url)
    before = counter.pulls
    sync_service.run(reference)
    pages = counter.pulls - before
    assert pages >= 3 * KILLS, pages  # enough pages to be killed in the middle of

    fresh = _vault(tmp_path, "fresh", url)
    data_dir = fresh.data_dir
    fresh.close()
    seed = random.randrange(1 << 30)
    rng = random.Random(seed)
    killed_loading = 0
    for _ in range(KILLS):
        start = counter.pulls
        proc = _sync_process(data_dir)
        try:
            # Killed a random moment after its first or second page's answer: mid-apply or
            # between pages; each run resumes where the last one's cursor got to.
            target = start + rng.randint(1, 2)
            deadline = time.time() + 60
            while not counter.wait_for(target, 0.05) and proc.poll() is None:
                assert time.time() < deadline, f"the sync process never pulled (seed {seed})"
            time.sleep(rng.uniform(0, 0.05))
        finally:
            proc.send_signal(signal.SIGKILL)
            proc.wait(10)
        if proc.returncode == 0:
            break  # it finished the load before the kill came
        session = sessions.open_session(data_dir, VAULT_PASSWORD)
        killed_loading += session.store.search_index_building()
        session.close()
    assert killed_loading >= 2, f"fewer than two kills landed during the load (seed {seed})"

    proc = _sync_process(data_dir)
    _out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err.decode()[-2000:]

    session = sessions.open_session(data_dir, VAULT_PASSWORD)
    try:
        assert not session.store.search_index_building()
        assert index_intact(session.store)
        got, want = end_state(session.store), end_state(reference.store)
        got.pop("hlc_seen"), want.pop("hlc_seen")
        # Each device logs (and pushes) its own unlocks and syncs, which moves the server's
        # cursor on: what came from the seeder must match, and the fresh device is caught up.
        for state in (got, want):
            state["audit_entry"] = [
                r for r in state["audit_entry"] if "fresh" not in r and "reference" not in r
            ]
        assert got.pop("cursor") >= want.pop("cursor")
        assert want["meeting"] and want["index"] and want["search"]["truck"]
        for key in want:
            assert got[key] == want[key], f"{key} (seed {seed})"
    finally:
        session.close()
        reference.close()
