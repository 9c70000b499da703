"""Store benchmark: the encrypted vault against plain SQLite, same schema, same data, same run.

The baseline is the same `sqlcipher3` build opened without a key, so only encryption differs.
"""

from __future__ import annotations

import os
import random
import shutil
import tempfile
import time
from pathlib import Path

from desktop.domain.records import Meeting, Record
from desktop.services import demo
from desktop.services.session import open_session
from desktop.store import Store
from desktop.vault import KdfParams, Vault, benchmark_kdf
from tests.bench.common import BenchRow, percentile

SIZES = {"smoke": 100, "full": 10_000}
WORDS = ("truck", "lager", "pause", "mentor", "høreværn", "rutiner", "Hansen", "Sørensen",
         "Bæk", "kantine", "fleksjob", "støj", "Mette", "Jens", "løft", "tempo", "kollegerne")


def _fill(store: Store, records: list[Record]) -> float:
    start = time.perf_counter()
    for i in range(0, len(records), 2000):
        demo.save_all(store, records[i : i + 2000])
    return len(records) / (time.perf_counter() - start)


def _small_writes(store: Store, meeting_ids: list[str], n: int) -> float:
    """A consultant's pattern: one field changed, one transaction, many times."""
    rng = random.Random(7)
    start = time.perf_counter()
    for i in range(n):
        m = store.get(Meeting, rng.choice(meeting_ids))
        assert m is not None
        store.save(m.replace(decisions=f"Beslutning {i}"))
    return n / (time.perf_counter() - start)


def _lookups(store: Store, ids: list[str], n: int) -> tuple[float, float]:
    """Lookups/s right after opening (cold page cache) and once the cache holds the pages."""
    rng = random.Random(11)
    sample = [rng.choice(ids) for _ in range(n)]
    rates = []
    for _ in range(2):
        start = time.perf_counter()
        for record_id in sample:
            assert store.get(Meeting, record_id) is not None
        rates.append(n / (time.perf_counter() - start))
    return rates[0], rates[1]


def _search(store: Store, n: int) -> list[float]:
    rng = random.Random(13)
    timings = []
    for _ in range(n):
        word = rng.choice(WORDS)
        query = word[: rng.randint(3, len(word))]
        start = time.perf_counter()
        store.search(query, limit=50)
        timings.append((time.perf_counter() - start) * 1000)
    return timings


def run(size: str) -> list[BenchRow]:
    cases = SIZES[size]
    records = list(demo.records(cases=cases, meetings_per_case=10))
    meeting_ids = [r.id for r in records if isinstance(r, Meeting)]
    lookups = 20_000 if size == "full" else 2_000
    searches = 300 if size == "full" else 50
    writes = 1_000 if size == "full" else 100
    root = Path(tempfile.mkdtemp(prefix="trepart-bench-"))
    results: dict[str, dict[str, float]] = {}
    password = "bench-password"
    try:
        # The encrypted vault lives in a real vault folder so unlock can be measured end to end.
        vault = Vault.create(root / "vault", password)
        # Warm-up: the first variant must not pay for Python's and SQLAlchemy's first compiles.
        warm = Store.open(root / "warm.db", None, create=True)
        warm.set_identity(username="bench", role="consultant", team="Bench")
        _fill(warm, records[: min(len(records), 3000)])
        warm.close()
        plain_path = root / "plain" / "trepart.db"
        plain_path.parent.mkdir()
        for variant, path, key in (("plain", plain_path, None),
                                   ("encrypted", vault.database_path, vault.database_key)):
            store = Store.open(path, key, create=True)
            store.set_identity(username="bench", role="consultant", team="Bench")
            r = results.setdefault(variant, {})
            r["inserts"] = _fill(store, records)
            store.close()
            store = Store.open(path, key)  # cold page cache, as after an unlock
            r["lookups_cold"], r["lookups"] = _lookups(store, meeting_ids, lookups)
            timings = _search(store, searches)
            r["fts_p50"], r["fts_p95"] = percentile(timings, 50), percentile(timings, 95)
            r["writes"] = _small_writes(store, meeting_ids, writes)
            store.close()
            r["open"] = min(_time_open(path, key) for _ in range(3))
            r["size_mb"] = path.stat().st_size / 1e6
        vault.lock()
        unlocks = []
        for _ in range(3):
            start = time.perf_counter()
            session = open_session(root / "vault", password)
            session.store.list(Meeting, limit=1)
            unlocks.append(time.perf_counter() - start)
            session.close()
        kdf = benchmark_kdf(KdfParams(), repeat=3)
    finally:
        shutil.rmtree(root, ignore_errors=True)

    enc, plain = results["encrypted"], results["plain"]
    n = f"{cases:,} cases, {len(meeting_ids):,} meetings"
    unlock = min(unlocks)
    return [
        BenchRow("store", f"bulk inserts ({n})", enc["inserts"], "rec/s", plain["inserts"],
                 ">= 0.8x", enc["inserts"] >= 0.8 * plain["inserts"]),
        BenchRow("store", "small write transactions", enc["writes"], "tx/s", plain["writes"],
                 ">= 0.8x", enc["writes"] >= 0.8 * plain["writes"]),
        BenchRow("store", "point lookups, warm cache (meeting by id)", enc["lookups"], "ops/s",
                 plain["lookups"], ">= 0.8x", enc["lookups"] >= 0.8 * plain["lookups"]),
        BenchRow("store", "point lookups, cold cache after unlock", enc["lookups_cold"], "ops/s",
                 plain["lookups_cold"]),
        BenchRow("store", "full-text search p50", enc["fts_p50"], "ms", plain["fts_p50"]),
        BenchRow("store", "full-text search p95", enc["fts_p95"], "ms", plain["fts_p95"],
                 "< 30 ms", enc["fts_p95"] < 30),
        BenchRow("store", "unlock incl. Argon2id (64 MiB, t=3, p=4)", unlock * 1000, "ms",
                 plain["open"] * 1000, "< 600 ms", unlock < 0.6),
        BenchRow("store", "  of which Argon2id alone", kdf * 1000, "ms"),
        BenchRow("store", "database file size", enc["size_mb"], "MB", plain["size_mb"]),
    ]


def _time_open(path: Path, key: bytes | None) -> float:
    start = time.perf_counter()
    store = Store.open(path, key)
    store.list(Meeting, limit=1)
    elapsed = time.perf_counter() - start
    store.close()
    return elapsed


if __name__ == "__main__":
    import sys

    from tests.bench.__main__ import format_table

    print(format_table(run(sys.argv[1] if len(sys.argv) > 1 else "smoke")))
    os._exit(0)
