"""Server throughput: simulated devices pushing batches of 20 operations and pulling (PostgreSQL),
and one laptop seeding a server and an empty laptop loading it (SQLite and PostgreSQL).

`trepart-server serve` runs 2 workers on loopback; the devices are asyncio tasks with httpx, on
the same 2-core machine. Two phases per device count:
- paced: every device syncs (push 20 + pull) once per SYNC_INTERVAL_S, at a random offset, as
  laptops syncing in the background do; gives the push latency (p95) devices would see;
- saturation: every device pushes and pulls back to back; gives applied operations/s, compared
  with the same rows inserted with plain psycopg, 20 per transaction. Baseline and server runs
  alternate (A B A B ...), and the row gives the medians (min and max in the target column).
Seeding (`_seed`): one device pushes full batches (wire.MAX_BATCH, the client's default) back to
back, alternating with raw inserts of the same rows in the same batch size; then an empty device
pulls everything in pages of wire.MAX_PAGE, alternating with a raw paged SELECT of the records.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import random
import secrets
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import psycopg
import pydantic_core
from sqlalchemy import create_engine
from sqlalchemy.engine import make_url

from sync.protocol.hlc import HybridClock
from sync.protocol.ids import uuid7
from sync.protocol.vocabulary import Role
from sync.protocol.wire import MAX_BATCH, MAX_PAGE
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
    "full": [(50, 4, 4), (200, 2, 4)],
}
# size -> how many times each saturated run and its baseline alternate
REPEATS = {"smoke": 2, "full": 3}
# size -> (operations one laptop seeds per repetition, repetitions)
SEED = {"smoke": (1_000, 2), "full": (5_000, 3)}
SYNC_INTERVAL_S = 5.0
_JSON = {"Content-Type": "application/json"}
P95_TARGET_MS = 150.0  # issue 16
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
    cpu: dict[str, float] = field(default_factory=dict)  # CPU seconds by party, this phase


def _proc_cpu(pid: int) -> float:
    """User + system CPU seconds of one process so far (Linux /proc; 0 once it is gone)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(stat[11]) + int(stat[12])) / os.sysconf("SC_CLK_TCK")


def _cpu_by_party(server_pid: int) -> dict[str, float]:
    """CPU seconds so far of the three parties sharing the machine in a saturated run: the
    simulated devices (this process), the server (its process and workers) and PostgreSQL
    (every process named postgres: backends, WAL writer, checkpointer)."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_SELF)
    server = [server_pid]
    postgres = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        comm, rest = stat.split(" (", 1)[1].rsplit(")", 1)
        if int(rest.split()[1]) == server_pid:
            server.append(int(entry.name))
        elif comm == "postgres":
            postgres.append(int(entry.name))
    return {
        "devices": usage.ru_utime + usage.ru_stime,
        "server": sum(_proc_cpu(p) for p in server),
        "postgres": sum(_proc_cpu(p) for p in postgres),
    }


async def _load(base_url: str, devices: list[_Device], rounds: int, paced_rounds: int,
                repeats: int, baseline: Callable[[int], float],
                cpu: Callable[[], dict[str, float]] = dict,
                ) -> tuple[list[tuple[_Phase, float]], _Phase]:
    """The paced phase, then `repeats` saturated runs, each followed by its baseline (called
    with the run's applied count, on the same rows); returns [(run, baseline rate)], paced."""
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

        async def phase(n: int, *, paced: bool) -> _Phase:
            push_ms: list[float] = []
            pull_ms: list[float] = []
            before = cpu()
            start = time.perf_counter()
            counts = await asyncio.gather(
                *(_run_device(client, d, n, push_ms, pull_ms, paced=paced) for d in devices)
            )
            elapsed = time.perf_counter() - start
            after = cpu()
            used = {k: after[k] - before[k] for k in after}
            return _Phase(sum(counts), elapsed, push_ms, pull_ms, used)

        # Paced first, so the latency is not measured in the wake of the saturation runs.
        paced = await phase(paced_rounds, paced=True)
        runs = []
        for _ in range(repeats):
            run = await phase(rounds, paced=False)
            # The baseline blocks the event loop on purpose: nothing else runs meanwhile.
            runs.append((run, baseline(run.applied)))
    return runs, paced


_RAW_INSERT = (
    'INSERT INTO raw_records (record_type, record_id, case_id, parent_id, "values", clocks, '
    "deleted, seq, owner_team, created_by, created_at_ms, updated_at_ms) "
    "VALUES ({p}, {p}, {p}, {p}, {p}, {p}, {p}, {p}, {p}, {p}, {p}, {p})"
)


def _raw_params(batch: int, seq: int) -> list[tuple[Any, ...]]:
    clock = HybridClock("raw")
    values = json.dumps({"case_id": uuid7(), "kind": "opfoelgning", "place": "Virksomheden",
                         "starts_at": "2026-03-01T10:00:00+01:00", "planned_hours": 12.5,
                         "notes": "Borgeren er godt i gang.\nNæste skridt aftalt.\n"})
    params = []
    for n in range(1, batch + 1):
        clocks = json.dumps({k: str(clock.now()) for k in ("case_id", "kind", "place")})
        params.append(("meeting", uuid7(), None, None, values, clocks, False, seq + n,
                       "t", "u", 0, 0))
    return params


def _raw_insert_rate(dsn: str, rows: int, batch: int = BATCH) -> float:
    """Rows/s for plain psycopg inserts of record-shaped rows, `batch` per transaction."""
    with psycopg.connect(dsn) as conn:
        conn.execute("CREATE TABLE IF NOT EXISTS raw_records (LIKE records INCLUDING ALL)")
        conn.commit()
        seq = int(conn.execute("SELECT coalesce(max(seq), 0) FROM raw_records").fetchone()[0])
        n_batches = max(1, rows // batch)
        elapsed = 0.0
        for _ in range(n_batches):
            params = _raw_params(batch, seq)  # made outside the timed part
            seq += batch
            start = time.perf_counter()
            with conn.cursor() as cur:
                cur.executemany(_RAW_INSERT.format(p="%s"), params)
            conn.commit()
            elapsed += time.perf_counter() - start
    return (n_batches * batch) / elapsed


def _raw_insert_rate_sqlite(path: Path, rows: int, batch: int) -> float:
    """Rows/s for plain sqlite3 executemany of the same rows into a copy of the records table,
    `batch` per transaction, WAL and synchronous=NORMAL as the server runs it."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        ddl = conn.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'records'"
        ).fetchone()[0]
        conn.execute(ddl.replace("records", "raw_records", 1).replace(
            "CREATE TABLE", "CREATE TABLE IF NOT EXISTS", 1))
        seq = int(conn.execute("SELECT coalesce(max(seq), 0) FROM raw_records").fetchone()[0])
        n_batches = max(1, rows // batch)
        elapsed = 0.0
        for _ in range(n_batches):
            params = _raw_params(batch, seq)
            seq += batch
            start = time.perf_counter()
            conn.execute("BEGIN IMMEDIATE")
            conn.executemany(_RAW_INSERT.format(p="?"), params)
            conn.execute("COMMIT")
            elapsed += time.perf_counter() - start
    finally:
        conn.close()
    return (n_batches * batch) / elapsed


def start_server(url: str, port: int, *, workers: int = 2, data_dir: Path | None = None,
                 field_key_file: Path | None = None) -> subprocess.Popen[bytes]:
    """`trepart-server serve` on loopback as its own process(es), once its health answers."""
    env = {
        **os.environ,
        "TREPART_SERVER_DATABASE_URL": url,
        "TREPART_SERVER_AUTO_MIGRATE": "false",
        "TREPART_SERVER_LOG_LEVEL": "WARNING",
        "TREPART_SERVER_ARGON2_MEMORY_KIB": "1024",
        "TREPART_SERVER_ARGON2_ITERATIONS": "1",
        "TREPART_SERVER_ARGON2_LANES": "1",
        "TREPART_SERVER_POOL_SIZE": "20",
        **({"TREPART_SERVER_DATA_DIR": str(data_dir)} if data_dir is not None else {}),
        **({"TREPART_SERVER_FIELD_KEY_FILE": str(field_key_file)}
           if field_key_file is not None else {}),
    }
    # `trepart-server serve`, as IT runs it: 2 workers, each with its own SO_REUSEPORT socket.
    cmd = [
        sys.executable, "-m", "sync.server.cli", "serve", "--host", "127.0.0.1",
        "--port", str(port), "--workers", str(workers),
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


def _spread(samples: list[float]) -> str:
    return f"{min(samples):.1f}-{max(samples):.1f}"


def _measure(server_url: str, n_devices: int, rounds: int, paced_rounds: int, repeats: int
             ) -> list[BenchRow]:
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
        proc = start_server(url, port)
        server_pid = proc.pid
        runs, paced = asyncio.run(
            _load(f"http://127.0.0.1:{port}", devices, rounds, paced_rounds, repeats,
                  lambda n: _raw_insert_rate(_dsn(url), n),
                  lambda: _cpu_by_party(server_pid))
        )
        proc.terminate()
        proc.wait(timeout=30)
        proc = None
    finally:
        if proc is not None:
            proc.kill()
        with psycopg.connect(admin_dsn, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    rates = [run.applied / run.elapsed for run, _raw in runs]
    raws = [raw for _run, raw in runs]
    ops_s, raw = statistics.median(rates), statistics.median(raws)
    ratios = [r / b for r, b in zip(rates, raws, strict=True)]
    p95 = percentile(paced.push_ms, 95)
    # Where the two cores went in the saturated runs: CPU milliseconds per applied op of the
    # simulated devices, the server and PostgreSQL, and the share of the machine they used.
    applied = sum(run.applied for run, _raw in runs)
    wall = sum(run.elapsed for run, _raw in runs)
    spent = {k: sum(run.cpu.get(k, 0.0) for run, _raw in runs) for k in runs[0][0].cpu}
    cpu_rows = [
        BenchRow(
            group="server",
            name=f"CPU per applied op, {n_devices} devices back to back, {party}",
            value=round(1000 * secs / applied, 3), unit="ms",
            target=f"{100 * secs / (wall * (os.cpu_count() or 1)):.0f} % of the machine",
        )
        for party, secs in spent.items()
    ]
    log.info("server %d devices: ops/s %s, raw %s, ratio %.3f-%.3f", n_devices,
             _spread(rates), _spread(raws), min(ratios), max(ratios))
    return [
        BenchRow(
            group="server", name=f"applied ops/s, {n_devices} devices back to back",
            value=round(ops_s, 1), unit="ops/s", baseline=round(raw, 1),
            target=(f">= {RATIO_TARGET}x raw psycopg inserts (median of {len(runs)}, A B A B; "
                    f"server {_spread(rates)}, raw {_spread(raws)})"),
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
            value=round(percentile([ms for run, _ in runs for ms in run.push_ms], 95), 1),
            unit="ms",
        ),
        *cpu_rows,
    ]


def _seed_batch(d: _Device, n: int) -> list[dict[str, Any]]:
    """A laptop's first upload: new meetings and action items on its case."""
    ops = []
    for i in range(n):
        if i % 2:
            ops.append(_op(d, "action_item", uuid7(), case_id=d.case_id, what=f"Opgave {i}",
                           owner="jobcenter"))
        else:
            ops.append(_op(d, "meeting", uuid7(), case_id=d.case_id, kind="opfoelgning",
                           starts_at="2026-03-01T10:00:00+01:00", place="Virksomheden",
                           notes="Borgeren er godt i gang.\nNæste skridt aftalt.\n",
                           planned_hours=12.5))
    return ops


def _seed_push(client: httpx.Client, d: _Device, n_ops: int) -> float:
    """Ops/s of one device pushing `n_ops` in full batches back to back."""
    headers = {"Authorization": f"Bearer {d.token}", **_JSON}
    bodies = [pydantic_core.to_json({"ops": _seed_batch(d, min(MAX_BATCH, n_ops - done))})
              for done in range(0, n_ops, MAX_BATCH)]
    applied = 0
    start = time.perf_counter()
    for body in bodies:
        r = client.post("/v1/push", headers=headers, content=body)
        r.raise_for_status()
        applied += sum(1 for res in r.json()["results"] if res["status"] == "applied")
    elapsed = time.perf_counter() - start
    if applied != n_ops:
        raise RuntimeError(f"seeding applied {applied} of {n_ops} operations")
    return applied / elapsed


def _initial_pull(client: httpx.Client, d: _Device) -> tuple[int, float]:
    """(records, records/s) of an empty device pulling everything in pages of MAX_PAGE."""
    headers = {"Authorization": f"Bearer {d.token}"}
    cursor, more, records = 0, True, 0
    start = time.perf_counter()
    while more:
        r = client.get("/v1/pull", headers=headers, params={"cursor": cursor, "limit": MAX_PAGE})
        r.raise_for_status()
        page = pydantic_core.from_json(r.content)
        records += len(page["changes"])
        cursor, more = page["cursor"], page["more"]
    return records, records / (time.perf_counter() - start)


def _raw_select_rate(kind: str, target: str) -> float:
    """Rows/s of a plain paged SELECT of every record (pages of MAX_PAGE by seq, values and
    clocks fetched as JSON text): what the database itself serves."""
    sql = ('SELECT record_type, record_id, "values", clocks, deleted, seq FROM records '
           "WHERE seq > {p} ORDER BY seq LIMIT {p}")
    rows = 0
    start = time.perf_counter()
    if kind == "sqlite":
        conn = sqlite3.connect(target)
        try:
            last = 0
            while page := conn.execute(sql.format(p="?"), (last, MAX_PAGE)).fetchall():
                rows += len(page)
                last = page[-1][-1]
        finally:
            conn.close()
    else:
        with psycopg.connect(target) as pg:
            last = 0
            text_sql = sql.replace('"values", clocks', '"values"::text, clocks::text')
            while page := pg.execute(text_sql.format(p="%s"), (last, MAX_PAGE)).fetchall():
                rows += len(page)
                last = page[-1][-1]
    return rows / (time.perf_counter() - start)


def _seed(kind: str, size: str) -> list[BenchRow]:
    """One laptop seeding a server, then an empty laptop loading it, each against its baseline."""
    n_ops, repeats = SEED[size]
    folder = Path(tempfile.mkdtemp(prefix="trepart-bench-seed-"))
    name = f"trepart_bench_{secrets.token_hex(4)}"
    admin_dsn = _dsn(POSTGRES_URL)
    if kind == "sqlite":
        db_file = folder / "trepart-server.db"
        url = f"sqlite:///{db_file}"
    else:
        with psycopg.connect(admin_dsn, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        url = make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)
    proc: subprocess.Popen[bytes] | None = None
    try:
        engine = create_engine(url)
        migrate.upgrade(engine)
        settings = Settings(database_url=url, data_dir=folder, argon2_memory_kib=1024,
                            argon2_iterations=1, argon2_lanes=1)
        seeder, loader = _Device(name="seeder", team="t1"), _Device(name="loader", team="t1")
        for d in (seeder, loader):
            admin.add_user(engine=engine, settings=settings, username=d.name, password=PASSWORD,
                           role=Role.CONSULTANT, team=d.team)
        engine.dispose()
        port = _free_port()
        # The trial server on SQLite runs one worker (one writer anyway); PostgreSQL two.
        proc = start_server(url, port, workers=1 if kind == "sqlite" else 2, data_dir=folder)
        push_rates: list[float] = []
        push_raws: list[float] = []
        pull_rates: list[float] = []
        pull_raws: list[float] = []
        records = 0
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=300) as client:
            async_setup = asyncio.run(_setup_pair(f"http://127.0.0.1:{port}", seeder, loader))
            del async_setup
            for _ in range(repeats):
                push_rates.append(_seed_push(client, seeder, n_ops))
                push_raws.append(
                    _raw_insert_rate_sqlite(db_file, n_ops, MAX_BATCH) if kind == "sqlite"
                    else _raw_insert_rate(_dsn(url), n_ops, MAX_BATCH)
                )
            for _ in range(repeats):
                records, rate = _initial_pull(client, loader)
                pull_rates.append(rate)
                pull_raws.append(_raw_select_rate(kind, str(db_file) if kind == "sqlite"
                                                  else _dsn(url)))
        proc.terminate()
        proc.wait(timeout=30)
        proc = None
    finally:
        if proc is not None:
            proc.kill()
        if kind != "sqlite":
            with psycopg.connect(admin_dsn, autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    label = "SQLite" if kind == "sqlite" else "PostgreSQL"
    push_s, push_raw = statistics.median(push_rates), statistics.median(push_raws)
    pull_s, pull_raw = statistics.median(pull_rates), statistics.median(pull_raws)
    return [
        BenchRow(
            group="server", name=f"seeding push ops/s, one device, batches of {MAX_BATCH}, {label}",
            value=round(push_s, 1), unit="ops/s", baseline=round(push_raw, 1),
            target=(f"raw executemany, {MAX_BATCH} per transaction (median of {repeats}, "
                    f"A B A B; server {_spread(push_rates)}, raw {_spread(push_raws)})"),
        ),
        BenchRow(
            group="server",
            name=f"initial pull records/s, empty device, pages of {MAX_PAGE}, {label}",
            value=round(pull_s, 1), unit="rec/s", baseline=round(pull_raw, 1),
            target=(f"raw paged SELECT (median of {repeats}, A B A B, {records} records; "
                    f"server {_spread(pull_rates)}, raw {_spread(pull_raws)})"),
        ),
    ]


async def _setup_pair(base_url: str, *devices: _Device) -> None:
    async with httpx.AsyncClient(base_url=base_url, timeout=120) as client:
        for d in devices:
            await _setup_device(client, d)


def _postgres_available() -> bool:
    try:
        with psycopg.connect(_dsn(POSTGRES_URL), connect_timeout=3):
            return True
    except psycopg.Error:
        return False


def run(size: str) -> list[BenchRow]:
    if size not in PLANS:
        raise ValueError(f"unknown size {size!r} (smoke or full)")
    rows = _seed("sqlite", size)
    if not _postgres_available():
        log.warning("server bench: PostgreSQL not reachable at %s; SQLite rows only",
                    POSTGRES_URL)
        return rows
    rows += _seed("postgres", size)
    for n_devices, rounds, paced_rounds in PLANS[size]:
        rows.extend(_measure(POSTGRES_URL, n_devices, rounds, paced_rounds, REPEATS[size]))
    return rows


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", default="smoke", choices=sorted(PLANS))
    parser.add_argument("--only", choices=("seed", "devices"), default=None)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    logging.getLogger("httpx").setLevel(logging.WARNING)
    if args.only == "seed":
        rows = _seed("sqlite", args.size) + _seed("postgres", args.size)
    elif args.only == "devices":
        rows = [row for n, r, pr in PLANS[args.size]
                for row in _measure(POSTGRES_URL, n, r, pr, REPEATS[args.size])]
    else:
        rows = run(args.size)
    for row in rows:
        ratio = f"{row.ratio:.3f}x" if row.ratio is not None else ""
        print(f"{row.name:70s} {row.value:>10.2f} {row.unit:6s} base {row.baseline} {ratio} "
              f"{row.target} {'' if row.met is None else ('met' if row.met else 'MISSED')}")


if __name__ == "__main__":
    main()
