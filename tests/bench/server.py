"""Server throughput on PostgreSQL: simulated devices pushing batches of 20 operations and pulling.

`trepart-server serve` runs 2 workers on loopback; the devices are asyncio tasks with httpx, on
the same 2-core machine. Two phases per device count:
- saturation: every device pushes and pulls back to back; gives applied operations/s, compared
  with the same rows inserted with plain psycopg, 20 per transaction, in the same run;
- paced: every device syncs (push 20 + pull) once per SYNC_INTERVAL_S, at a random offset, as
  laptops syncing in the background do; gives the push latency (p95) devices would see.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import random
import secrets
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from typing import Any

import httpx
import psycopg
import pydantic_core
from sqlalchemy import create_engine
from sqlalchemy.engine import make_url

from sync.protocol.hlc import HybridClock
from sync.protocol.ids import uuid7
from sync.protocol.vocabulary import Role
from sync.server import admin, migrate
from sync.server.settings import Settings
from tests.bench.common import BenchRow, percentile

log = logging.getLogger("trepart.bench.server")

POSTGRES_URL = os.environ.get(
    "TREPART_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
BATCH = 20
PASSWORD = "bench-adgangskode"
TEAM_SIZE = 10  # devices per team: each pull brings the team's changes
# size -> [(devices, saturated rounds per device, paced rounds per device)]
PLANS: dict[str, list[tuple[int, int, int]]] = {
    "smoke": [(5, 3, 2)],
    "full": [(50, 10, 4), (200, 4, 4)],
}
SYNC_INTERVAL_S = 5.0
_JSON = {"Content-Type": "application/json"}
P95_TARGET_MS = 300.0
RATIO_TARGET = 0.25


@dataclass
class _Device:
    name: str
    team: str
    token: str = ""
    clock: HybridClock = field(default_factory=lambda: HybridClock(f"b-{secrets.token_hex(3)}"))
    case_id: str = ""
    items: list[str] = field(default_factory=list)
    cursor: int = 0


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _dsn(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def _op(d: _Device, record_type: str, record_id: str, **values: Any) -> dict[str, Any]:
    return {
        "op_id": uuid7(), "record_type": record_type, "record_id": record_id,
        "fields": {k: {"value": v, "hlc": str(d.clock.now())} for k, v in values.items()},
    }


def _batch(d: _Device, round_no: int) -> list[dict[str, Any]]:
    """Mostly new action items and meetings, some updates of earlier ones (a realistic mix)."""
    ops = []
    for i in range(BATCH):
        if d.items and i % 4 == 3:
            ops.append(_op(d, "action_item", d.items[(round_no * 7 + i) % len(d.items)],
                           done=True, deadline="2026-06-01"))
        elif i % 2:
            rid = uuid7()
            d.items.append(rid)
            ops.append(_op(d, "action_item", rid, case_id=d.case_id, what=f"Opgave {i}",
                           owner="jobcenter"))
        else:
            ops.append(_op(d, "meeting", uuid7(), case_id=d.case_id, kind="opfoelgning",
                           starts_at="2026-03-01T10:00:00+01:00", place="Virksomheden",
                           notes="Borgeren er godt i gang.\nNæste skridt aftalt.\n",
                           planned_hours=12.5))
    return ops


async def _setup_device(client: httpx.AsyncClient, d: _Device) -> None:
    r = await client.post("/v1/login", json={
        "username": d.name, "password": PASSWORD, "device_name": "bench"})
    r.raise_for_status()
    d.token = r.json()["device_token"]
    citizen = uuid7()
    d.case_id = uuid7()
    r = await client.post("/v1/push", headers={"Authorization": f"Bearer {d.token}"}, json={
        "ops": [
            _op(d, "citizen", citizen, name="Bench Borger"),
            _op(d, "case", d.case_id, citizen_id=citizen, team=d.team, scheme="fleksjob",
                status="aktiv"),
        ]})
    r.raise_for_status()


async def _run_device(client: httpx.AsyncClient, d: _Device, rounds: int,
                      push_ms: list[float], pull_ms: list[float], *, paced: bool) -> int:
    headers = {"Authorization": f"Bearer {d.token}"}
    applied = 0
    # Paced devices sync at their own random offset within the interval, then every interval.
    offset = random.Random(d.name).random() * SYNC_INTERVAL_S
    t0 = time.perf_counter()
    for round_no in range(rounds):
        if paced:
            due = t0 + offset + round_no * SYNC_INTERVAL_S
            await asyncio.sleep(max(0.0, due - time.perf_counter()))
        # pydantic-core's JSON: the simulated devices share the 2 cores with the server, so
        # they should spend as little as they can.
        body = pydantic_core.to_json({"ops": _batch(d, round_no)})
        start = time.perf_counter()
        r = await client.post("/v1/push", headers={**headers, **_JSON}, content=body)
        push_ms.append((time.perf_counter() - start) * 1000)
        r.raise_for_status()
        results = pydantic_core.from_json(r.content)["results"]
        applied += sum(1 for res in results if res["status"] == "applied")
        more = True
        while more:
            start = time.perf_counter()
            r = await client.get("/v1/pull", headers=headers,
                                 params={"cursor": d.cursor, "limit": 500})
            pull_ms.append((time.perf_counter() - start) * 1000)
            r.raise_for_status()
            page = pydantic_core.from_json(r.content)
            d.cursor, more = page["cursor"], page["more"]
    return applied


@dataclass
class _Phase:
    applied: int
    elapsed: float
    push_ms: list[float]
    pull_ms: list[float]


async def _load(base_url: str, devices: list[_Device], rounds: int, paced_rounds: int
                ) -> tuple[_Phase, _Phase]:
    # Idle connections are dropped by the client well before the server would close them, so
    # no request goes out on a connection the server is closing at that moment.
    limits = httpx.Limits(max_connections=len(devices), max_keepalive_connections=len(devices),
                          keepalive_expiry=2.0)
    async with httpx.AsyncClient(base_url=base_url, limits=limits, timeout=120) as client:
        sem = asyncio.Semaphore(20)  # logins and setup are not what is measured

        async def setup(d: _Device) -> None:
            async with sem:
                await _setup_device(client, d)

        await asyncio.gather(*(setup(d) for d in devices))
        phases = []
        # Paced first, so the latency is not measured in the wake of the saturation run.
        for n, paced in ((paced_rounds, True), (rounds, False)):
            push_ms: list[float] = []
            pull_ms: list[float] = []
            start = time.perf_counter()
            counts = await asyncio.gather(
                *(_run_device(client, d, n, push_ms, pull_ms, paced=paced) for d in devices)
            )
            phases.append(_Phase(sum(counts), time.perf_counter() - start, push_ms, pull_ms))
    return phases[1], phases[0]


def _raw_insert_rate(dsn: str, rows: int) -> float:
    """Rows/s for plain psycopg inserts of record-shaped rows, BATCH per transaction."""
    clock = HybridClock("raw")
    values = json.dumps({"case_id": uuid7(), "kind": "opfoelgning", "place": "Virksomheden",
                         "starts_at": "2026-03-01T10:00:00+01:00", "planned_hours": 12.5,
                         "notes": "Borgeren er godt i gang.\nNæste skridt aftalt.\n"})
    with psycopg.connect(dsn) as conn:
        conn.execute("CREATE TABLE raw_records (LIKE records INCLUDING ALL)")
        conn.commit()
        seq = 0
        start = time.perf_counter()
        for _ in range(max(1, rows // BATCH)):
            params = []
            for _ in range(BATCH):
                seq += 1
                clocks = json.dumps({k: str(clock.now()) for k in ("case_id", "kind", "place")})
                params.append(("meeting", uuid7(), None, None, values, clocks, False, seq,
                               "t", "u", 0, 0))
            with conn.cursor() as cur:
                cur.executemany(
                    'INSERT INTO raw_records (record_type, record_id, case_id, parent_id, '
                    '"values", clocks, deleted, seq, owner_team, created_by, created_at_ms, '
                    "updated_at_ms) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
                    params,
                )
            conn.commit()
        elapsed = time.perf_counter() - start
    return (max(1, rows // BATCH) * BATCH) / elapsed


def _start_server(url: str, port: int) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "TREPART_SERVER_DATABASE_URL": url,
        "TREPART_SERVER_AUTO_MIGRATE": "false",
        "TREPART_SERVER_LOG_LEVEL": "WARNING",
        "TREPART_SERVER_ARGON2_MEMORY_KIB": "1024",
        "TREPART_SERVER_ARGON2_ITERATIONS": "1",
        "TREPART_SERVER_ARGON2_LANES": "1",
        "TREPART_SERVER_POOL_SIZE": "20",
    }
    # `trepart-server serve`, as IT runs it: 2 workers, each with its own SO_REUSEPORT socket.
    cmd = [
        sys.executable, "-m", "sync.server.cli", "serve", "--host", "127.0.0.1",
        "--port", str(port), "--workers", "2",
    ]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server stopped: {proc.stderr.read().decode()[-2000:]}")  # type: ignore[union-attr]
        try:
            if httpx.get(f"http://127.0.0.1:{port}/v1/health", timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    proc.kill()
    raise RuntimeError("server did not start within 60 s")


def _measure(server_url: str, n_devices: int, rounds: int, paced_rounds: int) -> list[BenchRow]:
    name = f"trepart_bench_{secrets.token_hex(4)}"
    admin_dsn = _dsn(server_url)
    with psycopg.connect(admin_dsn, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = make_url(server_url).set(database=name).render_as_string(hide_password=False)
    proc: subprocess.Popen[bytes] | None = None
    try:
        engine = create_engine(url)
        migrate.upgrade(engine)
        settings = Settings(database_url=url, argon2_memory_kib=1024, argon2_iterations=1,
                            argon2_lanes=1)
        devices = [_Device(name=f"dev{i}", team=f"team{i // TEAM_SIZE}")
                   for i in range(n_devices)]
        for d in devices:
            admin.add_user(engine=engine, settings=settings, username=d.name, password=PASSWORD,
                           role=Role.CONSULTANT, team=d.team)
        engine.dispose()
        port = _free_port()
        proc = _start_server(url, port)
        saturated, paced = asyncio.run(
            _load(f"http://127.0.0.1:{port}", devices, rounds, paced_rounds)
        )
        proc.terminate()
        proc.wait(timeout=30)
        proc = None
        raw = _raw_insert_rate(_dsn(url), saturated.applied)
    finally:
        if proc is not None:
            proc.kill()
        with psycopg.connect(admin_dsn, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    ops_s = saturated.applied / saturated.elapsed
    p95 = percentile(paced.push_ms, 95)
    return [
        BenchRow(
            group="server", name=f"applied ops/s, {n_devices} devices back to back",
            value=round(ops_s, 1), unit="ops/s", baseline=round(raw, 1),
            target=f">= {RATIO_TARGET}x raw psycopg inserts",
            met=ops_s >= RATIO_TARGET * raw,
        ),
        BenchRow(
            group="server",
            name=f"push p95, {n_devices} devices syncing every {SYNC_INTERVAL_S:.0f} s",
            value=round(p95, 1), unit="ms", target=f"< {P95_TARGET_MS:.0f} ms",
            met=p95 < P95_TARGET_MS,
        ),
        BenchRow(
            group="server",
            name=f"pull p95, {n_devices} devices syncing every {SYNC_INTERVAL_S:.0f} s",
            value=round(percentile(paced.pull_ms, 95), 1), unit="ms",
        ),
        BenchRow(
            group="server", name=f"push p95, {n_devices} devices back to back",
            value=round(percentile(saturated.push_ms, 95), 1), unit="ms",
        ),
    ]


def _postgres_available() -> bool:
    try:
        with psycopg.connect(_dsn(POSTGRES_URL), connect_timeout=3):
            return True
    except psycopg.Error:
        return False


def run(size: str) -> list[BenchRow]:
    if size not in PLANS:
        raise ValueError(f"unknown size {size!r} (smoke or full)")
    if not _postgres_available():
        log.warning("server bench skipped: PostgreSQL not reachable at %s", POSTGRES_URL)
        return []
    rows: list[BenchRow] = []
    for n_devices, rounds, paced_rounds in PLANS[size]:
        rows.extend(_measure(POSTGRES_URL, n_devices, rounds, paced_rounds))
    return rows
