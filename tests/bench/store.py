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
from typing import Any

from desktop.domain.records import Meeting, Record
from desktop.services import demo
from desktop.services.session import open_session
from desktop.store import Store
from desktop.vault import KdfParams, Vault, benchmark_kdf
from tests.bench.common import BenchRow, median, percentile

SIZES = {"smoke": 100, "full": 10_000}
WORDS = ("truck", "lager", "pause", "mentor", "høreværn", "rutiner", "Hansen", "Sørensen",
         "Bæk", "kantine", "fleksjob", "støj", "Mette", "Jens", "løft", "tempo", "kollegerne")


def _fill(store: Store, records: list[Record]) -> float:
    start = time.perf_counter()
    for i in range(0, len(records), 2000):
        demo.save_all(store, records[i : i + 2000])
    return len(records) / (time.perf_counter() - start)


def _small_writes(
    store: Store, meeting_ids: list[str], n: int, *, field: str = "decisions", seed: int = 7
) -> tuple[float, float]:
    """A consultant's pattern: one field changed, one transaction, many times.

    `decisions` is searched (its index entry is rewritten); `planned_hours` is not.
    Returns (tx/s wall, ms of CPU per tx)."""
    rng = random.Random(seed)
    start, cpu = time.perf_counter(), time.process_time()
    for i in range(n):
        m = store.get(Meeting, rng.choice(meeting_ids))
        assert m is not None
        value: object = f"Beslutning {seed}.{i}" if field == "decisions" else float(i % 30 + 1)
        store.save(m.replace(**{field: value}))
    return n / (time.perf_counter() - start), (time.process_time() - cpu) / n * 1000


ROUNDS = 4  # the small writes: plain and encrypted alternate, A B A B


def _interleaved_writes(
    paths: dict[str, tuple[Path, bytes | None]], meeting_ids: list[str], n: int, field: str
) -> dict[str, dict[str, list[float]]]:
    stores = {v: Store.open(p, k) for v, (p, k) in paths.items()}
    out: dict[str, dict[str, list[float]]] = {v: {"tps": [], "cpu": []} for v in stores}
    try:
        for store in stores.values():  # warm both caches and statement caches alike
            _small_writes(store, meeting_ids, 10, field=field, seed=99)
        for r in range(ROUNDS):
            for v, store in stores.items():
                tps, cpu = _small_writes(store, meeting_ids, max(1, n // ROUNDS), field=field,
                                         seed=r)
                out[v]["tps"].append(tps)
                out[v]["cpu"].append(cpu)
    finally:
        for store in stores.values():
            store.close()
    return out


def _spread(samples: list[float]) -> str:
    return f"{min(samples):,.0f}-{max(samples):,.0f}" if max(samples) >= 10 else (
        f"{min(samples):.2f}-{max(samples):.2f}"
    )


def _drained_size(path: Path, key: bytes | None) -> float:
    """The file after every waiting operation was acknowledged and free pages handed back."""
    store = Store.open(path, key)
    try:
        store.remove_ops([op.op_id for op in store.pending_ops(1 << 30, max_bytes=1 << 62)])
        while store.reclaim_space():
            pass
        store.checkpoint()
    finally:
        store.close()
    return path.stat().st_size / 1e6


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
    results: dict[str, dict[str, Any]] = {}
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
            store.checkpoint()
            store.close()
            r["open"] = min(_time_open(path, key) for _ in range(3))
            r["size_mb"] = path.stat().st_size / 1e6  # the seeding vault: every op waiting
        paths = {"plain": (plain_path, None), "encrypted": (vault.database_path,
                                                            vault.database_key)}
        for field in ("decisions", "planned_hours"):
            for variant, m in _interleaved_writes(paths, meeting_ids, writes, field).items():
                results[variant][f"writes_{field}"] = m["tps"]
                results[variant][f"cpu_{field}"] = m["cpu"]
        for variant, (path, key) in paths.items():
            results[variant]["drained_mb"] = _drained_size(path, key)
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
        *_write_rows(enc, plain),
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
        BenchRow("store", "  after the outbox drained, pages reclaimed", enc["drained_mb"], "MB",
                 enc["size_mb"]),
    ]


def _write_rows(enc: dict[str, Any], plain: dict[str, Any]) -> list[BenchRow]:
    rows = []
    for field, label in (("decisions", "searched"), ("planned_hours", "unsearched")):
        e, p = enc[f"writes_{field}"], plain[f"writes_{field}"]
        ce, cp = enc[f"cpu_{field}"], plain[f"cpu_{field}"]
        rows += [
            BenchRow("store", f"small write tx, {label} field [{_spread(e)}]", median(e), "tx/s",
                     median(p), ">= 0.9x", median(e) >= 0.9 * median(p)),
            BenchRow("store", f"  CPU per tx [{_spread(ce)}] (baseline: plain)", median(ce),
                     "ms", median(cp)),
        ]
    return rows


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
