"""Two server processes on one database, devices pushing to both at once: no device's pull ever
skips or repeats a change.

This is how IT runs Trepart for a whole municipality (several `trepart-server serve` processes or
hosts behind a reverse proxy, one PostgreSQL). Each process hands out change numbers (seqs) from
the same counter; a device may push to one process and pull from the other. The test starts two
real server processes (uvicorn, no test client) and lets four devices push and pull through both
in threads, then checks every device's stream of pulled changes:
- no seq twice, and seqs strictly increasing (nothing repeated);
- the latest state of every record seen through the incremental pulls equals what a fresh pull
  from cursor 0 returns, and every record any device wrote is there (nothing skipped).
Runs on PostgreSQL (production) and on one SQLite file (the trial server).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import create_engine

from sync.protocol.hlc import HybridClock
from sync.protocol.ids import uuid7
from sync.protocol.vocabulary import Role
from sync.server import admin
from tests.server.helpers import PASSWORD
from tests.serverdb import BACKENDS, fast_settings, migrated_database

ROUNDS = 16
TEAM = "nord"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _start(url: str, data_dir: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = _free_port()
    env = {
        **os.environ, "TREPART_SERVER_DATABASE_URL": url, "TREPART_SERVER_LOG_LEVEL": "WARNING",
        "TREPART_SERVER_AUTO_MIGRATE": "false",
    }
    log = (data_dir / f"server-{port}.log").open("wb")
    proc = subprocess.Popen(
        [sys.executable, "-m", "sync.server.cli", "serve", "--port", str(port),
         "--data-dir", str(data_dir)],
        env=env, stdout=log, stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError((data_dir / f"server-{port}.log").read_text())
        try:
            if httpx.get(f"{base}/v1/health", timeout=1).status_code == 200:
                return proc, base
        except httpx.HTTPError:
            time.sleep(0.1)
    proc.kill()
    raise AssertionError("server did not start")


@pytest.fixture(params=BACKENDS)
def two_servers(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[str, str]]:
    pg = request.getfixturevalue("postgres_url") if request.param == "postgres" else None
    with migrated_database(request.param, tmp_path, pg) as url:
        settings = fast_settings(url, tmp_path)
        engine = create_engine(url)
        for name, role in (("kim", Role.CONSULTANT), ("tina", Role.CONSULTANT),
                           ("lis", Role.TEAMLEAD), ("mo", Role.MENTOR)):
            admin.add_user(engine=engine, settings=settings, username=name, password=PASSWORD,
                           role=role, team=None if role is Role.MENTOR else TEAM)
        engine.dispose()
        procs = [_start(url, tmp_path) for _ in range(2)]
        try:
            yield procs[0][1], procs[1][1]
        finally:
            for proc, _ in procs:
                proc.terminate()
            for proc, _ in procs:
                try:
                    proc.wait(15)
                except subprocess.TimeoutExpired:
                    proc.kill()


class Laptop:
    """A device logged in once; its token works on both processes (one database)."""

    def __init__(self, servers: tuple[str, str], username: str) -> None:
        self.servers = servers
        self.http = httpx.Client(timeout=30)
        r = self.http.post(f"{servers[0]}/v1/login", json={
            "username": username, "password": PASSWORD, "device_name": f"{username}s bærbar",
        })
        assert r.status_code == 200, r.text
        self.headers = {"Authorization": f"Bearer {r.json()['device_token']}"}
        self.clock = HybridClock(f"dev-{username}")
        self.cursor = 0
        self.stream: list[dict[str, Any]] = []  # every change, in the order pulled
        self.latest: dict[tuple[str, str], dict[str, Any]] = {}

    def op(self, record_type: str, record_id: str, **values: Any) -> dict[str, Any]:
        stamp = str(self.clock.now())
        return {
            "op_id": uuid7(), "record_type": record_type, "record_id": record_id,
            "fields": {k: {"value": v, "hlc": stamp} for k, v in values.items()},
        }

    def push(self, server: int, *ops: dict[str, Any]) -> None:
        for _ in range(20):  # "busy" (503) is sent again later, as the app's sync does
            r = self.http.post(f"{self.servers[server]}/v1/push", json={"ops": list(ops)},
                               headers=self.headers)
            if r.status_code != 503:
                break
            time.sleep(0.05)
        assert r.status_code == 200, r.text
        bad = [x for x in r.json()["results"] if x["status"] != "applied"]
        assert not bad, bad

    def pull(self, server: int) -> None:
        while True:
            r = self.http.get(f"{self.servers[server]}/v1/pull", params={"cursor": self.cursor},
                              headers=self.headers)
            assert r.status_code == 200, r.text
            page = r.json()
            for ch in page["changes"]:
                self.stream.append(ch)
                self.latest[(ch["record_type"], ch["record_id"])] = ch
                for stamp in ch["clocks"].values():
                    self.clock.observe(stamp)
            assert page["cursor"] >= self.cursor
            self.cursor = page["cursor"]
            if not page["more"]:
                return

    def fresh(self, server: int) -> dict[tuple[str, str], dict[str, Any]]:
        out: dict[tuple[str, str], dict[str, Any]] = {}
        cursor = 0
        while True:
            r = self.http.get(f"{self.servers[server]}/v1/pull", params={"cursor": cursor},
                              headers=self.headers)
            page = r.json()
            for ch in page["changes"]:
                out[(ch["record_type"], ch["record_id"])] = ch
            cursor = page["cursor"]
            if not page["more"]:
                return out


def _work(laptop: Laptop, cases: list[str], shared_meeting: str, written: list[tuple[str, str]],
          errors: list[BaseException], index: int) -> None:
    try:
        for n in range(ROUNDS):
            meeting, item = uuid7(), uuid7()
            case = cases[(index + n) % len(cases)]
            ops = [
                laptop.op("meeting", meeting, case_id=case, kind="opfoelgning",
                          starts_at="2026-03-02T10:00:00+01:00", place=f"Sted {index}-{n}"),
                laptop.op("action_item", item, case_id=case, what=f"Opgave {index}-{n}",
                          owner="jobcenter"),
            ]
            if n % 4 == index % 4:
                # Now and then everyone writes the same field of the same record (contention on
                # one row); not always, or that row's lock would serialise every push.
                ops.append(laptop.op("meeting", shared_meeting, place=f"Fælles {index}-{n}"))
            laptop.push((index + n) % 2, *ops)
            written.extend([("meeting", meeting), ("action_item", item)])
            laptop.pull((index + n + 1) % 2)  # the other process
    except BaseException as exc:  # noqa: BLE001 - reported by the main thread
        errors.append(exc)


@pytest.mark.slow
def test_devices_on_two_server_processes_never_skip_or_repeat_a_change(
    two_servers: tuple[str, str],
) -> None:
    kim = Laptop(two_servers, "kim")
    citizen, cases, shared = uuid7(), [uuid7(), uuid7()], uuid7()
    kim.push(0, kim.op("citizen", citizen, name="Test Borger"))
    kim.push(1, *[
        kim.op("case", c, citizen_id=citizen, team=TEAM, consultant="kim", mentors=["mo"],
               scheme="virksomhedspraktik", status="aktiv") for c in cases
    ], kim.op("meeting", shared, case_id=cases[0], kind="opfoelgning",
              starts_at="2026-03-01T10:00:00+01:00", place="Start"))
    laptops = [kim, Laptop(two_servers, "tina"), Laptop(two_servers, "lis")]
    mentor = Laptop(two_servers, "mo")
    written: list[tuple[str, str]] = []
    errors: list[BaseException] = []
    threads = [
        threading.Thread(target=_work, args=(lap, cases, shared, written, errors, i))
        for i, lap in enumerate(laptops)
    ]
    stop = threading.Event()

    def mentor_pulls() -> None:
        n = 0
        while not stop.is_set():
            mentor.pull(n % 2)
            n += 1

    watcher = threading.Thread(target=mentor_pulls)
    for t in [*threads, watcher]:
        t.start()
    for t in threads:
        t.join(300)
    stop.set()
    watcher.join(60)
    assert not errors, errors
    assert len(written) == 2 * ROUNDS * len(laptops)

    for lap in [*laptops, mentor]:
        lap.pull(0)
        seqs = [ch["seq"] for ch in lap.stream]
        assert len(seqs) == len(set(seqs)), "a change was pulled twice"
        assert seqs == sorted(seqs), "changes came out of order"
        fresh = lap.fresh(1)
        assert {k: v["values"] for k, v in lap.latest.items()} == {
            k: v["values"] for k, v in fresh.items()
        }, "the incremental pulls missed a change a fresh pull has"
        assert set(written) <= set(fresh), "a written record never reached this device"
    # The shared meeting ended with one value, the same on every device.
    places = {lap.latest[("meeting", shared)]["values"]["place"] for lap in [*laptops, mentor]}
    assert len(places) == 1
