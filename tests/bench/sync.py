"""Sync benchmark: initial sync of a large case load onto an empty laptop, and a small increment.

A real server (uvicorn on loopback, SQLite file as in a trial) is seeded by one laptop pushing
everything; a second, empty laptop then logs in and pulls it all. Targets (issue 7): initial
sync < 30 s for 10,000 cases / 100,000 meetings, incremental sync of 50 changes < 1 s, client
apply rate >= 5,000 records/s.
"""

from __future__ import annotations

import contextlib
import shutil
import socket
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import uvicorn

from desktop.domain.records import Meeting
from desktop.services import demo
from desktop.services import session as sessions
from desktop.services import sync as sync_service
from desktop.store import bulkload
from desktop.vault import KdfParams
from sync.protocol import wire
from sync.protocol.vocabulary import Role
from sync.server import admin, migrate
from sync.server.db import make_engine
from sync.server.main import create_app
from sync.server.settings import Settings
from tests.bench.common import BenchRow, median

SIZES = {"smoke": 50, "mid": 1_000, "full": 10_000}
REPEATS = 2  # fresh laptops per variant, interleaved A B A B
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
    engine = make_engine(settings)  # with its at-rest key file, as `trepart-server serve`
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

        # The same initial sync onto empty laptops, interleaved: record by record with pages
        # of 500 (before issue 16's step 2) and as a bulk load with large pages read ahead.
        timings: dict[str, list[float]] = {"before": [], "after": []}
        applying: dict[str, list[float]] = {"before": [], "after": []}
        initial = None
        for rep in range(REPEATS):
            for variant in ("before", "after"):
                name = f"fresh{rep}{variant}"
                admin.add_user(engine=engine, settings=settings, username=name,
                               password=PASSWORD, role=Role.CONSULTANT, team=demo.TEAM)
                fresh = sessions.create_vault(root / name, "x", username=name,
                                              role="consultant", team=demo.TEAM, kdf=KDF)
                sync_service.log_in(fresh.store, server_url=url, username=name,
                                    password=PASSWORD)
                spent = [0.0]
                with _variant(variant, spent):
                    start = time.perf_counter()
                    initial = sync_service.run(fresh)
                    timings[variant].append(time.perf_counter() - start)
                applying[variant].append(initial.pulled / spent[0])
                meetings = fresh.store.count(Meeting)
                if variant == "after" and rep == REPEATS - 1:
                    break
                fresh.close()
        assert initial is not None
        initial_seconds = median(timings["after"])
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

    apply_rate = median(applying["after"])
    label = f"{cases:,} cases, {meetings:,} meetings, {initial.pulled:,} records"
    full = size == "full"

    def spread(xs: list[float]) -> str:
        return f"min {min(xs):,.1f} max {max(xs):,.1f}"

    return [
        BenchRow("sync", f"seed push ({ops:,} ops, one laptop)", ops / seed_seconds, "ops/s"),
        BenchRow("sync", f"initial sync ({label}; {spread(timings['after'])})", initial_seconds,
                 "s", median(timings["before"]), "< 30 s",
                 initial_seconds < 30 if full else None),
        BenchRow("sync", f"  record by record, pages of 500 ({spread(timings['before'])})",
                 median(timings["before"]), "s"),
        BenchRow("sync", f"client apply rate, time in apply only ({spread(applying['after'])})",
                 apply_rate, "rec/s", median(applying["before"]), ">= 15,000/s",
                 apply_rate >= 15_000),
        BenchRow("sync", f"  record by record ({spread(applying['before'])})",
                 median(applying["before"]), "rec/s"),
        BenchRow("sync", f"incremental sync ({incremental.pulled} changes)",
                 incremental_seconds * 1000, "ms", None, "< 1000 ms", incremental_seconds < 1),
    ]


@contextlib.contextmanager
def _variant(variant: str, spent: list[float]) -> Iterator[None]:
    """Time spent applying pages (including the index build); "before" switches the bulk load
    and the large initial pages off."""
    real_apply, real_begin, real_max = (
        sync_service.StoreSyncAdapter.apply_page, bulkload.begin, wire.MAX_PAGE
    )

    def apply_page(self, page):  # type: ignore[no-untyped-def]
        start = time.perf_counter()
        try:
            return real_apply(self, page)
        finally:
            spent[0] += time.perf_counter() - start

    sync_service.StoreSyncAdapter.apply_page = apply_page  # type: ignore[method-assign]
    if variant == "before":
        bulkload.begin = lambda store: False  # type: ignore[assignment]
        wire.MAX_PAGE = wire.DEFAULT_PAGE  # the client's initial page size only
    try:
        yield
    finally:
        sync_service.StoreSyncAdapter.apply_page = real_apply  # type: ignore[method-assign]
        bulkload.begin = real_begin  # type: ignore[assignment]
        wire.MAX_PAGE = real_max


if __name__ == "__main__":
    import os
    import sys

    from tests.bench.__main__ import format_table

    print(format_table(run(sys.argv[1] if len(sys.argv) > 1 else "smoke")))
    os._exit(0)
