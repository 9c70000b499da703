"""Sync benchmark: initial sync of a large case load onto an empty laptop, and a small increment.

A real server (uvicorn on loopback, SQLite file as in a trial) is seeded by one laptop pushing
everything; a second, empty laptop then logs in and pulls it all. Targets (issue 7): initial
sync < 30 s for 10,000 cases / 100,000 meetings, incremental sync of 50 changes < 1 s, client
apply rate >= 5,000 records/s.
"""

from __future__ import annotations

import shutil
import socket
import tempfile
import threading
import time
from pathlib import Path

import uvicorn
from sqlalchemy import create_engine

from desktop.domain.records import Meeting
from desktop.services import demo
from desktop.services import session as sessions
from desktop.services import sync as sync_service
from desktop.vault import KdfParams
from sync.protocol.vocabulary import Role
from sync.server import admin, migrate
from sync.server.main import create_app
from sync.server.settings import Settings
from tests.bench.common import BenchRow

SIZES = {"smoke": 50, "full": 10_000}
PASSWORD = "bench-server-1"
KDF = KdfParams(memory_kib=8, iterations=1, lanes=1)  # the KDF is measured in the store bench


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run(size: str) -> list[BenchRow]:
    cases = SIZES[size]
    root = Path(tempfile.mkdtemp(prefix="trepart-syncbench-"))
    settings = Settings(database_url=f"sqlite:///{root / 'server.db'}", data_dir=root,
                        auto_migrate=False, log_level="WARNING")
    engine = create_engine(settings.resolved_database_url())
    migrate.upgrade(engine)
    for name in ("seeder", "fresh"):
        admin.add_user(engine=engine, settings=settings, username=name, password=PASSWORD,
                       role=Role.CONSULTANT, team=demo.TEAM)
    port = _port()
    server = uvicorn.Server(uvicorn.Config(create_app(settings, engine=engine), host="127.0.0.1",
                                           port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    url = f"http://127.0.0.1:{port}"
    try:
        seeder = sessions.create_vault(root / "seeder", "x", username="seeder",
                                       role="consultant", team=demo.TEAM, kdf=KDF)
        demo.generate(seeder.store, cases=cases)
        sync_service.log_in(seeder.store, server_url=url, username="seeder", password=PASSWORD)
        ops = seeder.store.outbox_count()
        start = time.perf_counter()
        sync_service.run(seeder)
        seed_seconds = time.perf_counter() - start

        fresh = sessions.create_vault(root / "fresh", "x", username="fresh", role="consultant",
                                      team=demo.TEAM, kdf=KDF)
        sync_service.log_in(fresh.store, server_url=url, username="fresh", password=PASSWORD)
        start = time.perf_counter()
        initial = sync_service.run(fresh)
        initial_seconds = time.perf_counter() - start
        meetings = fresh.store.count(Meeting)

        changed = seeder.store.list(Meeting, limit=50)
        for i, m in enumerate(changed):
            seeder.store.save(m.replace(decisions=f"Ændret {i}"), audit=False)
        sync_service.run(seeder)
        start = time.perf_counter()
        incremental = sync_service.run(fresh)
        incremental_seconds = time.perf_counter() - start
        seeder.close()
        fresh.close()
    finally:
        server.should_exit = True
        thread.join(timeout=30)
        engine.dispose()
        shutil.rmtree(root, ignore_errors=True)

    apply_rate = initial.pulled / initial_seconds
    label = f"{cases:,} cases, {meetings:,} meetings, {initial.pulled:,} records"
    full = size == "full"
    return [
        BenchRow("sync", f"seed push ({ops:,} ops, one laptop)", ops / seed_seconds, "ops/s"),
        BenchRow("sync", f"initial sync ({label})", initial_seconds, "s", None, "< 30 s",
                 initial_seconds < 30 if full else None),
        BenchRow("sync", "client apply rate (initial sync)", apply_rate, "rec/s", None,
                 ">= 5,000/s", apply_rate >= 5000),
        BenchRow("sync", f"incremental sync ({incremental.pulled} changes)",
                 incremental_seconds * 1000, "ms", None, "< 1000 ms", incremental_seconds < 1),
    ]
