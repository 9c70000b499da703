"""Seeding a sync server fast: a seeding laptop's outbox pushed in-process, in large batches.

A 10,000-case server took over an hour to seed by pushing over HTTP in batches of 500. Here the
seeding laptop is a real vault filled by `desktop.services.demo` (its outbox holds every
operation, as after a first import), it logs in through the server's real login route (in
process, no socket), and its operations then go through the server's own write path,
`sync.server.push.push`, with the principal the server derives from the device token and the
field cipher of the server's key file (at-rest encryption as `trepart-server serve` does it),
in batches larger than the wire allows. The laptop acknowledges every batch the way a sync does
(`StoreSyncAdapter.acknowledge`), so its outbox drains and it can push later changes. Any refused
operation stops the seeding: the seeded database holds exactly what a real server would.

    python -m tests.bench.seed --db sqlite [--cases 10000] [--dir /work/wt/seed]
    python -m tests.bench.seed --db postgres [--cases 10000]

keeps `seed-10k.sqlite` (+ `seed-10k.keys`) or PostgreSQL database `seed10k` (+ `seed10k-pg.keys`),
the seeding laptop's vault and a `.json` description in the folder (--dir, or
TREPART_BENCH_SEED_DIR, default /work/wt/seed; PostgreSQL at 127.0.0.1:5432); the sync bench
reuses them with TREPART_BENCH_SEED=sqlite|postgres (see tests/bench/sync.py).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path

import httpx
import psycopg
from fastapi.testclient import TestClient
from sqlalchemy import Engine
from sqlalchemy.engine import make_url

from desktop.services import demo
from desktop.services import session as sessions
from desktop.services import sync as sync_service
from desktop.services.session import Session
from desktop.vault import KdfParams
from sync.protocol.hlc import HybridClock
from sync.protocol.vocabulary import Role
from sync.protocol.wire import OpStatus
from sync.server import admin, auth, migrate
from sync.server import push as push_service
from sync.server.db import make_engine
from sync.server.main import create_app
from sync.server.settings import Settings

SEED_DIR = Path(os.environ.get("TREPART_BENCH_SEED_DIR", "/work/wt/seed"))
PG_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
SEEDER = "seeder"
PASSWORD = "bench-server-1"  # every bench user's server password
LAPTOP_PASSWORD = "x"
KDF = KdfParams(memory_kib=8, iterations=1, lanes=1)  # the KDF is measured in the store bench
BATCH = 2000  # operations per in-process push (the wire allows 500)
FORMAT = 1  # bump when what a seed holds changes, so old seeds are not reused


def fast_settings(url: str, data_dir: Path, key_file: Path) -> Settings:
    return Settings(database_url=url, data_dir=data_dir, auto_migrate=False,
                    log_level="WARNING", field_key_file=key_file, argon2_memory_kib=8,
                    argon2_iterations=1, argon2_lanes=1)


class AppTransport(httpx.BaseTransport):
    """httpx transport into the server's ASGI app (Starlette's TestClient, no sockets)."""

    def __init__(self, client: TestClient) -> None:
        self._client = client

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self._client.request(request.method, request.url.raw_path.decode(),
                                        headers=dict(request.headers), content=request.read())
        return httpx.Response(response.status_code, headers=response.headers,
                              content=response.content)


@contextmanager
def app_transport(settings: Settings, engine: Engine) -> Iterator[AppTransport]:
    with TestClient(create_app(settings, engine=engine)) as client:
        yield AppTransport(client)


@dataclass
class PushReport:
    ops: int
    batches: int
    seconds: float
    cpu_seconds: float


def push_outbox(engine: Engine, laptop: Session, *, batch: int = BATCH,
                progress: Callable[[int], None] | None = None) -> PushReport:
    """Every operation in the laptop's outbox through `sync.server.push.push`, in batches of
    `batch`, acknowledged on the laptop as a sync does. Raises on any refusal."""
    token = laptop.store.get_state(sync_service.TOKEN_KEY)
    principal = auth.authenticate(engine=engine, token=token)
    clock = HybridClock("server")
    adapter = sync_service.StoreSyncAdapter(laptop.store)
    pushed = batches = 0
    started, cpu = time.perf_counter(), time.process_time()
    restamped: set[str] = set()
    while ops := adapter.pending_operations(batch):
        response = push_service.push(engine=engine, principal=principal, ops=ops, clock=clock)
        results = response.results
        if len(results) != len(ops):
            raise RuntimeError("the server answered a different number of operations")
        ahead = [r.op_id for r in results if r.code == "clock_ahead"]
        refusals = adapter.acknowledge(ops, results)
        wrong = [r for r in refusals if r.code != "clock_ahead"]
        if wrong:
            raise RuntimeError(
                f"{len(wrong)} operations refused while seeding, first: {wrong[0].record_type}"
                f" {wrong[0].code}"
            )
        if ahead:
            if restamped.intersection(ahead):
                raise RuntimeError("the laptop's clock is still ahead after re-stamping")
            restamped.update(ahead)
            adapter.restamp(ahead, response.server_time_ms)
        pushed += sum(r.status is OpStatus.APPLIED for r in results)
        batches += 1
        if progress is not None:
            progress(pushed)
    return PushReport(pushed, batches, time.perf_counter() - started,
                      time.process_time() - cpu)


def make_laptop(folder: Path, *, cases: int) -> tuple[Session, dict[str, int]]:
    """The seeding laptop: a new vault filled with `cases` demo cases, every op in its outbox."""
    laptop = sessions.create_vault(folder, LAPTOP_PASSWORD, username=SEEDER, role="consultant",
                                   team=demo.TEAM, kdf=KDF)
    counts = demo.generate(laptop.store, cases=cases)
    return laptop, counts


def add_user(engine: Engine, settings: Settings, username: str) -> None:
    admin.add_user(engine=engine, settings=settings, username=username, password=PASSWORD,
                   role=Role.CONSULTANT, team=demo.TEAM)


def log_in(laptop: Session, transport: httpx.BaseTransport, username: str) -> None:
    """The laptop logs in through the server's login route, as `trepart login` does."""
    sync_service.log_in(laptop.store, server_url="http://127.0.0.1:9", username=username,
                        password=PASSWORD, http_transport=transport)


# ---------------------------------------------------------------- the kept seeds


@dataclass
class Seed:
    kind: str  # "sqlite" or "postgres"
    url: str
    key_file: Path
    laptop: Path  # the seeding laptop's vault folder (password LAPTOP_PASSWORD)
    cases: int
    ops: int
    records: dict[str, int]
    seconds: dict[str, float]
    made_at: str
    format: int = FORMAT

    def describe(self) -> Path:
        return self.laptop.parent / f"{self.laptop.name}.json"


def seed_paths(kind: str, cases: int, folder: Path) -> tuple[str, Path, Path, str]:
    """(database url, key file, laptop folder, name) of the kept seed of this kind and size."""
    tag = f"{cases // 1000}k" if cases % 1000 == 0 else str(cases)
    if kind == "sqlite":
        return (f"sqlite:///{folder / f'seed-{tag}.sqlite'}", folder / f"seed-{tag}.keys",
                folder / f"seed-{tag}-laptop", f"seed-{tag}")
    name = f"seed{tag}"
    return (make_url(PG_URL).set(database=name).render_as_string(hide_password=False),
            folder / f"{name}-pg.keys", folder / f"{name}-pg-laptop", name)


def _pg_admin() -> str:
    return make_url(PG_URL).set(drivername="postgresql").render_as_string(False)


def _drop_database(kind: str, url: str) -> None:
    if kind == "sqlite":
        path = Path(make_url(url).database or "")
        for p in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            p.unlink(missing_ok=True)
        return
    name = make_url(url).database
    with psycopg.connect(_pg_admin(), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _create_database(kind: str, url: str, *, template: str | None = None) -> None:
    if kind == "sqlite":
        return
    name = make_url(url).database
    with psycopg.connect(_pg_admin(), autocommit=True) as conn:
        extra = f' TEMPLATE "{template}"' if template else ""
        conn.execute(f'CREATE DATABASE "{name}"{extra}')


def make_seed(kind: str, *, cases: int, folder: Path = SEED_DIR,
              log: Callable[[str], None] = lambda s: None) -> Seed:
    """Make (or remake) the kept seed of this kind and size."""
    url, key_file, laptop_dir, name = seed_paths(kind, cases, folder)
    folder.mkdir(parents=True, exist_ok=True)
    describe = folder / f"{laptop_dir.name}.json"
    describe.unlink(missing_ok=True)
    _drop_database(kind, url)
    _create_database(kind, url)
    shutil.rmtree(laptop_dir, ignore_errors=True)
    key_file.unlink(missing_ok=True)
    seconds: dict[str, float] = {}
    settings = fast_settings(url, folder, key_file)
    engine = make_engine(settings)
    try:
        migrate.upgrade(engine)
        add_user(engine, settings, SEEDER)
        start = time.perf_counter()
        log(f"  filling the seeding laptop with {cases:,} cases ...")
        laptop, counts = make_laptop(laptop_dir, cases=cases)
        seconds["laptop"] = time.perf_counter() - start
        with laptop, app_transport(settings, engine) as transport:
            log_in(laptop, transport, SEEDER)
            ops = laptop.store.outbox_count()
            log(f"  pushing {ops:,} operations in-process into {name} ...")
            report = push_outbox(engine, laptop, progress=lambda n: log(f"    {n:,}")
                                 if n % 20_000 < BATCH else None)
            seconds["push"], seconds["push_cpu"] = report.seconds, report.cpu_seconds
            if laptop.store.outbox_count():
                raise RuntimeError("the laptop's outbox did not drain")
    finally:
        engine.dispose()
    seed = Seed(kind, url, key_file, laptop_dir, cases, report.ops, counts, seconds,
                time.strftime("%Y-%m-%d %H:%M:%S"))
    describe.write_text(json.dumps({**asdict(seed), "key_file": str(key_file),
                                    "laptop": str(laptop_dir)}, indent=2))
    return seed


def kept_seed(kind: str, *, cases: int, folder: Path = SEED_DIR) -> Seed | None:
    """The kept seed of this kind and size, if one was completed in this format."""
    _url, _key, laptop_dir, _name = seed_paths(kind, cases, folder)
    describe = folder / f"{laptop_dir.name}.json"
    if not describe.exists():
        return None
    data = json.loads(describe.read_text())
    if data.get("format") != FORMAT:
        return None
    data["key_file"], data["laptop"] = Path(data["key_file"]), Path(data["laptop"])
    return Seed(**data)


@contextmanager
def working_copy(seed: Seed, folder: Path) -> Iterator[tuple[str, Path]]:
    """A copy of the kept seed (database url, laptop folder) for one bench run, so the kept
    seed stays as it was made; migrated to the current code's head."""
    laptop = folder / "seeder"
    shutil.copytree(seed.laptop, laptop)
    if seed.kind == "sqlite":
        source = Path(make_url(seed.url).database or "")
        target = folder / "server.db"
        shutil.copyfile(source, target)
        url = f"sqlite:///{target}"
    else:
        url = make_url(seed.url).set(database=f"{make_url(seed.url).database}_run") \
            .render_as_string(hide_password=False)
        _drop_database("postgres", url)
        _create_database("postgres", url, template=make_url(seed.url).database)
    try:
        yield url, laptop
    finally:
        if seed.kind == "postgres":
            _drop_database("postgres", url)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.seed")
    parser.add_argument("--db", choices=("sqlite", "postgres"), required=True)
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--dir", type=Path, default=SEED_DIR)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    seed = make_seed(args.db, cases=args.cases, folder=args.dir,
                     log=lambda s: print(s, file=sys.stderr, flush=True))
    print(json.dumps({"kind": seed.kind, "url": seed.url, "ops": seed.ops,
                      "records": sum(seed.records.values()), "seconds": seed.seconds,
                      "total_s": time.perf_counter() - started}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
