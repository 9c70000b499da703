"""The search index with and without word positions (migration 0015), side by side.

A vault is bulk-loaded as an initial sync loads it (tests.bench.scale: demo records as pulled
pages, the index built once at the end). Its index rows are then indexed again into two side
tables with the vault's tokenizer and prefix indexes, one with FTS5's default `detail = full`
(word positions: the index before migration 0015) and one with `detail = none` (the index now),
built alternately A B A B. For each: the CPU time of the build (INSERT ... SELECT and the
merge), the bytes of its term lists, and the latency of the store's own search query (the
query builder of desktop.store.search, the SQL of Store.search) over what users type as they
type it, prefixes of common words of three letters and more. The bench fails unless both give
the same hits with the same snippets for every query. The bulk load's own index build
(desktop.store.bulkload.finish: the rebuild from the tables and the merge) is then timed with
FTS5's default 1 MiB term buffer and with the build's larger one, alternately, CPU and wall
time per build. Last, the vault's own index (its
triggers, its secure-delete) is rebuilt with and without positions in turn, A B A B, and a
consultant's small edit of a searched field (a meeting's decisions, one save) is timed on each
(CPU per transaction); a third variant without FTS5's secure-delete shows that option's share.

    python -m tests.bench.search_index [smoke|full]
"""

from __future__ import annotations

import random
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from sqlalchemy import text

from desktop.domain.records import Meeting
from desktop.services import demo
from desktop.store import bulkload
from desktop.store import store as store_module
from desktop.store.search import fts_query
from desktop.store.store import SEARCH_CODES, Store
from tests.bench import scale
from tests.bench.common import BenchRow, median, percentile

SIZES = {"smoke": 200, "full": 10_000}
REPEATS = 2  # builds per variant, alternating
WRITE_ROUNDS = 3  # small-write rounds per index variant, alternating
WRITES = {"smoke": 20, "full": 60}  # saves per round
VARIANTS = {"positions": "", "no positions": ", detail = none"}
WORDS = ("truck", "lager", "pause", "mentor", "høreværn", "rutiner", "Hansen", "Sørensen",
         "Bæk", "kantine", "fleksjob", "støj", "Mette", "Jens", "løft", "tempo", "kollegerne",
         "møde", "arbejde", "bageri")
FIXED = ("mø", "st", "Søren Nielsen", "Ågesen lager", "arbejdskollegerne")
OPTIONS = ("record_type UNINDEXED, record_id UNINDEXED, case_id UNINDEXED, body, "
           "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4 5 6 7'")


def _queries(n: int) -> list[str]:
    rng = random.Random(13)
    typed = []
    for _ in range(n):
        word = rng.choice(WORDS)
        typed.append(word[: rng.randint(3, len(word))])
    return typed + list(FIXED)


def _build(store: Store, table: str, detail: str) -> float:
    """CPU seconds to index the vault's index rows into a new `table`."""
    with store.write() as conn:
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS {table}")
        conn.exec_driver_sql(f"CREATE VIRTUAL TABLE {table} USING fts5({OPTIONS}{detail})")
    start = time.process_time()
    with store.write() as conn:
        conn.exec_driver_sql(
            f"INSERT INTO {table}(rowid, record_type, record_id, case_id, body) "
            "SELECT rowid, record_type, record_id, case_id, body FROM search_index")
        conn.exec_driver_sql(f"INSERT INTO {table}({table}) VALUES ('optimize')")
    return time.process_time() - start


def _search(store: Store, table: str, queries: list[str]
            ) -> tuple[list[float], dict[str, list[Any]]]:
    sql = text(str(store_module._SEARCH).replace("search_index", table))
    timings, hits = [], {}
    with store.read() as conn:
        for typed in queries:
            built = fts_query(typed)
            assert built is not None
            match, confirm = built
            start = time.perf_counter()
            found = []
            for code in SEARCH_CODES.values():
                found += [tuple(r) for r in conn.execute(sql, {
                    "q": match, "w": confirm, "lo": code << 40,
                    "hi": ((code + 1) << 40) - 1, "n": 50})]
            timings.append((time.perf_counter() - start) * 1000)
            hits[typed] = found
    return timings, hits


def _use_index(store: Store, detail: str, secure: int) -> None:
    """The vault's search_index rebuilt with `detail` and secure-delete `secure`, from the copy
    of its rows (its triggers stay as they are and write into it)."""
    with store.write() as conn:
        conn.exec_driver_sql("DROP TABLE search_index")
        conn.exec_driver_sql(f"CREATE VIRTUAL TABLE search_index USING fts5({OPTIONS}{detail})")
        conn.exec_driver_sql(
            f"INSERT INTO search_index(search_index, rank) VALUES ('secure-delete', {secure})")
        conn.exec_driver_sql(
            "INSERT INTO search_index(rowid, record_type, record_id, case_id, body) "
            "SELECT rid, record_type, record_id, case_id, body FROM bench_index_rows")
        conn.exec_driver_sql("INSERT INTO search_index(search_index) VALUES ('optimize')")
    store.checkpoint()


def _edits(store: Store, ids: list[str], n: int, rng: random.Random) -> float:
    """CPU ms per save of one searched field (a meeting's decisions)."""
    sample = rng.sample(ids, n + 5)
    for i, mid in enumerate(sample[:5]):  # first statements compiled outside the timing
        store.save(store.get(Meeting, mid).replace(decisions=f"Aftalt {i}"), audit=False)
    start = time.process_time()
    for i, mid in enumerate(sample[5:]):
        m = store.get(Meeting, mid)
        assert m is not None
        store.save(m.replace(decisions=f"Aftalt {i}: truck, pauser og lager"), audit=False)
    return (time.process_time() - start) / n * 1000


WRITE_VARIANTS = {"no positions": (", detail = none", 1), "positions": ("", 1),
                  "no positions, no secure-delete": (", detail = none", 0)}


def _write_rows(store: Store, ids: list[str], n: int) -> list[BenchRow]:
    with store.write() as conn:
        conn.exec_driver_sql(
            "CREATE TABLE bench_index_rows AS SELECT rowid AS rid, record_type, record_id, "
            "case_id, body FROM search_index")
    rng = random.Random(5)
    cpu: dict[str, list[float]] = {v: [] for v in WRITE_VARIANTS}
    for _ in range(WRITE_ROUNDS):
        for variant, (detail, secure) in WRITE_VARIANTS.items():
            _use_index(store, detail, secure)
            cpu[variant].append(_edits(store, ids, n, rng))

    def spread(xs: list[float]) -> str:
        return f"{min(xs):.1f}-{max(xs):.1f}"

    new, old, open_ = "no positions", "positions", "no positions, no secure-delete"
    return [
        BenchRow("index", f"small write, searched field, CPU per tx [{spread(cpu[new])}]",
                 median(cpu[new]), "ms", median(cpu[old])),
        BenchRow("index", f"  the same without secure-delete [{spread(cpu[open_])}]",
                 median(cpu[open_]), "ms", median(cpu[new])),
    ]


def _finish_rows(store: Store) -> list[BenchRow]:
    """The index built at the end of a bulk load (desktop.store.bulkload.finish, its rebuild
    from the tables and its merge) with FTS5's default 1 MiB term buffer, as before, and with
    the build's own (BUILD_HASHSIZE), alternately A B A B: CPU and wall time per build."""
    variants = {"default buffer": bulkload.FTS5_HASHSIZE, "build buffer": bulkload.BUILD_HASHSIZE}
    cpu: dict[str, list[float]] = {v: [] for v in variants}
    wall: dict[str, list[float]] = {v: [] for v in variants}
    saved = bulkload.BUILD_HASHSIZE
    try:
        for _ in range(REPEATS):
            for variant, size in variants.items():
                assert bulkload.begin(store)
                bulkload.BUILD_HASHSIZE = size
                c0, w0 = time.process_time(), time.perf_counter()
                assert bulkload.finish(store)
                cpu[variant].append(time.process_time() - c0)
                wall[variant].append(time.perf_counter() - w0)
    finally:
        bulkload.BUILD_HASHSIZE = saved
    new, old = "build buffer", "default buffer"
    mib = saved // (1024 * 1024)
    return [
        BenchRow("index", f"bulk-load index build CPU, {mib} MiB term buffer vs 1 MiB",
                 median(cpu[new]), "s", median(cpu[old])),
        BenchRow("index", "  the same, wall time", median(wall[new]), "s", median(wall[old])),
    ]


def run(size: str) -> list[BenchRow]:
    cases = SIZES.get(size, SIZES["smoke"])
    root = Path(tempfile.mkdtemp(prefix="trepart-indexbench-"))
    try:
        records = list(demo.records(cases=cases, meetings_per_case=10))
        store = scale._new_store(root / "vault.db", {})
        scale._apply_bulk(store, scale._pages(records, root, {}))
        queries = _queries(300 if size == "full" else 60)
        builds: dict[str, list[float]] = {v: [] for v in VARIANTS}
        data_mb: dict[str, float] = {}
        timings: dict[str, list[float]] = {}
        hits: dict[str, dict[str, list[Any]]] = {}
        for _ in range(REPEATS):
            for variant, detail in VARIANTS.items():
                table = "bench_" + variant.replace(" ", "_")
                builds[variant].append(_build(store, table, detail))
        for variant in VARIANTS:
            table = "bench_" + variant.replace(" ", "_")
            with store.read() as conn:
                data_mb[variant] = conn.exec_driver_sql(
                    f"SELECT sum(length(block)) FROM {table}_data").scalar() / 1e6
            _search(store, table, queries[:10])  # warm
            timings[variant], hits[variant] = _search(store, table, queries)
        finishes = _finish_rows(store)
        meeting_ids = [r.id for r in records if isinstance(r, Meeting)]
        writes = _write_rows(store, meeting_ids, WRITES.get(size, WRITES["smoke"]))
        store.close()
    finally:
        shutil.rmtree(root, ignore_errors=True)
    different = [q for q in hits["positions"] if hits["positions"][q] != hits["no positions"][q]]
    if different:
        raise AssertionError(f"the two indexes give different hits for {different[:5]}")
    new, old = "no positions", "positions"
    p95 = percentile(timings[new], 95)
    label = f"{cases:,} cases, {len(queries)} queries, same hits and snippets"
    return [
        BenchRow("index", f"index build CPU, no positions vs positions ({cases:,} cases)",
                 median(builds[new]), "s", median(builds[old])),
        BenchRow("index", "index term lists (search_index_data)", data_mb[new], "MB",
                 data_mb[old]),
        BenchRow("index", f"search p50 ({label})", percentile(timings[new], 50), "ms",
                 percentile(timings[old], 50)),
        BenchRow("index", "search p95", p95, "ms", percentile(timings[old], 95), "< 30 ms",
                 p95 < 30),
        BenchRow("index", "search slowest query", max(timings[new]), "ms", max(timings[old])),
        *finishes,
        *writes,
    ]


def main() -> int:
    import sys

    from tests.bench.__main__ import format_table

    print(format_table(run(sys.argv[1] if len(sys.argv) > 1 else "smoke")))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
