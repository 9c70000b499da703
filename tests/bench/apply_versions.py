"""The device's apply path, this tree against an older revision, interleaved A B A B.

Each sample is a fresh process that imports one tree (this one, or `git archive <base>`
unpacked in a temporary directory) and measures, with that tree's own code, on the same demo
records: the bulk load of an initial sync (pages applied with one executemany per record type,
the search index built once at the end, included) and the record-by-record apply, both in CPU
time of the process (tests.bench.scale), plus the vault's size and its `clocks` column bytes
after the bulk load. Processes alternate between the trees, so both see the same machine load.

Usage: python -m tests.bench.apply_versions BASE_REV [cases] [repeats]
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.bench.common import BenchRow, median

HERE = Path(__file__).resolve()
TREE = HERE.parents[2]


def _measure(cases: int) -> dict[str, float]:
    """One sample, in whichever tree is first on sys.path (run as a script by `run`)."""
    from sqlalchemy import text

    from desktop.services import demo
    from desktop.store.schema import RECORD_TABLES
    from tests.bench import scale

    records = list(demo.records(cases=cases, meetings_per_case=10))
    root = Path(tempfile.mkdtemp(prefix="trepart-applyab-"))
    try:
        pages = scale._pages(records, root, {})
        warm = scale._new_store(root / "warm.db", {})
        scale._apply_bulk(warm, pages[:4])  # first compiles paid outside the samples
        warm.close()
        store = scale._new_store(root / "normal.db", {})
        normal = scale._apply(store, pages)
        store.close()
        store = scale._new_store(root / "bulk.db", {})
        bulk, _build = scale._apply_bulk(store, pages)
        store.checkpoint()
        size = store.path.stat().st_size / 1e6
        with store.read() as conn:
            clock_bytes = sum(
                conn.execute(text(f'SELECT coalesce(sum(length(clocks)), 0) FROM "{t.name}"'))
                .scalar() or 0
                for t in RECORD_TABLES.values()
            )
        store.close()
        return {"records": sum(len(p) for p in pages), "bulk": bulk, "normal": normal,
                "size_mb": size, "clocks_mb": clock_bytes / 1e6}
    finally:
        shutil.rmtree(root, ignore_errors=True)


def _sample(tree: Path, cases: int) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": str(tree), "QT_QPA_PLATFORM": "offscreen"}
    # Run as `-c`, not as a script: a script's own folder (tests/bench, with its sync.py)
    # would come first on sys.path and hide the tree's `sync` package.
    code = (
        f"import runpy, sys; sys.argv = ['apply_versions', '--measure', {str(cases)!r}]; "
        f"runpy.run_path({str(HERE)!r}, run_name='__main__')"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tree, env=env, check=True, capture_output=True, text=True,
    ).stdout
    result: dict[str, float] = json.loads(out.strip().splitlines()[-1])
    return result


def run(base: str, cases: int = 100, repeats: int = 3) -> list[BenchRow]:
    scratch = Path(tempfile.mkdtemp(prefix="trepart-base-"))
    try:
        archive = subprocess.run(
            ["git", "archive", base], cwd=TREE, check=True, capture_output=True
        ).stdout
        subprocess.run(["tar", "-x", "-C", str(scratch)], input=archive, check=True)
        samples: dict[str, list[dict[str, float]]] = {"after": [], "before": []}
        for _ in range(repeats):  # A B A B ...
            samples["before"].append(_sample(scratch, cases))
            samples["after"].append(_sample(TREE, cases))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    n = f"{int(samples['after'][0]['records']):,} records"
    rows: list[BenchRow] = []
    for key, name, unit, target in (
        ("bulk", f"bulk-load apply incl. index build ({n})", "rec/s", ">= 15,000/s"),
        ("normal", f"record-by-record apply ({n})", "rec/s", ""),
        ("size_mb", "vault size after initial sync (bulk)", "MB", ""),
        ("clocks_mb", "clocks column bytes after initial sync (bulk)", "MB", ""),
    ):
        after = [s[key] for s in samples["after"]]
        before = [s[key] for s in samples["before"]]
        met = median(after) >= 15_000 if target else None
        rows += [
            BenchRow("apply", f"{name} (this tree; min {min(after):,.2f} max {max(after):,.2f})",
                     median(after), unit, median(before), target, met),
            BenchRow("apply", f"  {base} (min {min(before):,.2f} max {max(before):,.2f})",
                     median(before), unit),
        ]
    return rows


if __name__ == "__main__":
    if sys.argv[1] == "--measure":
        print(json.dumps(_measure(int(sys.argv[2]))))
        os._exit(0)
    from tests.bench.__main__ import format_table

    args = sys.argv[1:]
    print(format_table(run(args[0], *(int(a) for a in args[1:3]))))
    os._exit(0)
