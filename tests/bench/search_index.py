"""The search index with and without word positions (migration 0015), side by side.

A vault is bulk-loaded as an initial sync loads it (tests.bench.scale: demo records as pulled
pages, the index built once at the end). Its index rows are then indexed again into two side
tables with the vault's tokenizer and prefix indexes, one with FTS5's default `detail = full`
(word positions: the index before migration 0015) and one with `detail = none` (the index now),
built alternately A B A B. For each: the CPU time of the build (INSERT ... SELECT and the
merge), the bytes of its term lists, and the latency of the store's own search query (the
query builder of desktop.store.search, the SQL of Store.search) over what users type as they
type it, prefixes of common words of three letters and more. The bench fails unless both give
the same hits with the same snippets for every query.

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

from desktop.services import demo
from desktop.store import store as store_module
from desktop.store.search import fts_query
from desktop.store.store import SEARCH_CODES, Store
from tests.bench import scale
from tests.bench.common import BenchRow, median, percentile

SIZES = {"smoke": 200, "full": 10_000}
REPEATS = 2  # builds per variant, alternating
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
    ]


def main() -> int:
    import sys

    from tests.bench.__main__ import format_table

    print(format_table(run(sys.argv[1] if len(sys.argv) > 1 else "smoke")))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
