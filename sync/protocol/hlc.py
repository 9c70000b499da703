"""Hybrid logical clocks: wall time in milliseconds, a counter and the node that stamped it.

The text form sorts like the clock itself (fixed-width fields), so stores can compare stamps as
strings and the server can index them.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

MAX_COUNTER = 0xFFFF
# How far ahead of the server a device clock may be before the server refuses its stamps.
MAX_DRIFT_MS = 5 * 60 * 1000


@dataclass(frozen=True, order=True, slots=True)
class HLC:
    wall_ms: int
    counter: int
    node: str

    def __str__(self) -> str:
        return f"{self.wall_ms:015d}:{self.counter:05d}:{self.node}"

    @classmethod
    def parse(cls, text: str) -> HLC:
        try:
            wall, counter, node = text.split(":", 2)
            result = cls(int(wall), int(counter), node)
        except (ValueError, AttributeError) as exc:
            raise ValueError(f"not a hybrid logical clock: {text!r}") from exc
        if result.wall_ms < 0 or not 0 <= result.counter <= MAX_COUNTER or not node:
            raise ValueError(f"not a hybrid logical clock: {text!r}")
        return result


ZERO = HLC(0, 0, "0")


class HybridClock:
    """A thread-safe hybrid logical clock for one node (a device or the server)."""

    def __init__(self, node: str, *, wall: Callable[[], float] = time.time) -> None:
        self._node = node
        self._wall = wall
        self._last = HLC(0, 0, node)
        self._lock = threading.Lock()

    @property
    def node(self) -> str:
        return self._node

    @property
    def last(self) -> HLC:
        return self._last

    def _physical(self) -> int:
        return int(self._wall() * 1000)

    def now(self) -> HLC:
        with self._lock:
            physical = self._physical()
            if physical > self._last.wall_ms:
                self._last = HLC(physical, 0, self._node)
            else:
                self._last = HLC(self._last.wall_ms, self._last.counter + 1, self._node)
            self._check_counter()
            return self._last

    def observe(self, remote: HLC | str) -> HLC:
        """Merge a stamp seen from elsewhere so that our next stamp sorts after it."""
        other = HLC.parse(remote) if isinstance(remote, str) else remote
        with self._lock:
            physical = self._physical()
            wall = max(physical, self._last.wall_ms, other.wall_ms)
            if wall == self._last.wall_ms == other.wall_ms:
                counter = max(self._last.counter, other.counter) + 1
            elif wall == self._last.wall_ms:
                counter = self._last.counter + 1
            elif wall == other.wall_ms:
                counter = other.counter + 1
            else:
                counter = 0
            self._last = HLC(wall, counter, self._node)
            self._check_counter()
            return self._last

    def reset_to(self, stamp: HLC | str) -> None:
        """Restore the last stamp after a restart (persisted by the owner)."""
        restored = HLC.parse(stamp) if isinstance(stamp, str) else stamp
        with self._lock:
            if restored > self._last:
                self._last = HLC(restored.wall_ms, restored.counter, self._node)

    def _check_counter(self) -> None:
        if self._last.counter > MAX_COUNTER:
            # Only reachable when a remote clock runs far ahead; move on a millisecond.
            self._last = HLC(self._last.wall_ms + 1, 0, self._node)


def too_far_ahead(stamp: HLC, *, server_now_ms: int, max_drift_ms: int = MAX_DRIFT_MS) -> bool:
    return stamp.wall_ms > server_now_ms + max_drift_ms
