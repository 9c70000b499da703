"""Issue 16 steps measured side by side: each variant against its baseline, interleaved A B A B.

Step 1, the statement cache: a new vault's migrations ran on the connection the store then
worked on, filling sqlcipher3's 100-entry statement cache (baseline: `cached_statements=100,
migrate_apart=False`, the old behaviour); now migrations run on a connection that is closed
and the cache holds 1024. Measured in the session that created the vault (the case of a new
laptop's first sync): bulk inserts through the store, applying pulled pages, and one-field write
transactions. Every figure is a median over the repeats, with min and max, in CPU time of the
bench process (wall time on this shared machine swings by 10x between repeats).

Step 2, the bulk load of an initial sync (desktop.store.bulkload): the same pages applied
record by record against one existence check and one executemany per record type, with the
search index built once at the end (its build time included in the rate). The clocks column
after it, compact (desktop.store.clocks) against the same maps as per-field JSON. The apply
path against an older revision of the code: tests.bench.apply_versions.

Usage: python -m tests.bench.scale [smoke|mid|full]
"""

from __future__ import annotations

import json
import os
import random
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop.domain.records import Meeting, Record
from desktop.services import demo
from desktop.store import Store, bulkload
from desktop.store.syncing import apply_changes
from sync.protocol.catalogue import CATALOGUE
from sync.protocol.wire import RecordChange
from tests.bench.common import BenchRow, median

# cases, repeats per variant
SIZES = {"smoke": (20, 2), "mid": (100, 5), "full": (1000, 3)}
# CPU time of this process, not wall time: the machine is shared (2 cores, several engineers'
# test runs), and the work measured here is all in-process (SQLCipher, SQLAlchemy, Python).
_clock = time.process_time
PAGE = 500  # the client's pull page
WRITES = 200

Variant = dict[str, Any]
VARIANTS: dict[str, Variant] = {
    "before": {"cached_statements": 100, "migrate_apart": False},
    "after": {},
}


def _new_store(path: Path, variant: Variant) -> Store:
    store = Store.open(path, os.urandom(32), create=True, **variant)
    store.set_identity(username="bench", role="consultant", team=demo.TEAM)
    return store


def _pages(
    records: list[Record], root: Path, sizes: dict[str, float]
) -> list[list[RecordChange]]:
    """The pages a server would send for these records: built from a seeding store's outbox."""
    seeder = Store.open(root / "seeder.db", os.urandom(32), create=True)
    seeder.set_identity(username="seeder", role="consultant", team=demo.TEAM)
    for i in range(0, len(records), 2000):
        demo.save_all(seeder, records[i : i + 2000])
    # The waiting operations as a push sends them (values read from the rows, issue 16).
    rows = seeder.pending_ops(1 << 30, max_bytes=1 << 62)
    # Step 3: the seeder's file with every op waiting, then after they drained (as a push
    # acknowledges them) and the free pages were handed back in short steps.
    seeder.checkpoint()
    sizes["full outbox"] = seeder.path.stat().st_size / 1e6
    seeder.remove_ops([r.op_id for r in rows])
    seeder.checkpoint()
    sizes["drained, not reclaimed"] = seeder.path.stat().st_size / 1e6
    while seeder.reclaim_space():
        pass
    seeder.checkpoint()
    sizes["drained"] = seeder.path.stat().st_size / 1e6
    seeder.close()
    changes = []
    for seq, r in enumerate(rows, start=1):
        fields = r.fields
        changes.append(RecordChange(
            seq=seq, record_type=r.record_type, record_id=r.record_id,
            values={n: w["value"] for n, w in fields.items()},
            clocks={n: w["hlc"] for n, w in fields.items()},
        ))
    return [changes[i : i + PAGE] for i in range(0, len(changes), PAGE)]


def _inserts(store: Store, records: list[Record]) -> float:
    start = _clock()
    for i in range(0, len(records), 2000):
        demo.save_all(store, records[i : i + 2000])
    return len(records) / (_clock() - start)


def _apply(store: Store, pages: list[list[RecordChange]]) -> float:
    start = _clock()
    n = 0
    for page in pages:
        applied = apply_changes(store, page, page[-1].seq)
        n += len(page)
        assert applied.quarantined == 0
    return n / (_clock() - start)


def _apply_bulk(store: Store, pages: list[list[RecordChange]]) -> tuple[float, float]:
    """The initial-sync bulk load: (records/s including the index build, seconds of the build)."""
    start = _clock()
    bulkload.begin(store)
    n = 0
    for page in pages:
        applied = apply_changes(store, page, page[-1].seq)
        n += len(page)
        assert applied.quarantined == 0
    built = _clock()
    bulkload.finish(store)
    end = _clock()
    return n / (end - start), end - built


def _raw_executemany(store: Store, pages: list[list[RecordChange]]) -> float:
    """The same rows with plain sqlcipher3 executemany into the same (keyed, triggered)
    tables, one transaction per page: the issue's "raw SQLCipher" baseline for bulk inserts."""
    from desktop.store.syncing import _insert_row

    by_page = []
    for page in pages:
        groups: dict[tuple[str, tuple[str, ...]], list[tuple[Any, ...]]] = {}
        for c in page:
            rt = CATALOGUE[c.record_type]
            row = _insert_row(rt, c)
            groups.setdefault((rt.table, tuple(row)), []).append(tuple(row.values()))
        by_page.append(groups)
    raw = store.engine.raw_connection()
    try:
        start = _clock()
        n = 0
        for groups in by_page:
            raw.execute("BEGIN IMMEDIATE")
            for (table, cols), rows in groups.items():
                names = ", ".join(f'"{c}"' for c in cols)
                marks = ", ".join("?" for _ in cols)
                raw.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', rows)
                n += len(rows)
            raw.execute("COMMIT")
        return n / (_clock() - start)
    finally:
        raw.close()


def _clock_bytes(store: Store) -> tuple[float, float]:
    """MB of the vault's clocks column as stored (desktop.store.clocks: one stamp per record
    where every field shares it) and as the per-field JSON every row held before."""
    from desktop.store import clocks
    from desktop.store.schema import RECORD_TABLES

    stored = as_json = 0
    with store.read() as conn:
        for table in RECORD_TABLES.values():
            for (text_,) in conn.execute(select(table.c.clocks)):
                stored += len(text_.encode())
                as_json += len(json.dumps(clocks.decode(text_)).encode())
    return stored / 1e6, as_json / 1e6


def _writes(store: Store, meeting_ids: list[str]) -> float:
    rng = random.Random(7)
    start = _clock()
    for i in range(WRITES):
        m = store.get(Meeting, rng.choice(meeting_ids))
        assert m is not None
        store.save(m.replace(decisions=f"Beslutning {i}"))
    return WRITES / (_clock() - start)


def _interleaved(
    repeats: int, measure: Callable[[str, int], float]
) -> dict[str, list[float]]:
    samples: dict[str, list[float]] = {v: [] for v in VARIANTS}
    for rep in range(repeats):
        for variant in VARIANTS:  # A B A B ...
            samples[variant].append(measure(variant, rep))
    return samples


def _rows(name: str, unit: str, samples: dict[str, list[float]], target: str = "",
          met: Callable[[float, float], bool] | None = None) -> list[BenchRow]:
    after, before = median(samples["after"]), median(samples["before"])
    spread = "min {:,.2f} max {:,.2f}" if unit == "ms" else "min {:,.0f} max {:,.0f}"
    return [
        BenchRow("scale", f"{name} (after; {spread.format(*_mm(samples['after']))})", after, unit,
                 before, target, None if met is None else met(after, before)),
        BenchRow("scale", f"  baseline before ({spread.format(*_mm(samples['before']))})",
                 before, unit),
    ]


def _spread(xs: list[float]) -> str:
    return f"min {min(xs):,.0f} max {max(xs):,.0f}"


def _mm(xs: list[float]) -> tuple[float, float]:
    return min(xs), max(xs)


def run(size: str) -> list[BenchRow]:
    cases, repeats = SIZES[size]
    records = list(demo.records(cases=cases, meetings_per_case=10))
    meeting_ids = [r.id for r in records if isinstance(r, Meeting)]
    root = Path(tempfile.mkdtemp(prefix="trepart-scalebench-"))
    try:
        sizes: dict[str, float] = {}
        pages = _pages(records, root, sizes)
        # Warm-up: neither variant pays for Python's and SQLAlchemy's first compiles.
        warm = _new_store(root / "warm.db", {})
        _inserts(warm, records[:2000])
        warm.close()

        def inserts_then_writes(variant: str, rep: int) -> float:
            store = _new_store(root / f"ins-{variant}-{rep}.db", VARIANTS[variant])
            rate = _inserts(store, records)
            write_rates[variant].append(_writes(store, meeting_ids))
            store.close()
            return rate

        def applies(variant: str, rep: int) -> float:
            store = _new_store(root / f"apply-{variant}-{rep}.db", VARIANTS[variant])
            rate = _apply(store, pages)
            store.close()
            return rate

        write_rates: dict[str, list[float]] = {v: [] for v in VARIANTS}
        inserts = _interleaved(repeats, inserts_then_writes)
        applied = _interleaved(repeats, applies)
        # Step 2: the same pages applied record by record ("before") and as a bulk load with
        # the index built once at the end ("after"), both on the step-1 store.
        bulk: dict[str, list[float]] = {"before": [], "after": []}
        raw_rates: list[float] = []
        builds: list[float] = []
        for rep in range(repeats):
            store = _new_store(root / f"normal-{rep}.db", {})
            bulk["before"].append(_apply(store, pages))
            store.close()
            store = _new_store(root / f"bulk-{rep}.db", {})
            rate, build = _apply_bulk(store, pages)
            bulk["after"].append(rate)
            builds.append(build)
            store.checkpoint()
            sizes["after initial sync (bulk)"] = store.path.stat().st_size / 1e6
            sizes["clocks (compact)"], sizes["clocks (per-field JSON)"] = _clock_bytes(store)
            store.close()
            store = _new_store(root / f"raw-{rep}.db", {})
            raw_rates.append(_raw_executemany(store, pages))
            store.close()
    finally:
        shutil.rmtree(root, ignore_errors=True)
    n = f"{len(records):,} records"
    return [
        *_rows(f"stmt cache: bulk inserts, new vault ({n})", "rec/s", inserts),
        *_rows(f"stmt cache: apply pulled pages, new vault ({n})", "rec/s", applied),
        *_rows("stmt cache: one-field write tx, new vault", "tx/s", write_rates),
        *_rows(f"bulk load: apply incl. index build ({n})", "rec/s", bulk, ">= 15,000/s",
               lambda after, _before: after >= 15_000),
        BenchRow("scale", "  of which the index build at the end", median(builds) * 1000, "ms"),
        BenchRow("scale", f"store bulk inserts vs raw sqlcipher3 executemany ({n})",
                 median(inserts["after"]), "rec/s", median(raw_rates), ">= 0.15x",
                 median(inserts["after"]) >= 0.15 * median(raw_rates)),
        BenchRow("scale", "bulk-load apply vs raw sqlcipher3 executemany",
                 median(bulk["after"]), "rec/s", median(raw_rates), ">= 0.15x",
                 median(bulk["after"]) >= 0.15 * median(raw_rates)),
        BenchRow("scale", f"  raw executemany, same rows, FTS triggers on ({_spread(raw_rates)})",
                 median(raw_rates), "rec/s"),
        BenchRow("scale", "vault size after initial sync (bulk)",
                 sizes["after initial sync (bulk)"], "MB"),
        BenchRow("scale", "clocks column after initial sync (bulk), vs the same maps as "
                 "per-field JSON", sizes["clocks (compact)"], "MB",
                 sizes["clocks (per-field JSON)"]),
        BenchRow("scale", "vault size, drained outbox, pages reclaimed", sizes["drained"], "MB",
                 sizes["full outbox"]),
        BenchRow("scale", "  drained outbox, pages not handed back (before)",
                 sizes["drained, not reclaimed"], "MB"),
        *_pg_params(repeats),
    ]


def _pg_params(repeats: int, batches: int = 40, batch: int = 200) -> list[BenchRow]:
    """Step 4: the push's multi-row INSERT (sync.server.store) with its array parameters as
    text (`%s`, psycopg's quoting) against binary (`%b`), into a scratch table of the same
    columns. Client CPU time per batch (what the escaper cost) and wall time; A B A B."""
    import psycopg

    from sync.server import store as server_store
    from tests.bench.server import POSTGRES_URL, _dsn

    sql_text = server_store._INSERT_PG.text.replace("INSERT INTO records", "INSERT INTO probe")
    variants = {"before": server_store._pg(sql_text, binary=False),
                "after": server_store._pg(sql_text)}
    rng = random.Random(5)
    rows = {
        "t": ["meeting"] * batch, "i": [f"01a2{rng.getrandbits(100):028x}" for _ in range(batch)],
        "c": [f"01a3{rng.getrandbits(100):028x}" for _ in range(batch)], "p": [None] * batch,
        "v": [json.dumps({"notes": " ".join(rng.choice(("lager", "truck", "pause", "Bæk, \"x\""))
                                            for _ in range(120)), "decisions": "Aftalt {a,b}"},
                         ensure_ascii=False) for _ in range(batch)],
        "k": [json.dumps({"notes": "001796223332588:00000:75a7fb5e76bc"})] * batch,
        "d": [False] * batch, "o": ["Team Vest"] * batch, "b": ["anne"] * batch,
        "ca": [1_796_223_332_588] * batch, "ua": [1_796_223_332_588] * batch,
    }
    try:
        conn = psycopg.connect(_dsn(POSTGRES_URL), connect_timeout=3)
    except psycopg.OperationalError:
        return [BenchRow("scale", "pg %b parameters: PostgreSQL not reachable", float("nan"), "")]
    cpu: dict[str, list[float]] = {v: [] for v in variants}
    wall: dict[str, list[float]] = {v: [] for v in variants}
    with conn:
        conn.execute(
            "CREATE TEMP TABLE probe (record_type varchar, record_id varchar, case_id varchar, "
            "parent_id varchar, \"values\" jsonb, clocks jsonb, deleted boolean, seq bigint, "
            "owner_team varchar, created_by varchar, created_at_ms bigint, updated_at_ms bigint)"
        )
        for _ in range(repeats):
            for variant, sql in variants.items():
                c0, w0 = time.process_time(), time.perf_counter()
                with conn.cursor() as cur:
                    for _ in range(batches):
                        cur.execute(sql, rows, binary=True)
                conn.commit()
                cpu[variant].append((time.process_time() - c0) / batches * 1000)
                wall[variant].append((time.perf_counter() - w0) / batches * 1000)
                conn.execute("TRUNCATE probe")
                conn.commit()
    conn.close()
    return [
        *_rows(f"pg push INSERT {batch} rows, client CPU per batch", "ms", cpu),
        *_rows(f"pg push INSERT {batch} rows, wall per batch", "ms", wall),
    ]


if __name__ == "__main__":
    import sys

    from tests.bench.__main__ import format_table

    print(format_table(run(sys.argv[1] if len(sys.argv) > 1 else "smoke")))
    os._exit(0)
