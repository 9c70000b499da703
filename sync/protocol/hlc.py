"""Hybrid logical clocks: wall time in milliseconds, a counter and the node that stamped it.

The text form sorts like the clock itself (fixed-width fields), so stores can compare stamps as
strings and the server can index them.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable, Iterable
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

# The text form `str(HLC)` writes for every wall time below 10**15 ms (year 33658): a stamp in it
# is valid if its counter is in range, and such stamps sort as strings exactly as parsed clocks
# do. ASCII digits only: `int()` also takes other scripts' digits, which HLC.parse accepts.
_CANONICAL = re.compile(r"[0-9]{15}:[0-9]{5}:.+", re.DOTALL)


def _canonical(text: object) -> bool:
    return (
        isinstance(text, str)
        and _CANONICAL.fullmatch(text) is not None
        and int(text[16:21]) <= MAX_COUNTER
    )


def valid(text: object) -> bool:
    """Would `HLC.parse(text)` accept it? The canonical form is checked without parsing; any
    other text goes to HLC.parse itself, so the verdict is the same for every input."""
    if _canonical(text):
        return True
    try:
        HLC.parse(text)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False
    return True


def latest(stamps: Iterable[str]) -> HLC | None:
    """The greatest of valid stamps (None for none), parsing only the greatest canonical one:
    canonical texts compare as strings in clock order (fixed-width fields)."""
    top: str | None = None
    others: HLC | None = None
    for stamp in stamps:
        if _canonical(stamp):
            if top is None or stamp > top:
                top = stamp
        else:
            parsed = HLC.parse(stamp)
            others = parsed if others is None or parsed > others else others
    best = HLC.parse(top) if top is not None else None
    if best is None or (others is not None and others > best):
        return others
    return best


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
