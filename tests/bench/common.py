"""Shared shape of benchmark results: each bench module returns rows, the runner prints them."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class BenchRow:
    group: str  # e.g. "store", "server", "pdf"
    name: str  # what was measured
    value: float
    unit: str  # "ops/s", "ms", "s", "MB"
    baseline: float | None = None  # same measure on the baseline, in the same run
    target: str = ""  # human-readable target, e.g. ">= 0.8x" or "< 30 ms"
    met: bool | None = None  # whether the target was met, None when there is none

    @property
    def ratio(self) -> float | None:
        if self.baseline in (None, 0):
            return None
        return self.value / self.baseline  # type: ignore[operator]

    def as_dict(self) -> dict[str, object]:
        return {**asdict(self), "ratio": self.ratio}


def percentile(samples: list[float], pct: float) -> float:
    if not samples:
        return float("nan")
    ordered = sorted(samples)
    k = max(0, min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1))))
    return ordered[k]


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def median(samples: list[float]) -> float:
    return statistics.median(samples) if samples else float("nan")
