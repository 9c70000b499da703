"""`make bench`: run every benchmark module, print one table of ratios, write JSON.

Usage: python -m tests.bench [--size smoke|full] [--only store,documents,...] [--out DIR]
Each module in this package with a `run(size) -> list[BenchRow]` function is a benchmark.
"""

from __future__ import annotations

import argparse
import importlib
import json
import platform
import sys
import time
from pathlib import Path

from tests.bench.common import BenchRow

MODULES = ("store", "documents", "ui", "agreements", "server", "sync", "matching", "effect",
           "scale")


def format_table(rows: list[BenchRow]) -> str:
    header = (
        f"| {'group':<9} | {'measure':<46} | {'value':>14} | {'baseline':>12} | {'ratio':>6} "
        f"| {'target':<14} | met |"
    )
    lines = [header, "|" + "|".join("-" * (len(c)) for c in header.split("|")[1:-1]) + "|"]
    for r in rows:
        value = f"{r.value:,.2f} {r.unit}"
        base = "" if r.baseline is None else f"{r.baseline:,.2f}"
        ratio = "" if r.ratio is None else f"{r.ratio:.2f}x"
        met = {True: "yes", False: "NO", None: ""}[r.met]
        lines.append(
            f"| {r.group:<9} | {r.name:<46} | {value:>14} | {base:>12} | {ratio:>6} | "
            f"{r.target:<14} | {met:<3} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench")
    parser.add_argument("--size", choices=("smoke", "full"), default="full")
    parser.add_argument("--only", default="", help="comma-separated module names")
    parser.add_argument("--out", type=Path, default=Path("bench-results"))
    args = parser.parse_args(argv)
    wanted = [m for m in args.only.split(",") if m] or list(MODULES)
    rows: list[BenchRow] = []
    for name in wanted:
        try:
            module = importlib.import_module(f"tests.bench.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"tests.bench.{name}":
                print(f"(no benchmark module {name})", file=sys.stderr)
                continue
            raise
        started = time.perf_counter()
        print(f"running {name} ({args.size})...", file=sys.stderr, flush=True)
        module_rows = module.run(args.size)
        rows.extend(module_rows)
        print(f"  {name}: {time.perf_counter() - started:.1f} s", file=sys.stderr)
    print(format_table(rows))
    args.out.mkdir(parents=True, exist_ok=True)
    out = args.out / f"bench-{args.size}-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.write_text(json.dumps({
        "size": args.size,
        "machine": {"python": platform.python_version(), "platform": platform.platform()},
        "rows": [r.as_dict() for r in rows],
    }, indent=2, ensure_ascii=False))
    print(f"\nJSON: {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
