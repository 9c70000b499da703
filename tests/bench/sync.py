"""Sync benchmark: initial sync of a large case load onto an empty laptop, and a small increment.

A real server (uvicorn on loopback; a SQLite file as in a trial, or PostgreSQL) holds what one
seeding laptop made: by default it is seeded for this run by tests.bench.seed (the laptop's
outbox through the server's own push in batches of 2,000, in process: minutes, where pushing
over HTTP took over an hour at 10,000 cases). Empty laptops then log in and pull it all over
HTTP. Targets (issue 16): initial sync < 30 s for 10,000 cases / 100,000 meetings, incremental
sync of 50 changes < 1 s, client apply rate >= 15,000 records/s.

Environment (also options of `python -m tests.bench.sync`):
- TREPART_BENCH_SEED=sqlite|postgres: reuse the kept seed of this size (/work/wt/seed, made by
  `python -m tests.bench.seed` and made here if missing). Each run works on a copy (a file copy,
  or a PostgreSQL database made from the seed as template), migrated to the current code's head,
  so the seed stays as it was made and can be re-run after others' merges.
- TREPART_BENCH_SYNC_VARIANTS=before,after (default): which initial syncs to run, interleaved;
  "after" alone for one full-size measurement of the current code.
- TREPART_BENCH_SYNC_REPEATS=2 (default): fresh laptops per variant.
- TREPART_BENCH_SYNC_SERVER=process (default) | thread: the server as its own process
  (`trepart-server serve`, one worker, as deployed: its own interpreter and CPU), or as a
  thread of the bench's process (the earlier layout, where server and laptop
  share one interpreter lock and the "time in apply" includes waiting for the server's thread).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import uvicorn
from sqlalchemy import Engine

from desktop.domain.records import Meeting
from desktop.services import sync as sync_service
from desktop.services.session import open_session
from desktop.store import bulkload
from desktop.store.engine import PAGE_SIZE
from sync.protocol import wire
from sync.server import migrate
from sync.server.db import make_engine
from sync.server.main import create_app
from sync.server.settings import Settings
from tests.bench import seed as seeding
from tests.bench import server as bench_server
from tests.bench.common import BenchRow, median

SIZES = {"smoke": 50, "mid": 1_000, "full": 10_000}
REPEATS = 2  # fresh laptops per variant, interleaved A B A B
SERVERS = ("process", "thread")
PASSWORD = seeding.PASSWORD
KDF = seeding.KDF


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _folder_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6


def _start_server(settings: Settings, engine: Engine, how: str
                  ) -> tuple[str, Callable[[], None]]:
    """Start the server on a free loopback port: (its URL, how to stop it)."""
    assert how in SERVERS, how
    port = _port()
    url = f"http://127.0.0.1:{port}"
    if how == "thread":
        server = uvicorn.Server(uvicorn.Config(create_app(settings, engine=engine),
                                               host="127.0.0.1", port=port, log_level="warning"))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.05)

        def stop_thread() -> None:
            server.should_exit = True
            thread.join(timeout=30)
        return url, stop_thread
    # `trepart-server serve` with one worker, as a trial or a small deployment runs it.
    proc = bench_server.start_server(str(settings.database_url), port, workers=1,
                                     data_dir=settings.data_dir,
                                     field_key_file=settings.field_key_file)

    def stop_process() -> None:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
    return url, stop_process


@contextlib.contextmanager
def _server_db(kind: str | None, cases: int, root: Path
               ) -> Iterator[tuple[str, Path, Path, tuple[str, float]]]:
    """(database url, key file, seeding laptop folder, (how it was seeded, its ops/s))."""
    if kind is None:  # seeded now, for this run only, on a SQLite file
        url, key_file = f"sqlite:///{root / 'server.db'}", root / "server.keys"
        settings = seeding.fast_settings(url, root, key_file)
        engine = make_engine(settings)
        try:
            migrate.upgrade(engine)
            seeding.add_user(engine, settings, seeding.SEEDER)
            laptop, _counts = seeding.make_laptop(root / "seeder", cases=cases)
            with laptop, seeding.app_transport(settings, engine) as transport:
                seeding.log_in(laptop, transport, seeding.SEEDER)
                report = seeding.push_outbox(engine, laptop)
        finally:
            engine.dispose()
        how = (f"seeded now: {report.ops:,} ops in-process, "
               f"{report.ops / report.cpu_seconds:,.0f} ops/s CPU")
        yield url, key_file, root / "seeder", (how, report.ops / report.seconds)
        return
    kept = seeding.kept_seed(kind, cases=cases)
    if kept is None:
        kept = seeding.make_seed(kind, cases=cases)
    with seeding.working_copy(kept, root) as (url, laptop):
        push_s = kept.seconds["push"]
        how = f"kept {kind} seed of {kept.made_at}: {kept.ops:,} ops in {push_s:,.0f} s"
        yield url, kept.key_file, laptop, (how, kept.ops / push_s)


def run(size: str) -> list[BenchRow]:
    cases = SIZES[size]
    kind = os.environ.get("TREPART_BENCH_SEED") or None
    variants = [v for v in os.environ.get("TREPART_BENCH_SYNC_VARIANTS", "before,after")
                .split(",") if v]
    repeats = int(os.environ.get("TREPART_BENCH_SYNC_REPEATS", REPEATS))
    assert kind in (None, "sqlite", "postgres") and set(variants) <= {"before", "after"}
    root = Path(tempfile.mkdtemp(prefix="trepart-syncbench-"))
    try:
        with _server_db(kind, cases, root) as (url, key_file, laptop_dir, how):
            return _measure(url, key_file, laptop_dir, how, root, cases=cases,
                            variants=variants, repeats=repeats, full=size == "full",
                            backend=kind or "sqlite")
    finally:
        shutil.rmtree(root, ignore_errors=True)


def _measure(url: str, key_file: Path, laptop_dir: Path, how: tuple[str, float], root: Path,
             *, cases: int, variants: list[str], repeats: int, full: bool, backend: str
             ) -> list[BenchRow]:
    settings = seeding.fast_settings(url, root, key_file)
    engine = make_engine(settings)  # with its at-rest key file, as `trepart-server serve`
    migrate.upgrade(engine)  # a kept seed made by older code is brought to the head
    server = os.environ.get("TREPART_BENCH_SYNC_SERVER", "process")
    server_url, stop = _start_server(settings, engine, server)
    timings: dict[str, list[float]] = {v: [] for v in variants}
    applying: dict[str, list[float]] = {v: [] for v in variants}
    pulled: dict[str, list[int]] = {v: [] for v in variants}
    sizes: dict[str, list[float]] = {v: [] for v in variants}
    wal: dict[str, list[float]] = {v: [] for v in variants}  # the WAL file beside the vault
    free: dict[str, list[float]] = {v: [] for v in variants}  # free pages inside the vault
    try:
        # The same initial sync onto empty laptops, interleaved: record by record with pages
        # of 500 (before issue 16's step 2) and as a bulk load with large pages read ahead.
        fresh = None
        for rep in range(repeats):
            for variant in variants:
                if fresh is not None:
                    fresh.close()
                name = f"fresh{rep}{variant}"
                seeding.add_user(engine, settings, name)
                fresh = seeding.sessions.create_vault(
                    root / name, "x", username=name, role="consultant",
                    team=seeding.demo.TEAM, kdf=KDF)
                sync_service.log_in(fresh.store, server_url=server_url, username=name,
                                    password=PASSWORD)
                spent = [0.0]
                with _variant(variant, spent):
                    start = time.perf_counter()
                    initial = sync_service.run(fresh)
                    timings[variant].append(time.perf_counter() - start)
                applying[variant].append(initial.pulled / spent[0])
                pulled[variant].append(initial.pulled)
                sizes[variant].append(_folder_mb(root / name))
                wal[variant].append(sum(p.stat().st_size for p in (root / name).rglob("*-wal"))
                                    / 1e6)
                with fresh.store.read() as conn:
                    free[variant].append(conn.exec_driver_sql("PRAGMA freelist_count").scalar()
                                         * PAGE_SIZE / 1e6)
                meetings = fresh.store.count(Meeting)
        assert fresh is not None
        # 50 changed meetings reach the server from the seeding laptop (through the same
        # in-process push; the laptop never pulled, so a full sync of it would pull everything)
        with open_session(laptop_dir, seeding.LAPTOP_PASSWORD) as seeder:
            changed = seeder.store.list(Meeting, limit=50)
            for i, m in enumerate(changed):
                seeder.store.save(m.replace(decisions=f"Ændret {i}"), audit=False)
            seeding.push_outbox(engine, seeder)
        start = time.perf_counter()
        incremental = sync_service.run(fresh)
        incremental_seconds = time.perf_counter() - start
        fresh.close()
    finally:
        stop()
        engine.dispose()

    def spread(xs: list[float]) -> str:
        return f"min {min(xs):,.1f} max {max(xs):,.1f}"

    main = "after" if "after" in variants else variants[0]
    label = (f"{cases:,} cases, {meetings:,} meetings, {pulled[main][-1]:,} records, {backend}, "
             f"server as a {server}")
    initial_seconds = median(timings[main])
    apply_rate = median(applying[main])
    has_base = main != "before" and "before" in variants
    base_s = median(timings["before"]) if has_base else None
    base_rate = median(applying["before"]) if has_base else None
    apply_s = [n / r for n, r in zip(pulled[main], applying[main], strict=True)]
    rows = [
        BenchRow("sync", f"server seed, in-process push ({how[0]})", how[1], "ops/s"),
        BenchRow("sync", f"initial sync ({label}; {len(timings[main])} runs, "
                 f"{spread(timings[main])})", initial_seconds, "s", base_s, "< 30 s",
                 initial_seconds < 30 if full else None),
        BenchRow("sync", f"  of which in apply_page ({spread(apply_s)})", median(apply_s), "s"),
        BenchRow("sync", f"client apply rate, time in apply only ({spread(applying[main])})",
                 apply_rate, "rec/s", base_rate, ">= 15,000/s", apply_rate >= 15_000),
        BenchRow("sync", f"vault size after initial sync ({spread(sizes[main])})",
                 median(sizes[main]), "MB", None, "<= 350 MB",
                 median(sizes[main]) <= 350 if full else None),
        BenchRow("sync", f"  of which the WAL file ({spread(wal[main])})", median(wal[main]), "MB"),
        BenchRow("sync", f"  of which free pages in the vault ({spread(free[main])})",
                 median(free[main]), "MB"),
    ]
    if has_base:
        rows += [
            BenchRow("sync", f"  record by record, pages of 500 ({spread(timings['before'])})",
                     median(timings["before"]), "s"),
            BenchRow("sync", f"  record by record apply rate ({spread(applying['before'])})",
                     median(applying["before"]), "rec/s"),
        ]
    rows.append(BenchRow("sync", f"incremental sync ({incremental.pulled} changes)",
                         incremental_seconds * 1000, "ms", None, "< 1000 ms",
                         incremental_seconds < 1))
    return rows


class _ClientWire:
    """`sync.protocol.wire` as the client's sync service sees it in the "before" variant: the
    initial page size back to the default page. Only the client's module reference is
    replaced, so the server's own limits (read by its routes) stay as they are."""

    MAX_PAGE = wire.DEFAULT_PAGE

    def __getattr__(self, name: str) -> object:
        return getattr(wire, name)


@contextlib.contextmanager
def _variant(variant: str, spent: list[float]) -> Iterator[None]:
    """Time spent applying pages (including the index build); "before" switches the bulk load
    and the large initial pages off."""
    real_apply, real_begin = sync_service.StoreSyncAdapter.apply_page, bulkload.begin

    def apply_page(self, page):  # type: ignore[no-untyped-def]
        start = time.perf_counter()
        try:
            return real_apply(self, page)
        finally:
            spent[0] += time.perf_counter() - start

    sync_service.StoreSyncAdapter.apply_page = apply_page  # type: ignore[method-assign]
    if variant == "before":
        bulkload.begin = lambda store: False  # type: ignore[assignment]
        sync_service.wire = _ClientWire()  # type: ignore[assignment]
    try:
        yield
    finally:
        sync_service.StoreSyncAdapter.apply_page = real_apply  # type: ignore[method-assign]
        bulkload.begin = real_begin  # type: ignore[assignment]
        sync_service.wire = wire


def main(argv: list[str] | None = None) -> int:
    import argparse

    from tests.bench.__main__ import format_table

    parser = argparse.ArgumentParser(prog="python -m tests.bench.sync")
    parser.add_argument("size", nargs="?", default="smoke", choices=tuple(SIZES))
    parser.add_argument("--seed", choices=("sqlite", "postgres"),
                        help="reuse (or make) the kept seed of this database and size")
    parser.add_argument("--variants", default="before,after")
    parser.add_argument("--repeats", type=int, default=REPEATS)
    parser.add_argument("--server", choices=SERVERS, default="process")
    args = parser.parse_args(argv)
    os.environ["TREPART_BENCH_SYNC_SERVER"] = args.server
    if args.seed:
        os.environ["TREPART_BENCH_SEED"] = args.seed
    os.environ["TREPART_BENCH_SYNC_VARIANTS"] = args.variants
    os.environ["TREPART_BENCH_SYNC_REPEATS"] = str(args.repeats)
    started = time.perf_counter()
    print(format_table(run(args.size)))
    print(f"(bench took {time.perf_counter() - started:,.0f} s)")
    return 0


if __name__ == "__main__":
    import sys

    sys.stdout.flush()
    code = main()
    sys.stdout.flush()
    os._exit(code)
